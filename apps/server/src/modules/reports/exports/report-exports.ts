import type { EntityManager } from '@mikro-orm/core';
import type { Clock } from '../../../common/clock.js';
import { User } from '../../../entities/auth/user.entity.js';
import type { Ticket } from '../../../entities/tickets/ticket.entity.js';
import { ComplianceService } from '../compliance.service.js';
import type { ExportTable } from './export-table.js';
import type { ReportArgs, TicketsArgs } from './export-request.js';
import { complianceTable, ticketTable } from './report-tables.js';
import { ticketLineOf } from './ticket-line.js';

/** The most tickets one export lists; a wider figure is split by narrowing the cell or the period. */
export const MAX_EXPORT_TICKETS = 100_000;

/** The figures and the ticket lists of SLA-9 as sheets: the very queries slaCompliance and slaComplianceTickets answer. */
export class ReportExports {
  private readonly compliance: ComplianceService;

  constructor(
    private readonly em: EntityManager,
    clock: Clock,
  ) {
    this.compliance = new ComplianceService(em, clock);
  }

  async report({ from, to, groupBy }: ReportArgs): Promise<ExportTable> {
    const groups = await this.compliance.report(from, to, groupBy);
    const agentIds = [...new Set(groups.map((group) => group.key.AGENT).filter((id): id is string => typeof id === 'string'))].map(Number);
    const agents = agentIds.length ? await this.em.find(User, { id: { $in: agentIds } }) : [];
    const names = new Map(agents.map((agent) => [String(agent.id), agent.fullName]));
    return complianceTable(groups, groupBy, (id) => names.get(id) ?? `#${id}`);
  }

  async tickets({ from, to, key, outcome }: TicketsArgs): Promise<ExportTable> {
    return ticketTable((await this.ticketsOf(from, to, key, outcome, null)).map(ticketLineOf));
  }

  /** Every ticket of a cell, with what a ticket line shows loaded. */
  async ticketsOf(from: Date, to: Date, key: TicketsArgs['key'], outcome: TicketsArgs['outcome'], organizationId: number | null): Promise<Ticket[]> {
    const { tickets } = await this.compliance.tickets(from, to, key, outcome, MAX_EXPORT_TICKETS, organizationId);
    await this.em.populate(tickets, ['organization', 'respondedBy', 'assignee']);
    return tickets;
  }
}
