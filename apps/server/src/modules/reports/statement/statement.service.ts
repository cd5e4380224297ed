import type { EntityManager } from '@mikro-orm/core';
import { addDays, moscowDateOf } from '@desk/sla';
import type { Clock } from '../../../common/clock.js';
import { NotFound } from '../../../common/errors.js';
import { Organization } from '../../../entities/organizations/organization.entity.js';
import { SupportContract } from '../../../entities/organizations/support-contract.entity.js';
import type { ComplianceGroup } from '../compliance.js';
import { ComplianceService } from '../compliance.service.js';
import { ReportExports } from '../exports/report-exports.js';
import { ticketLineOf, type TicketLine } from '../exports/ticket-line.js';
import type { StatementArgs } from './statement-request.js';

export interface StatementContract {
  readonly identifier: string;
  readonly product: string;
  readonly supportLevel: string;
  readonly validFrom: string;
  readonly validUntil: string;
}

/** What a vendor sends a customer for one month (SLA-9): its tickets, their terms, proofs and outcomes, and the totals. */
export interface MonthlyStatement {
  readonly organization: string;
  readonly month: string;
  /** The month's first and last Moscow day, inclusive. */
  readonly firstDay: string;
  readonly lastDay: string;
  readonly contracts: readonly StatementContract[];
  readonly lines: readonly TicketLine[];
  /** The SLA-9 report for this customer and month by level and criticality: the sums of `lines`. */
  readonly totals: readonly ComplianceGroup[];
  readonly generatedAt: Date;
}

/**
 * The monthly per-customer SLA statement: the same rows as the SLA-9 report
 * narrowed to one organization, so its totals are the report's figures for
 * that customer and its lines are the drill-down of those figures.
 */
export async function monthlyStatement(em: EntityManager, clock: Clock, args: StatementArgs): Promise<MonthlyStatement> {
  const organization = await em.findOne(Organization, args.organizationId);
  if (!organization) throw new NotFound('Organization', args.organizationId);
  const firstDay = moscowDateOf(args.from);
  const lastDay = addDays(moscowDateOf(args.to), -1);
  const contracts = await em.find(
    SupportContract,
    { organization, validFrom: { $lte: lastDay }, validUntil: { $gte: firstDay } },
    { populate: ['product'], orderBy: { identifier: 'asc' } },
  );
  const tickets = await new ReportExports(em, clock).ticketsOf(args.from, args.to, {}, null, organization.id);
  const totals = await new ComplianceService(em, clock).report(args.from, args.to, ['LEVEL', 'CRITICALITY'], organization.id);
  return {
    organization: organization.name,
    month: args.month,
    firstDay,
    lastDay,
    contracts: contracts.map((c) => ({
      identifier: c.identifier,
      product: c.product.getEntity().name,
      supportLevel: c.supportLevel,
      validFrom: c.validFrom,
      validUntil: c.validUntil,
    })),
    lines: tickets.map(ticketLineOf),
    totals,
    generatedAt: clock.now(),
  };
}
