import http from 'node:http';
import { connect } from 'node:net';
import { postGraphQL } from './graphql-client.js';
import { createTestDatabase, type TestDatabase, type TestDatabaseOptions } from './test-database.js';

export const CREATE_TICKET = `mutation($input: CreateTicketInput!) { createTicket(input: $input) { id responseDueAt } }`;

/** A ticket registered by phone whose EXTENDED CRITICAL response deadline (20 min) falls `secondsAhead` from now. */
export function ticketDueIn(secondsAhead: number) {
  return {
    identifier: 'DL-EXT-0001',
    organizationName: 'ПАО Бета',
    contact: { fullName: 'Борис Бетов', position: 'Инженер', phone: '+7 495 000-00-02', email: 'beta@demo.local' },
    subject: 'Проверка отказоустойчивости',
    description: 'Описание',
    category: 'INCIDENT',
    criticality: 'CRITICAL',
    channel: 'PHONE',
    receivedAt: new Date(Date.now() - 20 * 60_000 + secondsAhead * 1000).toISOString(),
  };
}

export async function login(url: string, email: string): Promise<string> {
  const { body } = await postGraphQL<{ login: { token: string } }>(url, `mutation { login(email: "${email}", password: "demo-password") { token } }`);
  if (!body.data?.login) throw new Error(`login failed for ${email}: ${JSON.stringify(body.errors)}`);
  return body.data.login.token;
}

/** Whether a TCP connection to 127.0.0.1:`port` is refused (nothing listens there any more). */
export function refusesConnections(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = connect(port, '127.0.0.1');
    socket.once('connect', () => {
      socket.destroy();
      resolve(false);
    });
    socket.once('error', (error: NodeJS.ErrnoException) => resolve(error.code === 'ECONNREFUSED'));
  });
}

/**
 * A GraphQL POST whose body arrives in two parts: the request is in flight (headers read, body
 * pending) until `finish()` sends the rest, as a slow client's or a long operation's would be.
 */
export function slowGraphQL(url: string, query: string, token: string): { finish(): Promise<{ status: number; body: any }> } {
  const payload = Buffer.from(JSON.stringify({ query }));
  const request = http.request(`${url}/graphql`, {
    method: 'POST',
    agent: false,
    headers: { 'content-type': 'application/json', 'content-length': payload.length, authorization: `Bearer ${token}` },
  });
  const answered = new Promise<{ status: number; body: any }>((resolve, reject) => {
    request.on('response', (response) => {
      const chunks: Buffer[] = [];
      response.on('data', (chunk: Buffer) => chunks.push(chunk));
      response.on('end', () => resolve({ status: response.statusCode ?? 0, body: JSON.parse(Buffer.concat(chunks).toString('utf8')) }));
    });
    request.on('error', reject);
  });
  request.flushHeaders();
  request.write(payload.subarray(0, 5));
  return {
    finish: () => {
      request.end(payload.subarray(5));
      return answered;
    },
  };
}

/** Real server processes need PostgreSQL and the shared Redis. */
export const clusterReady = Boolean(process.env.TEST_DATABASE_URL && process.env.TEST_REDIS_URL);

/**
 * A fresh PostgreSQL database and the environment real server processes run on over it and the
 * shared Redis: the demo seeded, no open demo tickets; `extra` adds or overrides settings. Empty (the
 * processes migrate it) unless `options.migrated`: cluster.test.ts starts two processes on an empty one.
 */
export async function clusterDatabase(
  extra: Record<string, string> = {},
  options: TestDatabaseOptions = {},
): Promise<{ database: TestDatabase; env: Record<string, string> }> {
  const database = await createTestDatabase('postgresql', options);
  if (database.config.kind !== 'postgresql') throw new Error('unreachable');
  return { database, env: { DATABASE_URL: database.config.url, REDIS_URL: process.env.TEST_REDIS_URL!, SEED_DEMO: '1', SEED_DEMO_TICKETS: '0', ...extra } };
}
