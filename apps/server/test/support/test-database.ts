import { randomUUID } from 'node:crypto';
import { copyFileSync, existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { inject } from 'vitest';
import type { DatabaseConfig } from '../../src/config.js';

export type DatabaseKind = DatabaseConfig['kind'];

/** The embedded database always; PostgreSQL too when TEST_DATABASE_URL is set (CI sets it). */
export const TEST_DATABASES: DatabaseKind[] = ['sqlite', ...(process.env.TEST_DATABASE_URL ? (['postgresql'] as const) : [])];

export interface TestDatabase {
  readonly config: DatabaseConfig;
  drop(): Promise<void>;
}

export interface TestDatabaseOptions {
  /**
   * Start from a copy of this run's migrated template (every migration applied, no rows) instead of an
   * empty database: the app's start then finds nothing to migrate. The migrations themselves still run
   * on empty databases in database-bootstrap.test.ts and wherever a test asks for an empty one.
   */
  readonly migrated?: boolean;
}

/** A brand-new database of the given kind (empty, or migrated when asked), removed again by drop(). */
export async function createTestDatabase(kind: DatabaseKind, options: TestDatabaseOptions = {}): Promise<TestDatabase> {
  if (kind === 'sqlite') {
    const dir = mkdtempSync(join(tmpdir(), 'desk-test-'));
    const file = join(dir, 'desk.sqlite');
    const template = options.migrated ? await migratedSqliteTemplate() : null;
    if (template) copyFileSync(template, file);
    return { config: { kind, file }, drop: async () => rmSync(dir, { recursive: true, force: true }) };
  }
  const adminUrl = process.env.TEST_DATABASE_URL;
  if (!adminUrl) throw new Error('TEST_DATABASE_URL is not set');
  const name = `desk_test_${randomUUID().replace(/-/g, '').slice(0, 16)}`;
  const template = options.migrated ? await migratedPostgresTemplate(adminUrl) : null;
  await withAdmin(adminUrl, (client) => client.query(template ? `create database ${name} template ${template}` : `create database ${name}`));
  return {
    config: { kind, url: databaseUrl(adminUrl, name) },
    drop: () => withAdmin(adminUrl, (client) => client.query(`drop database if exists ${name} with (force)`)).then(() => undefined),
  };
}

function databaseUrl(adminUrl: string, name: string): string {
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  return url.toString();
}

/** What test/support/global-setup.ts provided, or null outside a Vitest worker (the templates are then skipped). */
function provided<K extends 'migratedTemplateDir' | 'migratedTemplateDatabase'>(key: K): string | null {
  try {
    return inject(key) ?? null;
  } catch {
    return null;
  }
}

async function migrate(config: DatabaseConfig): Promise<void> {
  const { openOrm } = await import('../../src/infra/database/orm.js');
  const orm = await openOrm(config, { poolMax: 1 });
  try {
    await orm.getMigrator().up();
    // Everything in the main file, so a plain copy of it is the whole database.
    if (config.kind === 'sqlite') await orm.em.getConnection().execute('pragma wal_checkpoint(truncate)');
  } finally {
    await orm.close(true);
  }
}

let sqliteTemplate: Promise<string | null> | null = null;

/** This worker's migrated SQLite file, built on first use (a file copy is much cheaper than ~40 migrations). */
function migratedSqliteTemplate(): Promise<string | null> {
  sqliteTemplate ??= (async () => {
    const dir = provided('migratedTemplateDir');
    if (!dir || !existsSync(dir)) return null;
    const file = join(dir, `template-${process.pid}.sqlite`);
    await migrate({ kind: 'sqlite', file });
    return file;
  })().catch((error: unknown) => {
    sqliteTemplate = null;
    throw error;
  });
  return sqliteTemplate;
}

let postgresTemplate: Promise<string | null> | null = null;

/**
 * This run's migrated PostgreSQL template database, built once by whichever worker asks first (under an
 * advisory lock; it only gets its final name once fully migrated). CREATE DATABASE … TEMPLATE copies it.
 */
function migratedPostgresTemplate(adminUrl: string): Promise<string | null> {
  postgresTemplate ??= (async () => {
    const name = provided('migratedTemplateDatabase');
    if (!name) return null;
    await withAdmin(adminUrl, async (client) => {
      await client.query('select pg_advisory_lock(hashtext($1))', [name]);
      try {
        if ((await client.query('select 1 from pg_database where datname = $1', [name])).rowCount) return;
        const building = `${name}_b${process.pid}`;
        await client.query(`drop database if exists ${building} with (force)`);
        await client.query(`create database ${building}`);
        await migrate({ kind: 'postgresql', url: databaseUrl(adminUrl, building) });
        await client.query(`alter database ${building} rename to ${name}`);
      } finally {
        await client.query('select pg_advisory_unlock(hashtext($1))', [name]);
      }
    });
    return name;
  })().catch((error: unknown) => {
    postgresTemplate = null;
    throw error;
  });
  return postgresTemplate;
}

async function withAdmin<T>(url: string, work: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}
