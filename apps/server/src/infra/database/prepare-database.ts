import type { EntityManager } from '@mikro-orm/core';
import type { Clock } from '../../common/clock.js';
import { User } from '../../entities/auth/user.entity.js';
import type { Logger } from '../logger.js';
import type { Orm } from './orm.js';

// Any constant shared by every process of the cluster; "desk" in ASCII.
const MIGRATION_LOCK_KEY = 0x6465736b;

export interface PrepareOptions {
  /** Fills an empty database (the demo data); runs once across the cluster, under the lock. Absent: nothing is seeded. */
  readonly seed?: (em: EntityManager, today: Date) => Promise<void>;
}

/**
 * Migrates, then seeds an empty database when asked. Several processes
 * starting at once against one PostgreSQL database take turns on an advisory
 * lock, so migrations and seeding run exactly once.
 */
export async function prepareDatabase(orm: Orm, clock: Clock, logger: Logger, options: PrepareOptions): Promise<void> {
  await withClusterLock(orm, async () => {
    const executed = await orm.getMigrator().up();
    if (executed.length > 0) logger.info('database migrated', { migrations: executed.map((m) => m.name) });
    if (!options.seed) return;
    const em = orm.em.fork();
    if ((await em.count(User)) > 0) return;
    await options.seed(em, clock.now());
    logger.info('demo data seeded');
  });
}

async function withClusterLock(orm: Orm, work: () => Promise<void>): Promise<void> {
  if (orm.em.getPlatform().getConfig().get('driver')?.name !== 'PostgreSqlDriver') return work();
  const knex = orm.em.getConnection().getKnex();
  const connection = (await knex.client.acquireConnection()) as { query(sql: string, params: unknown[]): Promise<unknown> };
  try {
    await connection.query('select pg_advisory_lock($1)', [MIGRATION_LOCK_KEY]);
    try {
      await work();
    } finally {
      await connection.query('select pg_advisory_unlock($1)', [MIGRATION_LOCK_KEY]);
    }
  } finally {
    await knex.client.releaseConnection(connection);
  }
}
