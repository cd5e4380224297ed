import type { EntityManager } from '@mikro-orm/core';

/** Whether `em` talks to PostgreSQL (else the embedded SQLite), for the few statements written per dialect. */
export function isPostgres(em: EntityManager): boolean {
  return em.getPlatform().getConfig().get('driver')?.name === 'PostgreSqlDriver';
}
