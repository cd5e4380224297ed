import type pg from 'pg';

/**
 * Runs `work` (set-based inserts into `table`) with the table's secondary
 * indexes dropped, then rebuilds them: one sorted build per index is several
 * times faster than maintaining every index row by row (#14, #17). In one
 * transaction, so a failure leaves the table as it was.
 */
export async function withIndexesRebuilt(sql: pg.Client, table: string, work: () => Promise<void>): Promise<void> {
  const indexes = await sql.query<{ name: string; definition: string }>(
    `select indexname as name, indexdef as definition from pg_indexes
     where schemaname = current_schema() and tablename = $1
       and indexname not in (select conname from pg_constraint where conrelid = $1::regclass)`,
    [table],
  );
  await sql.query(`set maintenance_work_mem = '256MB'`);
  await sql.query('begin');
  try {
    for (const index of indexes.rows) await sql.query(`drop index ${index.name}`);
    await work();
    for (const index of indexes.rows) await sql.query(index.definition);
    await sql.query('commit');
  } catch (error) {
    await sql.query('rollback');
    throw error;
  }
}

/**
 * Rows generated and reshaped in an UNLOGGED scratch table shaped like
 * `table` (no index, no WAL, no trigger), then moved into `table` by one
 * INSERT … SELECT with its indexes rebuilt afterwards. Statement-level
 * triggers (the compliance rollup) see that one statement as one aggregate.
 */
export async function loadThroughScratchTable(sql: pg.Client, table: string, fill: (scratch: string) => Promise<void>): Promise<void> {
  const scratch = `bench_scratch_${table}`;
  await sql.query(`create unlogged table ${scratch} (like ${table} including defaults)`);
  try {
    await fill(scratch);
    await withIndexesRebuilt(sql, table, async () => {
      await sql.query(`insert into ${table} select * from ${scratch}`);
    });
  } finally {
    await sql.query(`drop table if exists ${scratch}`);
  }
}
