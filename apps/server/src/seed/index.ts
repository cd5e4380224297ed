import type { EntityManager } from '@mikro-orm/core';
import { type TicketServices } from '../modules/tickets/index.js';
import { seedDemoData } from './demo-data.js';
import { seedDemoHistory } from './demo-history.js';
import { seedDemoTickets } from './demo-tickets.js';

export { DEMO_PASSWORD } from './demo-data.js';

/**
 * The demo seed of an empty database (API.md "Demo data"): organizations,
 * people, contracts and the information services' content, then — when asked —
 * a few open requests registered through the real intake, so the queue is alive,
 * and three months of closed history (#19), so the reports have a shape.
 */
export function demoSeed(options: { readonly tickets: boolean; readonly history?: boolean; readonly intake: TicketServices; readonly log?: (message: string) => void }) {
  return async (em: EntityManager, today: Date): Promise<void> => {
    await seedDemoData(em, today);
    if (options.tickets) await seedDemoTickets(em.fork(), options.intake);
    if (options.history) {
      const started = performance.now();
      const written = await seedDemoHistory(em.fork(), options.intake);
      options.log?.(
        `demo history: ${written.tickets} closed tickets, ${written.ratings} ratings, ${written.deflections} deflections in ${Math.round(performance.now() - started)} ms`,
      );
    }
  };
}
