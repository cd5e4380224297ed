import { ApolloLink, Observable, type FetchResult, type Operation } from '@apollo/client/core';
import { getMainDefinition } from '@apollo/client/utilities';
import { computed, ref, type ComputedRef } from 'vue';

/**
 * #16: while the API answers SERVICE_UNAVAILABLE (a database or Redis outage, HTTP 503 with
 * Retry-After) or cannot be reached at all (a replica restarting behind the proxy), reads are
 * retried with backoff and the user is told once, by one notice that clears on recovery.
 * Mutations are never retried here: only the user may decide to send a change again.
 */

/** Statuses a proxy or the API answers while a replica or a backing service is briefly away. */
const RETRYABLE_STATUSES = new Set([502, 503, 504]);

/** One notice for all reads being retried: shown while any is, cleared when the last recovers or gives up. */
export interface OutageNotice {
  readonly active: ComputedRef<boolean>;
  begin(): void;
  end(): void;
}

export function createOutageNotice(): OutageNotice {
  const retrying = ref(0);
  return {
    active: computed(() => retrying.value > 0),
    begin: () => void retrying.value++,
    end: () => void (retrying.value = Math.max(retrying.value - 1, 0)),
  };
}

export interface OutageRetryOptions {
  /** Retries of one read before its error is passed on. */
  readonly maxRetries?: number;
  readonly baseDelayMs?: number;
  readonly maxDelayMs?: number;
  /** For tests: how to wait. */
  readonly sleep?: (ms: number) => Promise<void>;
}

interface ErrorsCarrier {
  readonly errors?: readonly { readonly extensions?: Record<string, unknown> }[];
}

/** Seconds to wait as the server asked (0 when it did not say), or null when the failure is not worth retrying. */
export function retryableWait(failure: { readonly networkError?: unknown; readonly result?: FetchResult }): number | null {
  const { networkError, result } = failure;
  if (networkError !== undefined) {
    const { statusCode, response, result: body } = networkError as { statusCode?: number; response?: Response; result?: ErrorsCarrier };
    // No status: fetch itself failed, nothing answered.
    if (statusCode === undefined) return 0;
    if (!RETRYABLE_STATUSES.has(statusCode)) return null;
    const header = Number(response?.headers?.get?.('retry-after'));
    return Number.isFinite(header) && header > 0 ? header : (unavailableWait(body) ?? 0);
  }
  return unavailableWait(result);
}

/** When every error is SERVICE_UNAVAILABLE: the longest retryAfterSeconds among them. */
function unavailableWait(result: ErrorsCarrier | undefined): number | null {
  const errors = result?.errors ?? [];
  if (errors.length === 0 || errors.some((e) => e.extensions?.code !== 'SERVICE_UNAVAILABLE')) return null;
  return Math.max(...errors.map((e) => Number(e.extensions?.retryAfterSeconds) || 0));
}

function isQuery(operation: Operation): boolean {
  const definition = getMainDefinition(operation.query);
  return definition.kind === 'OperationDefinition' && definition.operation === 'query';
}

export function createOutageRetryLink(notice: OutageNotice, options: OutageRetryOptions = {}): ApolloLink {
  const maxRetries = options.maxRetries ?? 6;
  const baseDelayMs = options.baseDelayMs ?? 1_000;
  const maxDelayMs = options.maxDelayMs ?? 10_000;
  const sleep = options.sleep ?? ((ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms)));

  return new ApolloLink((operation, forward) => {
    if (!isQuery(operation)) return forward(operation);
    return new Observable<FetchResult>((observer) => {
      let retries = 0;
      let announced = false;
      let closed = false;
      let waiting = false;
      let attempt: { unsubscribe(): void } | null = null;
      const quiet = () => {
        if (announced) notice.end();
        announced = false;
      };
      const retryAfter = (seconds: number) => {
        waiting = true;
        attempt?.unsubscribe();
        if (!announced) notice.begin();
        announced = true;
        // The server's Retry-After, or exponential backoff when it is longer, never beyond the cap.
        const delay = Math.min(maxDelayMs, Math.max(seconds * 1000, baseDelayMs * 2 ** retries));
        retries++;
        void sleep(delay).then(() => {
          waiting = false;
          if (!closed) run();
        });
      };
      const run = () => {
        attempt = forward(operation).subscribe({
          next: (result) => {
            const wait = retries < maxRetries ? retryableWait({ result }) : null;
            if (wait !== null) return retryAfter(wait);
            quiet();
            observer.next(result);
          },
          error: (error: unknown) => {
            const wait = retries < maxRetries ? retryableWait({ networkError: error }) : null;
            if (wait !== null) return retryAfter(wait);
            quiet();
            observer.error(error);
          },
          complete: () => {
            if (!waiting) observer.complete();
          },
        });
      };
      run();
      return () => {
        closed = true;
        attempt?.unsubscribe();
        quiet();
      };
    });
  });
}
