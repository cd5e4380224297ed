/** Bulk onboarding from a CSV file (#12): the rest of the console uses its routes only. */
export { directoryImportRoutes } from './routes';
