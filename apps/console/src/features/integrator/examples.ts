/**
 * Example operations for integrators, written against API.md's contract (the
 * names it promises to keep). A unit test validates every GraphQL example
 * against the published schema, so a renamed field fails CI, not a partner.
 */
export type ExampleLanguage = 'graphql' | 'json' | 'shell' | 'javascript';

export interface Example {
  id: string;
  /** What it needs: public, any signed-in caller, staff, partner. */
  audience: 'public' | 'signedIn' | 'staff' | 'partner';
  language: ExampleLanguage;
  code: string;
  /** Variables for a GraphQL example, as JSON. */
  variables?: string;
}

/** `{origin}` and `{wsOrigin}` become the address this console was opened at. */
export function withOrigin(code: string, origin: string): string {
  const wsOrigin = origin.replace(/^http/, 'ws');
  return code.replaceAll('{wsOrigin}', wsOrigin).replaceAll('{origin}', origin);
}

export const LOGIN: Example = {
  id: 'login',
  audience: 'public',
  language: 'graphql',
  code: `mutation Login($email: String!, $password: String!) {
  login(email: $email, password: $password) {
    token
    user {
      id
      email
      role
    }
  }
}`,
  variables: `{ "email": "partner@demo.local", "password": "demo-password" }`,
};

export const CURL: Example = {
  id: 'curl',
  audience: 'partner',
  language: 'shell',
  code: `curl -s {origin}/graphql \\
  -H 'Content-Type: application/json' \\
  -H "Authorization: Bearer $DESK_TOKEN" \\
  -d '{"query":"{ me { email role } tickets(first: 5) { totalCount edges { node { number status slaState } } } }"}'`,
};

export const SUBSCRIBE_JS: Example = {
  id: 'subscribeJs',
  audience: 'signedIn',
  language: 'javascript',
  code: `import { createClient } from 'graphql-ws';

// graphql-transport-ws on the same path as HTTP; the token goes in connectionParams.
const client = createClient({
  url: '{wsOrigin}/graphql',
  connectionParams: { authorization: \`Bearer \${process.env.DESK_TOKEN}\` },
});

const updates = client.iterate({
  query: 'subscription ($id: ID!) { ticketUpdated(id: $id) { id status slaState respondedAt } }',
  variables: { id: '42' },
});
for await (const { data, errors } of updates) {
  if (errors) console.error(errors);
  else console.log(data.ticketUpdated);
}`,
};

/**
 * #18: the shell and JavaScript examples of the guide's APQ and SSE sections. A server test runs these
 * exact texts against a running desk (apps/server/test/integrations/integrator-examples.test.ts), with
 * DESK_TOKEN a partner API token and TICKET_ID one of its customers' tickets.
 */
export const APQ_CURL: Example = {
  id: 'apqCurl',
  audience: 'partner',
  language: 'shell',
  code: `QUERY='query OpenTickets { tickets(first: 5) { totalCount } }'
HASH=$(printf '%s' "$QUERY" | sha256sum | cut -d' ' -f1)
APQ='"extensions":{"persistedQuery":{"version":1,"sha256Hash":"'$HASH'"}}'

# 1. The hash alone: PERSISTED_QUERY_NOT_FOUND while the server does not know it yet.
curl -s {origin}/graphql -H 'Content-Type: application/json' \\
  -H "Authorization: Bearer $DESK_TOKEN" -d "{$APQ}"

# 2. The query with its hash: runs it and registers it.
curl -s {origin}/graphql -H 'Content-Type: application/json' \\
  -H "Authorization: Bearer $DESK_TOKEN" -d "{\\"query\\":\\"$QUERY\\",$APQ}"

# 3. From now on the hash alone is enough.
curl -s {origin}/graphql -H 'Content-Type: application/json' \\
  -H "Authorization: Bearer $DESK_TOKEN" -d "{$APQ}"`,
};

export const SSE_CURL: Example = {
  id: 'sseCurl',
  audience: 'partner',
  language: 'shell',
  code: `curl -N {origin}/graphql/stream \\
  -H 'Accept: text/event-stream' \\
  -H 'Content-Type: application/json' \\
  -H "Authorization: Bearer $DESK_TOKEN" \\
  -d '{"query":"subscription ($id: ID!) { ticketUpdated(id: $id) { id status slaState } }","variables":{"id":"'"$TICKET_ID"'"}}'`,
};

export const SSE_JS: Example = {
  id: 'sseJs',
  audience: 'partner',
  language: 'javascript',
  code: `import { createClient } from 'graphql-sse';

// One HTTP request per operation, answered as text/event-stream: passes proxies that drop WebSockets.
const client = createClient({
  url: '{origin}/graphql/stream',
  headers: { authorization: \`Bearer \${process.env.DESK_TOKEN}\` },
});

const updates = client.iterate({
  query: 'subscription ($id: ID!) { ticketUpdated(id: $id) { id status slaState } }',
  variables: { id: process.env.TICKET_ID },
});
for await (const { data, errors } of updates) {
  if (errors) console.error(JSON.stringify(errors));
  else console.log(JSON.stringify(data.ticketUpdated));
}`,
};

/** The GraphQL operations, in the order a new integrator needs them. */
export const OPERATIONS: readonly Example[] = [
  LOGIN,
  {
    id: 'tickets',
    audience: 'signedIn',
    language: 'graphql',
    code: `query OpenTickets($after: String) {
  tickets(first: 50, after: $after, filter: { statuses: [NEW, IN_PROGRESS, WAITING_FOR_CUSTOMER] }) {
    totalCount
    pageInfo {
      hasNextPage
      endCursor
    }
    edges {
      node {
        id
        number
        subject
        status
        criticality
        supportLevel
        priority
        receivedAt
        responseDueAt
        respondedAt
        slaState
        organization {
          name
        }
      }
    }
  }
}`,
    variables: `{ "after": null }`,
  },
  {
    id: 'responseDeadline',
    audience: 'public',
    language: 'graphql',
    code: `query Deadline($receivedAt: DateTime!) {
  responseDeadline(supportLevel: BASIC, criticality: CRITICAL, receivedAt: $receivedAt)
}`,
    variables: `{ "receivedAt": "2026-02-13T17:50:00+03:00" }`,
  },
  {
    id: 'createTicket',
    audience: 'signedIn',
    language: 'graphql',
    code: `mutation CreateTicket($input: CreateTicketInput!) {
  createTicket(input: $input) {
    id
    number
    status
    priority
    responseDueAt
    rejectionReason
  }
}`,
    variables: `{
  "input": {
    "identifier": "DL-BASIC-0001",
    "organizationName": "АО Альфа",
    "contact": {
      "fullName": "Анна Альфина",
      "position": "Администратор ИБ",
      "phone": "+7 812 000-00-01"
    },
    "subject": "АРМ не загружается после обновления",
    "description": "АРМ зависает на экране входа.",
    "category": "INCIDENT",
    "criticality": "CRITICAL",
    "channel": "API",
    "productVersion": "8.0"
  }
}`,
  },
  {
    id: 'ticketUpdated',
    audience: 'signedIn',
    language: 'graphql',
    code: `subscription TicketUpdated($id: ID!) {
  ticketUpdated(id: $id) {
    id
    status
    slaState
    respondedAt
    expectedResolutionAt
    assignee {
      fullName
    }
  }
}`,
    variables: `{ "id": "42" }`,
  },
  {
    id: 'queueChanged',
    audience: 'staff',
    language: 'graphql',
    code: `subscription QueueChanged {
  queueChanged {
    version
    kind
    position
    previousPosition
    ticket {
      id
      number
      priority
      slaState
      responseDueAt
    }
  }
}`,
  },
];
