import { afterEach, describe, expect, it } from 'vitest';
import { startApp, type RunningApp } from '../../src/app/app.js';
import { loadConfig, type AppConfig } from '../../src/config.js';
import { Organization } from '../../src/entities/organizations/organization.entity.js';
import { SupportContract } from '../../src/entities/organizations/support-contract.entity.js';
import { Ticket } from '../../src/entities/tickets/ticket.entity.js';
import { User } from '../../src/entities/auth/user.entity.js';
import { DEMO_PASSWORD } from '../../src/seed/demo-data.js';
import { MIGRATIONS } from '../../src/migrations/index.js';
import { postGraphQL } from '../support/graphql-client.js';
import { createTestDatabase, TEST_DATABASES, type DatabaseKind, type TestDatabase } from '../support/test-database.js';

// API.md's demo accounts plus one customer per demo organization (alfa, beta, gamma).
const DEMO_USERS = 8;

function configFor(database: TestDatabase): AppConfig {
  return {
    ...loadConfig({
      NODE_ENV: 'test',
      PORT: '0',
      HOST: '127.0.0.1',
      CONSOLE_DIR: '',
      LOG_LEVEL: 'silent',
      SEED_DEMO: '1',
      SEED_DEMO_TICKETS: '1',
      // The counts below are the demo seed's own; the closed history (#19) has its test.
      SEED_DEMO_HISTORY: '0',
    }),
    database: database.config,
  };
}

async function migrationNames(app: RunningApp): Promise<string[]> {
  const rows = await app.orm.em.getConnection().execute<{ name: string }[]>('select name from mikro_orm_migrations order by name');
  return rows.map((r) => r.name);
}

async function canSignIn(app: RunningApp): Promise<boolean> {
  const { body } = await postGraphQL<{ login: { token: string } }>(
    app.url,
    'mutation($e: String!, $p: String!) { login(email: $e, password: $p) { token } }',
    { e: 'lead@demo.local', p: DEMO_PASSWORD },
  );
  return Boolean(body.data?.login.token);
}

describe('database bootstrap', () => {
  const running: RunningApp[] = [];
  const databases: TestDatabase[] = [];
  afterEach(async () => {
    await Promise.all(running.splice(0).map((app) => app.close()));
    await Promise.all(databases.splice(0).map((db) => db.drop()));
  });

  const freshDatabase = async (kind: DatabaseKind) => {
    const database = await createTestDatabase(kind);
    databases.push(database);
    return database;
  };
  const start = async (config: AppConfig) => {
    const app = await startApp(config);
    running.push(app);
    return app;
  };

  describe.skipIf(!TEST_DATABASES.includes('postgresql'))('on postgresql', () => {
    it('three processes starting at once on one empty database migrate and seed exactly once', async () => {
      const config = configFor(await freshDatabase('postgresql'));
      const results = await Promise.allSettled([startApp(config), startApp(config), startApp(config)]);
      for (const result of results) if (result.status === 'fulfilled') running.push(result.value);
      expect(results.map((r) => (r.status === 'rejected' ? String(r.reason) : 'up'))).toEqual(['up', 'up', 'up']);

      for (const app of running) {
        expect((await fetch(`${app.url}/healthz`)).status).toBe(200);
        expect(await canSignIn(app)).toBe(true);
      }

      const em = running[0]!.orm.em.fork();
      expect(await em.count(User)).toBe(DEMO_USERS);
      expect(await em.count(Organization)).toBe(5);
      expect(await em.count(SupportContract)).toBe(4);
      expect(await migrationNames(running[0]!)).toEqual(MIGRATIONS.map((m) => m.name).sort());

      // The demo tickets (registered after the seed, under the same lock) exist once each.
      const tickets = await em.find(Ticket, {});
      expect(tickets.length).toBeGreaterThan(0);
      expect(new Set(tickets.map((x) => x.subject)).size).toBe(tickets.length);
    });
  });

  describe.each(TEST_DATABASES)('on %s', (kind) => {
    it('a restart on a seeded database neither migrates nor seeds again', async () => {
      const config = configFor(await freshDatabase(kind));
      const first = await start(config);
      const em = first.orm.em.fork();
      const users = await em.count(User);
      const tickets = await em.count(Ticket);
      const migrations = await migrationNames(first);
      expect(users).toBe(DEMO_USERS);
      expect(migrations).toEqual(MIGRATIONS.map((m) => m.name).sort());
      await first.close();
      running.splice(running.indexOf(first), 1);

      const second = await start(config);
      const again = second.orm.em.fork();
      expect(await again.count(User)).toBe(users);
      expect(await again.count(Ticket)).toBe(tickets);
      expect(await migrationNames(second)).toEqual(migrations);
      expect(await canSignIn(second)).toBe(true);
    });

    it('SEED_DEMO=0 leaves a fresh database empty but migrated', async () => {
      const database = await freshDatabase(kind);
      const app = await start({ ...configFor(database), seedDemo: false, seedDemoTickets: false });
      expect(await app.orm.em.fork().count(User)).toBe(0);
      expect(await migrationNames(app)).toEqual(MIGRATIONS.map((m) => m.name).sort());
      expect((await fetch(`${app.url}/healthz`)).status).toBe(200);
    });
  });
});
