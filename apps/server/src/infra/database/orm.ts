import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import { DataloaderType, type Options } from '@mikro-orm/core';
import type { MikroORM } from '@mikro-orm/core';
import type { AbstractSqlDriver } from '@mikro-orm/knex';
import { Migrator } from '@mikro-orm/migrations';
import type { DatabaseConfig } from '../../config.js';
import { ENTITIES } from '../../entities/index.js';
import { MIGRATIONS } from '../../migrations/index.js';

export type Orm = MikroORM<AbstractSqlDriver>;

export interface OrmOptions {
  readonly debug?: boolean;
  readonly poolMax?: number;
}

/**
 * Opens the database chosen by config: PostgreSQL when DATABASE_URL is set,
 * otherwise the embedded SQLite file (API.md "Transport").
 */
export async function openOrm(database: DatabaseConfig, options: OrmOptions = {}): Promise<Orm> {
  const common = {
    entities: ENTITIES,
    extensions: [Migrator],
    migrations: { migrationsList: MIGRATIONS, transactional: true, allOrNothing: true, snapshot: false, silent: true },
    // Batches reference loads made by GraphQL field resolvers (no N+1).
    dataloader: DataloaderType.ALL,
    debug: options.debug ?? false,
    allowGlobalContext: false,
    forceUtcTimezone: true,
    discovery: { disableDynamicFileAccess: true, requireEntitiesArray: true },
  } satisfies Partial<Options>;
  // Only the chosen driver is loaded: the other one (better-sqlite3's binding, or pg) would only lengthen the start (#17).
  if (database.kind === 'postgresql') {
    const { MikroORM: PostgresOrm, defineConfig: definePostgres } = await import('@mikro-orm/postgresql');
    return (await PostgresOrm.init(
      definePostgres({ ...common, clientUrl: database.url, pool: { min: 0, max: options.poolMax ?? 10 } }),
    )) as unknown as Orm;
  }
  if (database.file !== ':memory:') mkdirSync(dirname(database.file), { recursive: true });
  const { MikroORM: SqliteOrm, defineConfig: defineSqlite } = await import('@mikro-orm/better-sqlite');
  const orm = await SqliteOrm.init(defineSqlite({ ...common, dbName: database.file }));
  // WAL lets readers proceed while a writer commits; busy_timeout waits instead of failing.
  await orm.em.getConnection().execute('pragma journal_mode = wal');
  await orm.em.getConnection().execute('pragma busy_timeout = 5000');
  await orm.em.getConnection().execute('pragma foreign_keys = on');
  return orm as unknown as Orm;
}
