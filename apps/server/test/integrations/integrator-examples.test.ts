import { spawn } from 'node:child_process';
import { rmSync, writeFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { issuePartnerToken } from '../support/api-tokens.js';
import { AGENT1 } from '../support/demo-data.js';
import { waitFor } from '../support/subscription-client.js';
import { createTicket } from '../support/tickets.js';
import { startTestApp, type TestApp } from '../support/test-app.js';

interface Example {
  readonly code: string;
}

/** The console's integrator page shows these texts; loaded by path, as the console is not a dependency of the server. */
const examples = (await import(new URL('../../../console/src/features/integrator/examples.ts', import.meta.url).href)) as {
  APQ_CURL: Example;
  SSE_CURL: Example;
  SSE_JS: Example;
  withOrigin(code: string, origin: string): string;
};

/** Runs a program until `done` holds for its output (or it exits), then stops it: a stream never ends by itself. */
async function run(command: string, args: string[], env: Record<string, string>, done: (output: string) => boolean): Promise<string> {
  const child = spawn(command, args, { env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  let exited = false;
  child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString('utf8')));
  child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString('utf8')));
  child.once('exit', () => (exited = true));
  try {
    await waitFor(() => exited || done(output), 20_000, `the example's output (have ${output.slice(0, 300)})`);
  } finally {
    if (!exited) child.kill();
  }
  return output;
}

/** #18: the integrator page's APQ and SSE examples, exactly as shown, work against a running desk. */
describe('the integrator examples for APQ and SSE, run as shown', () => {
  let t: TestApp;
  let env: Record<string, string>;
  beforeAll(async () => {
    t = await startTestApp('sqlite');
    const { token } = await issuePartnerToken(t, 'examples');
    env = { DESK_TOKEN: token, TICKET_ID: (await createTicket(t, token)).id };
  });
  afterAll(async () => t?.close());

  it('APQ with curl: not found, registered with the query, then run by its hash alone', async () => {
    const output = await run('bash', ['-c', examples.withOrigin(examples.APQ_CURL.code, t.url)], env, () => false);
    const answers = output.split('\n').filter(Boolean).map((line) => JSON.parse(line) as { data?: unknown; errors?: { extensions?: { code?: string } }[] });
    expect(answers).toHaveLength(3);
    expect(answers[0]!.errors?.[0]?.extensions?.code).toBe('PERSISTED_QUERY_NOT_FOUND');
    expect(answers[1]!.data).toEqual({ tickets: { totalCount: 1 } });
    expect(answers[2]!.data).toEqual({ tickets: { totalCount: 1 } });
  });

  it('SSE with curl -N: the ticket now, then its change', async () => {
    const agent = await t.login(AGENT1);
    // Once the stream has sent the ticket as it is now.
    const change = setTimeout(() => void t.gql('mutation($id: ID!) { startWork(ticketId: $id) { id } }', { id: env.TICKET_ID }, agent), 1_500);
    try {
      const output = await run('bash', ['-c', examples.withOrigin(examples.SSE_CURL.code, t.url)], env, (text) => text.includes('IN_PROGRESS'));
      expect(output).toMatch(/^event: next\ndata: \{"data":\{"ticketUpdated":\{"id":"\d+","status":"NEW"/m);
      expect(output).toContain('"status":"IN_PROGRESS"');
    } finally {
      clearTimeout(change);
    }
  });

  it('SSE with the graphql-sse client: one line per state of the ticket', async () => {
    // Beside the server's own node_modules, where graphql-sse resolves; named per process, as files run in parallel.
    const file = new URL(`../../sse-example-${process.pid}.tmp.mjs`, import.meta.url);
    writeFileSync(file, examples.withOrigin(examples.SSE_JS.code, t.url));
    try {
      const output = await run(process.execPath, [file.pathname], env, (text) => text.trim().split('\n').length >= 1 && text.includes('"id"'));
      expect(JSON.parse(output.trim().split('\n')[0]!)).toMatchObject({ id: env.TICKET_ID, status: expect.any(String), slaState: expect.any(String) });
    } finally {
      rmSync(file, { force: true });
    }
  });
});
