import { randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import type { TestProject } from 'vitest/node';

declare module 'vitest' {
  export interface ProvidedContext {
    /** Where the workers keep their migrated SQLite template files (test-database.ts). */
    migratedTemplateDir: string;
    /** The name of this run's migrated PostgreSQL template database, built by the first worker that needs it. */
    migratedTemplateDatabase: string;
  }
}

/**
 * Names (does not build) this run's migrated templates, which every test app's
 * database is copied from instead of running the migrations again (see
 * `createTestDatabase`), and removes them when the run is over.
 */
export default function setup(project: TestProject): () => Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), 'desk-test-templates-'));
  const database = `desk_tpl_${randomUUID().replace(/-/g, '').slice(0, 16)}`;
  project.provide('migratedTemplateDir', dir);
  project.provide('migratedTemplateDatabase', database);
  return async () => {
    rmSync(dir, { recursive: true, force: true });
    const adminUrl = process.env.TEST_DATABASE_URL;
    if (!adminUrl) return;
    const client = new pg.Client({ connectionString: adminUrl });
    await client.connect();
    try {
      await client.query(`drop database if exists ${database} with (force)`);
    } finally {
      await client.end();
    }
  };
}
