import pg from 'pg';

/**
 * Connections to rebuild indexes over at once. Over one connection
 * PostgreSQL builds a table's indexes one after another, a GIN index on one
 * core: a table with several (tickets: seventeen) is rebuilt faster over one
 * connection a core.
 */
export interface IndexBuilders {
  readonly url: string;
  readonly connections: number;
}

/**
 * Runs `work` (set-based inserts into `table`) with the table's secondary
 * indexes dropped, then rebuilds them: one sorted build per index is several
 * times faster than maintaining every index row by row (#14, #17). Its
 * foreign keys are not checked row by row either (their internal triggers
 * are off; the table's own triggers, such as the rollups', still run): the
 * generated rows reference what they were selected from, and a million
 * lookups per foreign key were much of the load time (#17).
 */
export async function withIndexesRebuilt(sql: pg.Client, table: string, work: () => Promise<void>, builders?: IndexBuilders): Promise<void> {
  const rebuildIndexes = await withIndexesDropped(sql, table, work, builders);
  await rebuildIndexes();
}

/**
 * withIndexesRebuilt without the rebuild: returns it, for the caller to run
 * beside other loads that only read `table` (CREATE INDEX blocks writes, not
 * reads).
 */
export async function withIndexesDropped(sql: pg.Client, table: string, work: () => Promise<void>, builders?: IndexBuilders): Promise<() => Promise<void>> {
  const indexes = await sql.query<{ name: string; definition: string }>(
    `select indexname as name, indexdef as definition from pg_indexes
     where schemaname = current_schema() and tablename = $1
       and indexname not in (select conname from pg_constraint where conrelid = $1::regclass)`,
    [table],
  );
  const foreignKeyChecks = await sql.query<{ name: string }>(
    `select tgname as name from pg_trigger
     where tgrelid = $1::regclass and tgisinternal
       and tgconstraint in (select oid from pg_constraint where contype = 'f' and conrelid = $1::regclass)`,
    [table],
  );
  await sql.query(`set maintenance_work_mem = '256MB'`);
  // Not one transaction: `work` may load through several connections at once, which the locks of an
  // open DROP INDEX would block. A failed load leaves a scratch database behind to be dropped anyway.
  for (const index of indexes.rows) await sql.query(`drop index ${index.name}`);
  for (const check of foreignKeyChecks.rows) await sql.query(`alter table ${table} disable trigger "${check.name}"`);
  try {
    await work();
  } finally {
    for (const check of foreignKeyChecks.rows) await sql.query(`alter table ${table} enable trigger "${check.name}"`);
  }
  return () => rebuild(sql, indexes.rows.map((index) => index.definition), builders);
}

async function rebuild(sql: pg.Client, definitions: readonly string[], builders: IndexBuilders | undefined): Promise<void> {
  if (!builders || builders.connections < 2 || definitions.length < 2) {
    for (const definition of definitions) await sql.query(definition);
    return;
  }
  // The GIN builds are the longest: started first, the btree ones fill in beside them.
  const pending = [...definitions].sort((a, b) => Number(/ using gin /i.test(b)) - Number(/ using gin /i.test(a)));
  await onConnections(builders.url, Math.min(builders.connections, definitions.length), async (client) => {
    await client.query(`set maintenance_work_mem = '256MB'`);
    for (let next = pending.shift(); next !== undefined; next = pending.shift()) await client.query(next);
  });
}

/**
 * Rows generated and reshaped in an UNLOGGED scratch table shaped like
 * `table` (no index, no WAL, no trigger), then moved into `table` by one
 * INSERT … SELECT with its indexes rebuilt afterwards. Statement-level
 * triggers (the compliance rollup) see that one statement as one aggregate.
 */
export async function loadThroughScratchTable(sql: pg.Client, table: string, fill: (scratch: string) => Promise<void>): Promise<void> {
  const rebuildIndexes = await moveThroughScratchTable(sql, table, fill);
  await rebuildIndexes();
}

/** loadThroughScratchTable without the rebuild of `table`'s indexes: returns it (see withIndexesDropped). */
export async function moveThroughScratchTable(
  sql: pg.Client,
  table: string,
  fill: (scratch: string) => Promise<void>,
  builders?: IndexBuilders,
): Promise<() => Promise<void>> {
  const scratch = `bench_scratch_${table}`;
  await sql.query(`create unlogged table ${scratch} (like ${table} including defaults)`);
  try {
    await fill(scratch);
    return await withIndexesDropped(sql, table, async () => {
      await sql.query(`insert into ${table} select * from ${scratch}`);
    }, builders);
  } finally {
    await sql.query(`drop table if exists ${scratch}`);
  }
}

/**
 * Runs `statement` over `parts` connections at once, each with `$1` its part
 * (0 … parts − 1) and `$2` the number of parts, to split the rows by
 * (`where id % $2 = $1`): PostgreSQL runs no INSERT … SELECT in parallel by
 * itself, and work such as building text-search vectors is CPU-bound.
 */
export async function inParallel(url: string, parts: number, statement: string): Promise<void> {
  const count = Math.max(1, parts);
  await onConnections(url, count, async (client, part) => {
    await client.query(statement, [part, count]);
  });
}

/** Runs `work` on `count` connections to `url` at once, each told its number; closes them after. */
async function onConnections(url: string, count: number, work: (client: pg.Client, n: number) => Promise<void>): Promise<void> {
  const clients = Array.from({ length: count }, () => new pg.Client({ connectionString: url }));
  try {
    await Promise.all(clients.map((client) => client.connect()));
    await Promise.all(clients.map((client, n) => work(client, n)));
  } finally {
    await Promise.all(clients.map((client) => client.end().catch(() => undefined)));
  }
}
