import type { ExecutionResult, FormattedExecutionResult } from 'graphql';
import WebSocket from 'ws';

/**
 * Serialize once, send to many (#17 target 5). Subscribers with the same
 * subscription shape receive the very same ExecutionResult object for an event
 * (sharedSubscribe); without this, graphql-ws formats and JSON-stringifies that
 * result again for each of them. Here a result is formatted and serialized
 * once, and each subscriber's frame is that text spliced into
 * `{"id":"<its id>","type":"next","payload":…}` — the id stays per subscription.
 *
 * How the splice reaches the socket without forking graphql-ws: its
 * `jsonMessageReplacer` swaps a shared payload for a placeholder (so the
 * payload is not walked again), and the connection class of the WebSocket
 * server, `SharedFrameSocket`, swaps the placeholder back for the text.
 * graphql-ws stringifies a message and hands it to `socket.send` in one
 * synchronous step, so the text waiting for the placeholder is always the one
 * the replacer just saw; a frame whose socket has closed in between is simply
 * not sent, and the next replacement overwrites the slot.
 */

const PLACEHOLDER = '\u0000shared-payload';
/** How the placeholder ends a serialized next message (payload is its last key). */
const PLACEHOLDER_TAIL = `"payload":${JSON.stringify(PLACEHOLDER)}}`;

interface SerializedPayload {
  readonly payload: FormattedExecutionResult;
  readonly json: string;
}

/** The text of the payload the replacer last put a placeholder for; consumed by the next send. */
let waitingJson: string | null = null;
/** Payloads (by identity) that were serialized once and may be spliced. */
const serialized = new WeakMap<object, string>();

export class SharedFrames {
  private readonly byResult = new WeakMap<ExecutionResult, SerializedPayload>();

  constructor(private readonly format: (result: ExecutionResult) => FormattedExecutionResult | void) {}

  /** The payload sent for `result`: formatted and serialized once per result object, whoever receives it. */
  payloadOf(result: ExecutionResult): FormattedExecutionResult {
    return this.entryOf(result).payload;
  }

  /** The text of that payload, as graphql-ws would serialize it (broadcast groups write it themselves). */
  textOf(result: ExecutionResult): string {
    return this.entryOf(result).json;
  }

  private entryOf(result: ExecutionResult): SerializedPayload {
    let entry = this.byResult.get(result);
    if (!entry) {
      const payload = this.format(result) || asGraphQLWsSends(result);
      entry = { payload, json: JSON.stringify(payload) };
      serialized.set(payload, entry.json);
      this.byResult.set(result, entry);
    }
    return entry;
  }
}

/** graphql-ws's own payload when `onNext` gives none: the result, its errors (if any) last and as JSON. */
function asGraphQLWsSends(result: ExecutionResult): FormattedExecutionResult {
  const { errors, ...rest } = result;
  return errors ? { ...rest, errors: errors.map((error) => error.toJSON()) } : rest;
}

/** graphql-ws `jsonMessageReplacer`: a payload serialized already becomes the placeholder. */
export function sharedPayloadReplacer(this: unknown, key: string, value: unknown): unknown {
  if (key !== 'payload' || typeof value !== 'object' || value === null) return value;
  const json = serialized.get(value);
  if (json === undefined) return value;
  waitingJson = json;
  return PLACEHOLDER;
}

/** The text to put on the wire for `data`: the placeholder replaced by the payload it stands for. */
export function expandSharedPayload(data: string): string {
  const json = waitingJson;
  waitingJson = null;
  if (json === null || !data.endsWith(PLACEHOLDER_TAIL)) return data;
  return `${data.slice(0, data.length - PLACEHOLDER_TAIL.length)}"payload":${json}}`;
}

/** The server's connection class (ws `WebSocket` option): sends spliced frames. */
export class SharedFrameSocket extends WebSocket {
  override send(data: unknown, optionsOrCallback?: unknown, callback?: unknown): void {
    const text = typeof data === 'string' ? expandSharedPayload(data) : data;
    (super.send as (data: unknown, options?: unknown, callback?: unknown) => void)(text, optionsOrCallback, callback);
  }
}
