import type { EntityManager, MikroORM } from '@mikro-orm/core';
import { describe, expect, it } from 'vitest';
import type { CertificateExpiryAlert } from '../../src/entities/info-services/certificate-expiry-alert.entity.js';
import { LocalListeners, type DomainEvent, type EventBus } from '../../src/infra/events/domain-events.js';
import type { Logger } from '../../src/infra/logger.js';
import { LiveHub } from '../../src/modules/realtime/live-hub.js';

/** A bus that delivers in this process, synchronously, as both real buses do locally. */
function localBus(): EventBus {
  const listeners = new LocalListeners(() => undefined);
  return { publish: (event) => listeners.deliver(event), subscribe: (listener) => listeners.add(listener), close: async () => undefined };
}

/** Resolves after `steps` microtasks: lands an event at every point of a finishing drain. */
function afterMicrotasks(steps: number): Promise<void> {
  let chain = Promise.resolve();
  for (let i = 0; i < steps; i += 1) chain = chain.then(() => undefined);
  return chain;
}

const silent = { error: () => undefined, info: () => undefined } as unknown as Logger;
const within = <T>(promise: Promise<T>, ms: number) => Promise.race([promise, new Promise<null>((resolve) => setTimeout(() => resolve(null), ms))]);

/**
 * An event that arrives while the previous batch is just finishing must still
 * go out at once, not wait for the next event (on a quiet desk: for a long time).
 */
describe('hand-off between a finishing drain and a new event', () => {
  it('LiveHub publishes an event that arrives in any microtask after the previous batch', async () => {
    const late: number[] = [];
    for (let step = 0; step < 40; step += 1) {
      const bus = localBus();
      const orm = {
        em: { fork: () => ({ find: async (_entity: unknown, where: { id: { $in: number[] } }) => where.id.$in.map((id) => ({ id })) }) },
      } as unknown as MikroORM;
      const hub = new LiveHub(orm, bus, silent);
      const second = hub.pubSub.subscribe('TICKET_UPDATED', '2');
      bus.publish({ type: 'ticket.changed', ticketId: 1, queue: null });
      void afterMicrotasks(step).then(() => bus.publish({ type: 'ticket.changed', ticketId: 2, queue: null } satisfies DomainEvent));
      await new Promise((resolve) => setTimeout(resolve, 5));
      await hub.drained();
      if (!(await within(second.next(), 20))) late.push(step);
      hub.close();
    }
    expect(late).toEqual([]);
  });

  it('LiveHub looks again for a certificate alert heard while a look is ending', async () => {
    const missed: number[] = [];
    for (let step = 0; step < 40; step += 1) {
      const bus = localBus();
      let rows: { id: number }[] = [];
      const em = {
        find: async (_entity: unknown, where: { id?: { $gt: number } }) => (where.id ? rows.filter((row) => row.id > where.id!.$gt) : []),
      } as unknown as EntityManager;
      // The safety poll never comes within the test: only the bus can wake the hub.
      const hub = new LiveHub({ em: { fork: () => em } } as unknown as MikroORM, bus, silent, 1e9);
      await hub.start();
      const alerts = hub.pubSub.subscribe('CERTIFICATE_ALERT');
      rows = [{ id: 1 }];
      bus.publish({ type: 'certificate.alert', alertId: 1 });
      void afterMicrotasks(step).then(() => {
        rows = [{ id: 1 }, { id: 2 }];
        bus.publish({ type: 'certificate.alert', alertId: 2 });
      });
      await new Promise((resolve) => setTimeout(resolve, 10));
      await hub.drained();
      const seen: number[] = [];
      for (let next = await within(alerts.next(), 10); next && !next.done; next = await within(alerts.next(), 10)) {
        seen.push((next.value as CertificateExpiryAlert).id);
      }
      if (!seen.includes(2)) missed.push(step);
      await alerts.return?.();
      hub.close();
    }
    expect(missed).toEqual([]);
  });
});
