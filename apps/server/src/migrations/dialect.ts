import type { Knex } from '@mikro-orm/knex';

/** knex's name of the connection's dialect: 'postgresql', 'better-sqlite3', … (for the few dialect-specific statements). */
export function dialectOf(knex: Knex): string {
  const client = knex.client as { dialect?: unknown; config?: { client?: unknown } };
  if (typeof client.dialect === 'string') return client.dialect;
  const configured = client.config?.client;
  return typeof configured === 'string' ? configured : String((configured as { prototype?: { dialect?: unknown } } | undefined)?.prototype?.dialect);
}
