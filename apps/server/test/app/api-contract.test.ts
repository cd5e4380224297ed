import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';

// The contract check and the published SDL come from the shared schema package, as CI runs them.
const resolve = createRequire(import.meta.url).resolve;
const script = resolve('@desk/schema/check-contract');
const published = readFileSync(resolve('@desk/schema/schema.graphql'), 'utf8');

async function check(schema: string): Promise<{ code: number; output: string }> {
  const file = join(mkdtempSync(join(tmpdir(), 'contract-')), 'schema.graphql');
  writeFileSync(file, schema);
  try {
    const { stdout } = await promisify(execFile)(process.execPath, [script], { env: { ...process.env, SCHEMA_FILE: file } });
    return { code: 0, output: stdout };
  } catch (error) {
    const failed = error as { code: number; stderr: string };
    return { code: failed.code, output: failed.stderr };
  }
}

describe("API.md's contract check (CI)", () => {
  it('passes on the published schema', async () => {
    expect((await check(published)).code).toBe(0);
  });

  it('fails when an operation API.md names disappears', async () => {
    const broken = published.replace(/^(\s*)startWork\(ticketId: ID!\): Ticket!$/m, '$1beginWork(ticketId: ID!): Ticket!');
    expect(broken).not.toBe(published);
    const result = await check(broken);
    expect(result.code).toBe(1);
    expect(result.output).toContain('Mutation.startWork is missing');
  });

  it('fails when a promised field becomes nullable or an enum loses a value', async () => {
    const broken = published.replace(/^(\s*)responseDueAt: DateTime!$/m, '$1responseDueAt: DateTime').replace(/^\s*AT_RISK\n/m, '\n');
    const result = await check(broken);
    expect(result.code).toBe(1);
    expect(result.output).toContain('Ticket.responseDueAt is DateTime, API.md promises DateTime!');
  });
});
