import { isFinal } from '@desk/sla';
import { MaterialRequestStatus } from '../../entities/material-requests/material-request.enums.js';
import { MaterialRequest } from '../../entities/material-requests/material-request.entity.js';
import { TimelineKind } from '../../entities/tickets/ticket.enums.js';
import type { TicketChangeReaction } from '../tickets/index.js';

/**
 * Open requests end with their ticket (#19): once it is CLOSED or REJECTED —
 * by an agent or by TKT-3's auto-close — nothing more can be provided for it
 * (TKT-4), so they are CANCELLED in the closing transaction. Equipment rows
 * stay: a device may still go back after the ticket is closed.
 */
export const materialClosingReaction: TicketChangeReaction = {
  name: 'material-requests',
  async react(tx, changes) {
    for (const { ticket, entries } of changes) {
      if (!isFinal(ticket.status) || !entries.some((entry) => entry.kind === TimelineKind.STATUS_CHANGED)) continue;
      await tx.nativeUpdate(
        MaterialRequest,
        { ticket: ticket.id, status: MaterialRequestStatus.OPEN },
        { status: MaterialRequestStatus.CANCELLED, cancelledAt: ticket.closedAt ?? ticket.updatedAt },
      );
    }
    return [];
  },
};
