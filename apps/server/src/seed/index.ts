import type { EntityManager } from '@mikro-orm/core';
import { type TicketServices } from '../modules/tickets/index.js';
import { seedDemoData } from './demo-data.js';
import { seedDemoTickets } from './demo-tickets.js';

export { DEMO_PASSWORD } from './demo-data.js';

/**
 * The demo seed of an empty database (API.md "Demo data"): organizations,
 * people, contracts and the information services' content, then — when asked —
 * a few open requests registered through the real intake, so the queue is alive.
 */
export function demoSeed(options: { readonly tickets: boolean; readonly intake: TicketServices }) {
  return async (em: EntityManager, today: Date): Promise<void> => {
    await seedDemoData(em, today);
    if (options.tickets) await seedDemoTickets(em.fork(), options.intake);
  };
}
