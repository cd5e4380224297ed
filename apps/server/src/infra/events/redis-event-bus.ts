import { randomUUID } from 'node:crypto';
import { Redis } from 'ioredis';
import type { Logger } from '../logger.js';
import { LocalListeners, type DomainEvent, type DomainEventListener, type EventBus } from './domain-events.js';

/** Told when a connection to Redis came back after it was lost (counted for /metrics). */
export type ReconnectListener = (connection: 'publisher' | 'subscriber') => void;

interface Envelope {
  readonly origin: string;
  readonly event: DomainEvent;
}

/**
 * Several processes: each event is delivered here directly and sent over Redis
 * pub/sub to the others, which skip their own messages. So every process sees
 * each event once, and this process keeps serving its own subscribers while
 * Redis is down (ioredis reconnects by itself).
 */
export class RedisEventBus implements EventBus {
  private readonly origin = randomUUID();
  private readonly local: LocalListeners;
  private readonly publisher: Redis;
  private readonly subscriber: Redis;

  private constructor(
    url: string,
    private readonly channel: string,
    private readonly logger: Logger,
    onReconnect: ReconnectListener,
  ) {
    this.local = new LocalListeners((error) => logger.error('event listener failed', error));
    const options = {
      // Fail fast instead of queueing while disconnected: the local delivery already happened.
      enableOfflineQueue: false,
      maxRetriesPerRequest: 1,
      retryStrategy: (attempt: number) => Math.min(attempt * 200, 2_000),
      lazyConnect: true,
    };
    this.publisher = new Redis(url, { ...options, connectionName: 'desk-publisher' });
    this.subscriber = new Redis(url, { ...options, enableOfflineQueue: true, connectionName: 'desk-subscriber' });
    for (const [connection, client] of [['publisher', this.publisher], ['subscriber', this.subscriber]] as const) {
      client.on('error', (error: Error) => logger.error('redis connection error', { message: error.message }));
      // The first `ready` is the connection itself; each later one follows a loss.
      let connected = false;
      client.on('ready', () => {
        if (connected) onReconnect(connection);
        connected = true;
      });
    }
    this.subscriber.on('ready', () => logger.info('redis event bus connected'));
    this.subscriber.on('message', (_channel: string, message: string) => this.receive(message));
  }

  /** `channel` names the cluster: processes sharing a database share it, others never hear its events. */
  static async connect(url: string, channel: string, logger: Logger, onReconnect: ReconnectListener = () => undefined): Promise<RedisEventBus> {
    const bus = new RedisEventBus(url, channel, logger, onReconnect);
    await Promise.all([bus.publisher.connect(), bus.subscriber.connect()]);
    await bus.subscriber.subscribe(channel);
    return bus;
  }

  publish(event: DomainEvent): void {
    this.local.deliver(event);
    const envelope: Envelope = { origin: this.origin, event };
    this.publisher.publish(this.channel, JSON.stringify(envelope)).catch((error: unknown) => {
      this.logger.error('event not sent to other processes (redis unavailable)', {
        type: event.type,
        message: error instanceof Error ? error.message : String(error),
      });
    });
  }

  subscribe(listener: DomainEventListener): () => void {
    return this.local.add(listener);
  }

  async close(): Promise<void> {
    this.local.clear();
    this.subscriber.disconnect();
    this.publisher.disconnect();
  }

  private receive(message: string): void {
    let envelope: Envelope;
    try {
      envelope = JSON.parse(message) as Envelope;
    } catch (error) {
      this.logger.error('malformed event on redis', error);
      return;
    }
    if (envelope.origin !== this.origin) this.local.deliver(envelope.event);
  }
}
