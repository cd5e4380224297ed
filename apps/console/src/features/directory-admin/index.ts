/** Organizations and contracts administration (#12): the rest of the console uses its routes only. */
export { directoryAdminRoutes } from './routes';
