import pg from 'pg';
import { announceFailure, announceReady, serveParent } from './bench-child.js';
import { KeepAliveClient } from './http-client.js';

/**
 * The intake benchmark's load generator, in a process of its own so that the
 * 20 clients' JSON, sockets and timers never share an event loop with a server
 * under measurement. Commands:
 *  - product { urls, token, clients, perClient, tag }: `clients` concurrent
 *    GraphQL clients (client i on urls[i % urls.length], one keep-alive socket
 *    each) each send `perClient` createTicket mutations back to back;
 *  - baseline { databaseUrl, table, stateTable, clients, perClient, tag }: the same
 *    number of clients each run `perClient` bare transactions
 *    `INSERT INTO <table> …; UPDATE <stateTable> SET version = version + 1`
 *    over pg (one connection per client, opened once and kept).
 * Both answer a Burst: every request's latency, what was acknowledged (the
 * unique subject → the id the server answered), the errors, the burst's wall time.
 */

export interface ProductBurst {
  readonly urls: readonly string[];
  readonly token: string;
  readonly clients: number;
  readonly perClient: number;
  /** Unique per burst: subjects are `${tag} c${client} n${i}`, which the verification looks up. */
  readonly tag: string;
}

export interface BaselineBurst {
  readonly databaseUrl: string;
  readonly table: string;
  readonly stateTable: string;
  readonly clients: number;
  readonly perClient: number;
  readonly tag: string;
}

export interface Burst {
  readonly latencies: number[];
  readonly acknowledged: [subject: string, id: number][];
  readonly errors: string[];
  readonly elapsedMs: number;
}

/** What an operator registers from a call: the four priorities in turn, over the BASIC and EXTENDED demo contracts. */
const REQUESTS = [
  { identifier: 'DL-EXT-0001', organizationName: 'ПАО Бета', criticality: 'CRITICAL', phone: '+7 495 000-00-02', fullName: 'Борис Бетов' },
  { identifier: 'DL-BASIC-0001', organizationName: 'АО Альфа', criticality: 'CRITICAL', phone: '+7 495 000-00-01', fullName: 'Анна Альфина' },
  { identifier: 'DL-EXT-0001', organizationName: 'ПАО Бета', criticality: 'NON_CRITICAL', phone: '+7 495 000-00-02', fullName: 'Борис Бетов' },
  { identifier: 'DL-BASIC-0001', organizationName: 'АО Альфа', criticality: 'NON_CRITICAL', phone: '+7 495 000-00-01', fullName: 'Анна Альфина' },
] as const;

const CREATE_TICKET = 'mutation($input: CreateTicketInput!) { createTicket(input: $input) { id } }';

function createTicketBody(subject: string, n: number): string {
  const request = REQUESTS[n % REQUESTS.length]!;
  const input = {
    identifier: request.identifier,
    organizationName: request.organizationName,
    contact: { fullName: request.fullName, position: 'Инженер', phone: request.phone },
    subject,
    description: 'Зарегистрировано оператором по звонку (intake.bench).',
    category: 'INCIDENT',
    criticality: request.criticality,
    channel: 'PHONE',
  };
  return JSON.stringify({ query: CREATE_TICKET, variables: { input } });
}

const httpClients = new Map<string, KeepAliveClient>();

function httpClientFor(url: string, client: number): KeepAliveClient {
  const key = `${url}#${client}`;
  let http = httpClients.get(key);
  if (!http) httpClients.set(key, (http = new KeepAliveClient(url)));
  return http;
}

async function runClients(clients: number, perClient: number, request: (client: number, i: number) => Promise<void>): Promise<number> {
  const started = performance.now();
  await Promise.all(
    Array.from({ length: clients }, async (_, client) => {
      for (let i = 0; i < perClient; i += 1) await request(client, i);
    }),
  );
  return performance.now() - started;
}

async function productBurst(burst: ProductBurst): Promise<Burst> {
  const result: Burst = { latencies: [], acknowledged: [], errors: [], elapsedMs: 0 };
  const elapsedMs = await runClients(burst.clients, burst.perClient, async (client, i) => {
    const http = httpClientFor(burst.urls[client % burst.urls.length]!, client);
    const subject = `${burst.tag} c${client} n${i}`;
    const started = performance.now();
    try {
      const response = await http.post('/graphql', createTicketBody(subject, client + i), { authorization: `Bearer ${burst.token}` });
      result.latencies.push(performance.now() - started);
      const body = JSON.parse(response.body) as { data?: { createTicket?: { id?: string } }; errors?: unknown };
      const id = body.data?.createTicket?.id;
      if (response.status === 200 && id && !body.errors) result.acknowledged.push([subject, Number(id)]);
      else result.errors.push(`HTTP ${response.status} ${response.body.slice(0, 300)}`);
    } catch (error) {
      result.latencies.push(performance.now() - started);
      result.errors.push(error instanceof Error ? error.message : String(error));
    }
  });
  return { ...result, elapsedMs };
}

const connections: pg.Client[] = [];

async function connectionsTo(databaseUrl: string, count: number): Promise<pg.Client[]> {
  while (connections.length < count) {
    const client = new pg.Client({ connectionString: databaseUrl });
    await client.connect();
    connections.push(client);
  }
  return connections;
}

/**
 * The row the product writes, as few statements as a hand-written intake
 * could: one insert of a full ticket row (same columns, a contract's level and
 * priority), one version bump, one commit.
 */
function baselineInsert(table: string): string {
  return `insert into ${table} (
      subject, description, category, criticality, support_level, priority, status, channel,
      received_at, response_due_at, at_risk_at, escalation_level, organization_id, contract_id, contact_id,
      created_at, updated_at, version)
    select $1, 'Зарегистрировано оператором по звонку (intake.bench).', 'INCIDENT', $2::varchar, c.support_level,
      case when $2::varchar = 'CRITICAL' then case when c.support_level = 'EXTENDED' then 1 else 2 end
           else case when c.support_level = 'EXTENDED' then 3 else 4 end end,
      'NEW', 'PHONE', now(), now() + interval '1 hour', now() + interval '45 minutes', 0,
      c.organization_id, c.id, (select min(ct.id) from contacts ct where ct.organization_id = c.organization_id),
      now(), now(), 1
    from support_contracts c where c.identifier = $3
    returning id`;
}

async function baselineBurst(burst: BaselineBurst): Promise<Burst> {
  const clients = await connectionsTo(burst.databaseUrl, burst.clients);
  const insert = baselineInsert(burst.table);
  const bump = `update ${burst.stateTable} set version = version + 1 where id = 1`;
  const result: Burst = { latencies: [], acknowledged: [], errors: [], elapsedMs: 0 };
  const elapsedMs = await runClients(burst.clients, burst.perClient, async (client, i) => {
    const sql = clients[client]!;
    const request = REQUESTS[(client + i) % REQUESTS.length]!;
    const subject = `${burst.tag} c${client} n${i}`;
    const started = performance.now();
    try {
      await sql.query('begin');
      const inserted = await sql.query<{ id: number }>(insert, [subject, request.criticality, request.identifier]);
      await sql.query(bump);
      await sql.query('commit');
      result.latencies.push(performance.now() - started);
      result.acknowledged.push([subject, Number(inserted.rows[0]?.id)]);
    } catch (error) {
      await sql.query('rollback').catch(() => undefined);
      result.latencies.push(performance.now() - started);
      result.errors.push(error instanceof Error ? error.message : String(error));
    }
  });
  return { ...result, elapsedMs };
}

serveParent(
  {
    product: (args) => productBurst(args as ProductBurst),
    baseline: (args) => baselineBurst(args as BaselineBurst),
  },
  async () => {
    for (const http of httpClients.values()) http.close();
    await Promise.allSettled(connections.map((client) => client.end()));
  },
);
announceReady({ pid: process.pid });

process.on('uncaughtException', announceFailure);
