/** Production calendar administration (#12, SLA-5): the rest of the console uses its routes only. */
export { calendarAdminRoutes } from './routes';
