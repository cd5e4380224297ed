import http from 'node:http';
import { waitFor } from './subscription-client.js';

export interface EventStream<T> {
  readonly status: number;
  readonly headers: http.IncomingHttpHeaders;
  /** The `next` events' payloads, in order. */
  readonly results: { data?: T | null; errors?: { message: string; extensions?: Record<string, unknown> }[] }[];
  /** The body of an answer that was not a stream (a refusal before any operation ran). */
  readonly body: string;
  /** True once the server ended the response (after `complete`, a revocation, or a refusal). */
  readonly ended: () => boolean;
  until(predicate: (results: EventStream<T>['results']) => boolean, timeoutMs?: number): Promise<void>;
  close(): void;
}

/**
 * A bare GraphQL-over-SSE client (graphql-sse's distinct connections mode): one POST with
 * `Accept: text/event-stream`, read event by event as an integration behind a proxy would.
 */
export function openEventStream<T = any>(
  url: string,
  token: string | null,
  query: string,
  variables: Record<string, unknown> = {},
  headers: Record<string, string> = {},
): Promise<EventStream<T>> {
  const payload = JSON.stringify({ query, variables });
  return new Promise((resolve, reject) => {
    const request = http.request(
      `${url}/graphql/stream`,
      {
        method: 'POST',
        agent: false,
        headers: {
          accept: 'text/event-stream',
          'content-type': 'application/json',
          'content-length': Buffer.byteLength(payload),
          ...(token ? { authorization: `Bearer ${token}` } : {}),
          ...headers,
        },
      },
      (response) => {
        const results: EventStream<T>['results'] = [];
        let body = '';
        let buffered = '';
        let ended = false;
        response.setEncoding('utf8');
        response.on('data', (chunk: string) => {
          body += chunk;
          buffered += chunk;
          let boundary: number;
          while ((boundary = buffered.indexOf('\n\n')) >= 0) {
            const message = buffered.slice(0, boundary);
            buffered = buffered.slice(boundary + 2);
            const event = /^event: (.*)$/m.exec(message)?.[1];
            const data = /^data: (.*)$/m.exec(message)?.[1];
            if (event === 'next' && data) results.push(JSON.parse(data));
          }
        });
        const end = () => (ended = true);
        response.on('end', end);
        response.on('close', end);
        resolve({
          status: response.statusCode ?? 0,
          headers: response.headers,
          results,
          get body() {
            return body;
          },
          ended: () => ended,
          until: (predicate, timeoutMs = 10_000) => waitFor(() => predicate(results), timeoutMs, `stream results (have ${JSON.stringify(results).slice(0, 300)})`),
          close: () => request.destroy(),
        });
      },
    );
    request.on('error', reject);
    request.end(payload);
  });
}
