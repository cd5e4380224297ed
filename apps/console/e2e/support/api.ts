/**
 * A tiny GraphQL client for the tests, acting like a partner script would
 * (API.md is the contract). The console itself only uses generated documents.
 */
export interface GraphQLResponse<T> {
  data?: T;
  errors?: { message: string; extensions?: { code?: string } }[];
}

export async function graphql<T>(baseUrl: string, query: string, variables: Record<string, unknown> = {}, token?: string): Promise<T> {
  const response = await fetch(`${baseUrl}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await response.json()) as GraphQLResponse<T>;
  if (body.errors?.length) throw new Error(`GraphQL error: ${body.errors.map((e) => `${e.extensions?.code}: ${e.message}`).join('; ')}`);
  if (!body.data) throw new Error(`GraphQL: no data (HTTP ${response.status})`);
  return body.data;
}

/** Every demo account's password (the server's seed). */
export const DEMO_PASSWORD = 'demo-password';

export async function login(baseUrl: string, email: string, password = DEMO_PASSWORD): Promise<string> {
  const data = await graphql<{ login: { token: string } }>(
    baseUrl,
    'mutation ($email: String!, $password: String!) { login(email: $email, password: $password) { token } }',
    { email, password },
  );
  return data.login.token;
}

export interface ApiTicket {
  id: string;
  number: string;
  priority: number;
  status: string;
  respondedAt: string | null;
  assignee: { email: string } | null;
}

const TICKET_FIELDS = 'id number priority status respondedAt assignee { email }';

export async function queueNumbers(baseUrl: string, token: string): Promise<string[]> {
  const data = await graphql<{ queue: { edges: { node: ApiTicket }[] } }>(
    baseUrl,
    `query { queue(first: 200) { edges { node { ${TICKET_FIELDS} } } } }`,
    {},
    token,
  );
  return data.queue.edges.map((edge) => edge.node.number);
}

export async function ticket(baseUrl: string, token: string, id: string): Promise<ApiTicket | null> {
  const data = await graphql<{ ticket: ApiTicket | null }>(baseUrl, `query ($id: ID!) { ticket(id: $id) { ${TICKET_FIELDS} } }`, { id }, token);
  return data.ticket;
}

/**
 * ПАО Бета's EXTENDED contract (API.md demo data): a CRITICAL INCIDENT there is P1 (SLA-6).
 * Staff may pass `receivedAt` (a call registered after it ended, TKT-11); customers may not.
 */
export async function createP1Ticket(baseUrl: string, token: string, subject: string, receivedAt?: Date): Promise<ApiTicket> {
  const data = await graphql<{ createTicket: ApiTicket }>(
    baseUrl,
    `mutation ($input: CreateTicketInput!) { createTicket(input: $input) { ${TICKET_FIELDS} } }`,
    {
      input: {
        identifier: 'DL-EXT-0001',
        organizationName: 'ПАО Бета',
        contact: { fullName: 'Борис Бетов', position: 'Инженер', phone: '+7 495 000-00-02', email: 'beta@demo.local' },
        subject,
        description: 'Сервер контроля не отвечает после перезагрузки; АРМ операторов не входят в систему.',
        category: 'INCIDENT',
        criticality: 'CRITICAL',
        channel: receivedAt ? 'PHONE' : 'PORTAL',
        ...(receivedAt ? { receivedAt: receivedAt.toISOString() } : {}),
      },
    },
    token,
  );
  return data.createTicket;
}

/** The one-time set-password link of the newest `kind` mail (INVITATION, PASSWORD_RESET) to `recipient`, as an admin reads it in the dev mailbox (no SMTP). */
export async function mailedSetPasswordLink(baseUrl: string, adminToken: string, kind: string, recipient: string): Promise<string> {
  const data = await graphql<{ outbox: { kind: string; recipient: string; body: string }[] }>(baseUrl, '{ outbox(first: 50) { kind recipient body } }', {}, adminToken);
  const mail = data.outbox.find((m) => m.kind === kind && m.recipient === recipient);
  const token = mail ? /set-password\?token=(\S+)/.exec(mail.body)?.[1] : undefined;
  if (!token) throw new Error(`no ${kind} mailed to ${recipient}`);
  return `${baseUrl}/set-password?token=${token}`;
}
