/** #18: what operators scrape beyond the counters the layers below keep — the desk's state read from the database. */
export { registerDeskGauges } from './desk-gauges.js';
