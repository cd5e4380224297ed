import type { HttpDrain } from '../infra/http/http-drain.js';
import type { WebSocketEndpoint } from './websocket.js';

/** Something that runs on its own timers (deadline sweeps, dispatchers) and can stop them. */
interface Background {
  stop(): Promise<void>;
}

/**
 * The first step of a shutdown (SIGTERM, #16), before anything is released: stop accepting, tell
 * WebSocket clients to reconnect elsewhere (1012), hand the timers over and let in-flight requests
 * finish. Handing timers over needs no message: claims are conditional updates committed with each
 * firing (no lease is held), so once this process's sweeps stopped — a running one finishes its
 * transaction first — the other replicas' own timers and sweeps fire whatever falls due.
 */
export async function stopGracefully(deps: {
  readonly http: HttpDrain;
  readonly webSocket: WebSocketEndpoint;
  readonly background: readonly (Background | null)[];
  readonly graceMs: number;
}): Promise<void> {
  const requestsFinished = deps.http.drain(deps.graceMs);
  deps.webSocket.closeForRestart();
  await Promise.all([...deps.background.map((timers) => timers?.stop()), requestsFinished]);
}
