import { buildSchema, parse, validate } from 'graphql';
import { describe, expect, it } from 'vitest';
import sdl from '@desk/schema/schema.graphql?raw';
import { APQ_CURL, CURL, LOGIN, OPERATIONS, SSE_CURL, SSE_JS, SUBSCRIBE_JS, withOrigin } from '../examples';

const schema = buildSchema(sdl);

/** The query inside a shell or JS snippet. */
function embeddedQuery(code: string): string {
  const match = /"query":"([^"]+)"/.exec(code) ?? /query: '([^']+)'/.exec(code);
  if (!match) throw new Error('no query in the snippet');
  return match[1]!;
}

describe('integrator examples', () => {
  it.each(OPERATIONS.map((example) => [example.id, example] as const))('%s is valid against the published schema', (_id, example) => {
    expect(validate(schema, parse(example.code))).toEqual([]);
    if (example.variables) expect(() => JSON.parse(example.variables!)).not.toThrow();
  });

  it('the curl and graphql-ws snippets ask valid operations too', () => {
    expect(validate(schema, parse(embeddedQuery(CURL.code)))).toEqual([]);
    expect(validate(schema, parse(embeddedQuery(SUBSCRIBE_JS.code)))).toEqual([]);
    // #18: the SSE and APQ snippets (a server test also runs them against a live desk).
    expect(validate(schema, parse(embeddedQuery(SSE_CURL.code)))).toEqual([]);
    expect(validate(schema, parse(embeddedQuery(SSE_JS.code)))).toEqual([]);
    expect(validate(schema, parse(/QUERY='([^']+)'/.exec(APQ_CURL.code)![1]!))).toEqual([]);
  });

  it('API.md: covers login, a query, createTicket and both the queueChanged and ticketUpdated subscriptions', () => {
    const operations = OPERATIONS.map((example) => example.code).join('\n');
    for (const name of ['login(', 'tickets(', 'createTicket(', 'queueChanged', 'ticketUpdated(']) expect(operations).toContain(name);
    expect(LOGIN.audience).toBe('public');
    expect(OPERATIONS.find((example) => example.id === 'queueChanged')?.audience).toBe('staff');
  });

  it('API.md transport: WebSocket on the same path, the token in connectionParams.authorization', () => {
    const code = withOrigin(SUBSCRIBE_JS.code, 'https://desk.example');
    expect(code).toContain("url: 'wss://desk.example/graphql'");
    expect(code).toContain('connectionParams: { authorization: `Bearer ${process.env.DESK_TOKEN}` }');
    expect(withOrigin(CURL.code, 'http://127.0.0.1:4000')).toContain('curl -s http://127.0.0.1:4000/graphql');
    expect(CURL.code).toContain('-H "Authorization: Bearer $DESK_TOKEN"');
  });
});
