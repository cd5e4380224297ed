/** Service hours administration (#14): the rest of the console uses its routes only. */
export { serviceHoursRoutes } from './routes';
