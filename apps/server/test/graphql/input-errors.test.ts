import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { postGraphQL } from '../support/graphql-client.js';
import { startTestApp, type TestApp } from '../support/test-app.js';

const CREATE = `mutation($input: CreateTicketInput!) { createTicket(input: $input) { id } }`;

describe('input errors graphql-js finds before any resolver runs', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp('sqlite');
  });
  afterAll(async () => t?.close());

  it('ID-1: fields omitted from the variables are named together in one BAD_USER_INPUT error', async () => {
    const token = await t.login('alfa@demo.local');
    const { status, body } = await postGraphQL(
      t.url,
      CREATE,
      { input: { contact: { fullName: 'Анна' }, subject: 's', description: 'd', category: 'INCIDENT', criticality: 'CRITICAL', channel: 'PORTAL' } },
      token,
    );
    expect(status).toBe(400);
    expect(body.errors).toHaveLength(1);
    expect(body.errors![0]!.extensions).toEqual({
      code: 'BAD_USER_INPUT',
      fields: [
        { field: 'input.identifier', message: 'is required' },
        { field: 'input.organizationName', message: 'is required' },
        { field: 'input.contact.position', message: 'is required' },
        { field: 'input.contact.phone', message: 'is required' },
      ],
    });
  });

  it('an unknown enum value and an unknown field are named with their paths', async () => {
    const token = await t.login('alfa@demo.local');
    const { body } = await postGraphQL(
      t.url,
      CREATE,
      {
        input: {
          identifier: 'DL-BASIC-0001', organizationName: 'АО Альфа', contact: { fullName: 'А', position: 'Б', phone: '+7 900 000 00 00' },
          subject: 's', description: 'd', category: 'INCIDENT', criticality: 'VERY_CRITICAL', channel: 'PORTAL', colour: 'red',
        },
      },
      token,
    );
    expect(body.errors).toHaveLength(1);
    const fields = (body.errors![0]!.extensions!.fields as { field: string }[]).map((f) => f.field);
    expect(fields).toEqual(['input.criticality', 'input.colour']);
  });
});
