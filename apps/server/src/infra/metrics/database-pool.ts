import type { Orm } from '../database/orm.js';
import type { DeskMetrics } from './metrics.js';

/** The parts of knex's connection pool (tarn) the gauge reads. */
interface ConnectionPool {
  numUsed(): number;
  numFree(): number;
  numPendingAcquires(): number;
}

/**
 * `desk_db_pool_connections{state}` (#18): connections in use, idle, and queries waiting for one, read
 * from the knex pool when scraped. PostgreSQL's pool holds up to 10; the embedded SQLite database is one
 * file behind one connection, so there `used` is 0 or 1 and `pending` shows requests queueing behind it.
 */
export function registerPoolGauges(metrics: DeskMetrics, orm: Orm): void {
  metrics.gauge('desk_db_pool_connections', 'Database pool connections by state (used, free) and requests waiting for one (pending)', ['state'], async (gauge) => {
    const pool = (orm.em.getConnection().getKnex().client as { pool?: ConnectionPool }).pool;
    if (!pool) return;
    gauge.set({ state: 'used' }, pool.numUsed());
    gauge.set({ state: 'free' }, pool.numFree());
    gauge.set({ state: 'pending' }, pool.numPendingAcquires());
  });
}
