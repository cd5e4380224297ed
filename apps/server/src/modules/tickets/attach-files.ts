import type { EntityManager } from '@mikro-orm/core';
import type { TicketMessage } from '../../entities/tickets/ticket-message.entity.js';
import type { Ticket } from '../../entities/tickets/ticket.entity.js';

/**
 * Records the files that came with a message (an e-mail's attachments) in the
 * transaction that records the message — or registers the ticket, for
 * information about a closed one (TKT-4), when there is no message.
 */
export type AttachFiles = (em: EntityManager, ticket: Ticket, message: TicketMessage | null) => Promise<void>;
