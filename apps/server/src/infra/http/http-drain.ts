import { Server as NetServer, type Socket } from 'node:net';
import type { IncomingMessage, Server, ServerResponse } from 'node:http';

/** How long a connection accepted just before the listener closed has to send its request. */
const FRESH_CONNECTION_GRACE_MS = 3_000;
/** Event-loop turns to wait for one that accepted no connection before closing the listener. */
const MAX_TURNS_BEFORE_CLOSE = 50;

interface Connection {
  /** Requests in progress on it. */
  active: number;
  /** Whether it has carried a request yet (an idle keep-alive one) or was just accepted. */
  used: boolean;
}

/**
 * Graceful stop of an HTTP server (#16), for a rolling restart behind a proxy with no failed request:
 * the listener closes first (the proxy's next connect is refused, which nginx retries on another
 * replica, POST included); requests in progress finish, their responses say `Connection: close`;
 * idle keep-alive connections are closed at once. A connection accepted just before the listener
 * closed gets a moment to send its request — closing it unread would fail that request after the
 * proxy sent it (the classic 502), which is why this does not use Node's server.close(), whose
 * closeIdleConnections() counts such a connection as idle. Event streams are ended so their clients
 * reconnect elsewhere. Whatever is still open after the grace period is cut.
 */
export class HttpDrain {
  private readonly connections = new Map<Socket, Connection>();
  private readonly streams = new Set<ServerResponse>();
  private draining = false;
  private acceptedThisTurn = false;
  private settled: (() => void) | null = null;

  constructor(private readonly server: Server) {
    server.on('connection', (socket: Socket) => {
      this.acceptedThisTurn = true;
      this.connections.set(socket, { active: 0, used: false });
      socket.once('close', () => this.forget(socket));
    });
    // WebSocket upgrades leave HTTP: their server closes them (with 1012) itself.
    server.on('upgrade', (request: IncomingMessage) => this.forget(request.socket));
    // Before the app's own listener, so the header is set before any response can be written.
    server.prependListener('request', (request: IncomingMessage, response: ServerResponse) => this.track(request, response));
  }

  get isDraining(): boolean {
    return this.draining;
  }

  /** Stops accepting, then resolves once every request in progress finished, or after `graceMs` with the rest cut. */
  async drain(graceMs: number): Promise<void> {
    if (this.draining) return;
    this.draining = true;
    await this.betweenAccepts();
    const listenerClosed = new Promise<void>((resolve) => NetServer.prototype.close.call(this.server, () => resolve()));
    for (const response of this.streams) response.end();
    for (const [socket, connection] of this.connections) if (connection.active === 0 && connection.used) socket.end();
    const fresh = setTimeout(() => {
      for (const [socket, connection] of this.connections) if (connection.active === 0) socket.destroy();
    }, Math.min(FRESH_CONNECTION_GRACE_MS, graceMs));
    const cut = setTimeout(() => {
      for (const socket of this.connections.keys()) socket.destroy();
    }, graceMs);
    const allDone = new Promise<void>((resolve) => {
      this.settled = resolve;
      this.settleIfIdle();
    });
    await allDone;
    clearTimeout(fresh);
    clearTimeout(cut);
    await listenerClosed;
  }

  /**
   * Closing a listening socket resets the connections still in the kernel's accept queue — requests
   * the proxy already sent, so 502s. libuv accepts the whole queue in each poll phase; this returns
   * in the check phase right after a poll phase that accepted nothing, where that queue is empty
   * but for connections arriving in the same instant.
   */
  private async betweenAccepts(): Promise<void> {
    await new Promise((resolve) => setImmediate(resolve));
    for (let turn = 0; turn < MAX_TURNS_BEFORE_CLOSE; turn++) {
      this.acceptedThisTurn = false;
      await new Promise((resolve) => setImmediate(resolve));
      if (!this.acceptedThisTurn) return;
    }
  }

  private track(request: IncomingMessage, response: ServerResponse): void {
    const connection = this.connections.get(request.socket);
    if (!connection) return;
    connection.active++;
    connection.used = true;
    if (this.draining) response.setHeader('Connection', 'close');
    if (request.headers.accept === 'text/event-stream') this.streams.add(response);
    response.once('close', () => {
      this.streams.delete(response);
      connection.active--;
      if (this.draining && connection.active === 0) request.socket.end();
      this.settleIfIdle();
    });
  }

  private forget(socket: Socket): void {
    this.connections.delete(socket);
    this.settleIfIdle();
  }

  private settleIfIdle(): void {
    if (this.draining && this.connections.size === 0) this.settled?.();
  }
}
