import type { EventBus } from '../../infra/events/domain-events.js';
import type { ActorCache } from './actor-cache.js';
import { apiTokenIdOf } from './api-token.service.js';

/** graphql-ws's "Forbidden": the same code a socket without a valid token is refused with at connect. */
export const ACCESS_REVOKED_CLOSE_CODE = 4403;

export interface ClosableSocket {
  close(code: number, reason: string): void;
}

interface Holder {
  readonly userId: number;
  readonly apiTokenId: number | null;
}

/**
 * The open WebSocket connections of this process and whose they are. When any
 * process publishes `access.revoked` (deactivation, role change, new password,
 * a revoked API token), every process evicts the identity from its actor cache
 * and closes its sockets at once: a subscription must not outlive the right to
 * open it. A client that reconnects is checked anew at connect.
 */
export class AccessWatch {
  private readonly sockets = new Map<ClosableSocket, Holder>();
  private unsubscribe: (() => void) | null = null;

  constructor(
    private readonly events: EventBus,
    private readonly actorCache: ActorCache,
  ) {}

  start(): void {
    this.unsubscribe ??= this.events.subscribe((event) => {
      if (event.type !== 'access.revoked') return;
      if (event.userId !== null) this.actorCache.evictUser(event.userId);
      for (const [socket, holder] of this.sockets) {
        const revoked = event.apiTokenId !== null ? holder.apiTokenId === event.apiTokenId : holder.userId === event.userId;
        if (revoked) {
          this.sockets.delete(socket);
          socket.close(ACCESS_REVOKED_CLOSE_CODE, 'Forbidden: access changed, sign in again');
        }
      }
    });
  }

  /** Watches a socket signed in as `userId` with this Authorization value; returns the un-watch for its close. */
  track(socket: ClosableSocket, userId: number, authorization: string | undefined): () => void {
    this.sockets.set(socket, { userId, apiTokenId: apiTokenIdOf(authorization) });
    return () => this.sockets.delete(socket);
  }

  stop(): void {
    this.unsubscribe?.();
    this.unsubscribe = null;
    this.sockets.clear();
  }
}
