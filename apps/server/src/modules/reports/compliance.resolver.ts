import { ref } from '@mikro-orm/core';
import { Arg, Ctx, Field, FieldResolver, Float, ID, InputType, Int, ObjectType, Query, Resolver, Root, registerEnumType, Authorized } from 'type-graphql';
import { checkPageSize } from '../../common/cursor.js';
import { parseId } from '../../common/ids.js';
import { Ticket } from '../../entities/tickets/ticket.entity.js';
import { Criticality, SlaOutcome, SupportLevel } from '../../entities/sla/sla.enums.js';
import { User } from '../../entities/auth/user.entity.js';
import type { RequestContext } from '../../graphql/context.js';
import { LEAD_ROLES } from '../../graphql/actor.js';
import type { ComplianceDimension as Dimension, ComplianceGroup, ComplianceKey } from './compliance.js';
import { ComplianceService } from './compliance.service.js';

export enum ComplianceDimension {
  LEVEL = 'LEVEL',
  CRITICALITY = 'CRITICALITY',
  AGENT = 'AGENT',
  WEEK = 'WEEK',
  MONTH = 'MONTH',
}
registerEnumType(ComplianceDimension, { name: 'ComplianceDimension', description: 'What SLA-9 compliance is grouped by' });

@ObjectType({ description: 'MET vs BREACHED for one group of tickets (SLA-9); ungrouped dimensions are null' })
export class ComplianceRow {
  @Field(() => SupportLevel, { nullable: true })
  supportLevel!: SupportLevel | null;

  @Field(() => Criticality, { nullable: true })
  criticality!: Criticality | null;

  agentId!: string | null;

  /** The agent, read with every other agent of the report in one query (slaCompliance); undefined: not read yet. */
  agent?: User | null;

  @Field(() => String, { nullable: true, description: 'Monday of the week (Moscow), YYYY-MM-DD' })
  week!: string | null;

  @Field(() => String, { nullable: true, description: 'YYYY-MM (Moscow)' })
  month!: string | null;

  @Field(() => Int)
  met!: number;

  @Field(() => Int)
  breached!: number;

  @Field(() => Int)
  total!: number;

  @Field(() => Float, { description: 'met / total, 0..1' })
  complianceRate!: number;
}

@InputType({ description: 'One cell of the SLA-9 report: the values of the dimensions it was grouped by; a field left out does not narrow' })
export class ComplianceCellInput {
  @Field(() => SupportLevel, { nullable: true })
  supportLevel?: SupportLevel | null;

  @Field(() => Criticality, { nullable: true })
  criticality?: Criticality | null;

  @Field(() => ID, { nullable: true, description: 'The agent who reacted' })
  agentId?: string | null;

  @Field(() => Boolean, { nullable: true, description: 'The row of tickets with no agent (agentId left out)' })
  noAgent?: boolean | null;

  @Field(() => String, { nullable: true, description: 'Monday of the week (Moscow), YYYY-MM-DD' })
  week?: string | null;

  @Field(() => String, { nullable: true, description: 'YYYY-MM (Moscow)' })
  month?: string | null;
}

@ObjectType({ description: 'The tickets behind one SLA-9 figure (drill-down)' })
export class ComplianceTickets {
  @Field(() => Int, { description: 'How many tickets the figure counts' })
  total!: number;

  @Field(() => [Ticket], { description: 'The first of them, oldest arrival first' })
  tickets!: Ticket[];
}

function keyOf(cell: ComplianceCellInput): ComplianceKey {
  const key: Partial<Record<Dimension, string | null>> = {};
  if (cell.supportLevel) key.LEVEL = cell.supportLevel;
  if (cell.criticality) key.CRITICALITY = cell.criticality;
  if (cell.agentId) key.AGENT = String(parseId(cell.agentId, 'cell.agentId'));
  else if (cell.noAgent) key.AGENT = null;
  if (cell.week) key.WEEK = cell.week;
  if (cell.month) key.MONTH = cell.month;
  return key;
}

function toRow(group: ComplianceGroup): ComplianceRow {
  const total = group.met + group.breached;
  return {
    supportLevel: (group.key.LEVEL as SupportLevel | undefined) ?? null,
    criticality: (group.key.CRITICALITY as Criticality | undefined) ?? null,
    agentId: group.key.AGENT ?? null,
    week: group.key.WEEK ?? null,
    month: group.key.MONTH ?? null,
    met: group.met,
    breached: group.breached,
    total,
    complianceRate: total === 0 ? 1 : group.met / total,
  };
}

/**
 * Every agent of a report grouped by AGENT, in one query (#17): grouped by
 * agent and month a report has a row per agent, and a lookup each made its
 * latency grow with the desk; a dataloader per row still cost a promise and a
 * reference each (≈ 430 rows at a million tickets).
 */
async function attachAgents(ctx: RequestContext, rows: ComplianceRow[]): Promise<void> {
  const ids = [...new Set(rows.flatMap((row) => (row.agentId ? [Number(row.agentId)] : [])))];
  const users = ids.length > 0 ? await ctx.em.find(User, { id: { $in: ids } }) : [];
  const byId = new Map(users.map((user) => [String(user.id), user]));
  for (const row of rows) row.agent = row.agentId ? (byId.get(row.agentId) ?? null) : null;
}

@Resolver(() => ComplianceRow)
export class ComplianceResolver {
  @Authorized(...LEAD_ROLES)
  @Query(() => [ComplianceRow], { description: 'Team leads: response-time compliance of tickets that arrived in [from, to) (SLA-9)' })
  async slaCompliance(
    @Arg('from', () => Date) from: Date,
    @Arg('to', () => Date) to: Date,
    @Arg('groupBy', () => [ComplianceDimension], { defaultValue: [] }) groupBy: ComplianceDimension[],
    @Ctx() ctx: RequestContext,
  ): Promise<ComplianceRow[]> {
    const groups = await new ComplianceService(ctx.em, ctx.app.clock).report(from, to, groupBy as Dimension[]);
    const rows = groups.map(toRow);
    if (groupBy.includes(ComplianceDimension.AGENT)) await attachAgents(ctx, rows);
    return rows;
  }

  @Authorized(...LEAD_ROLES)
  @Query(() => ComplianceTickets, {
    description: 'Team leads: the tickets behind one figure of slaCompliance (SLA-9): its cell, and MET or BREACHED for one column; the rows add up to the report',
  })
  async slaComplianceTickets(
    @Arg('from', () => Date) from: Date,
    @Arg('to', () => Date) to: Date,
    @Arg('cell', () => ComplianceCellInput, { defaultValue: {} }) cell: ComplianceCellInput,
    @Arg('outcome', () => SlaOutcome, { nullable: true }) outcome: SlaOutcome | null | undefined,
    @Arg('first', () => Int, { defaultValue: 50 }) first: number,
    @Ctx() ctx: RequestContext,
  ): Promise<ComplianceTickets> {
    checkPageSize(first);
    return new ComplianceService(ctx.em, ctx.app.clock).tickets(from, to, keyOf(cell), outcome ?? null, first);
  }

  @FieldResolver(() => User, { nullable: true, description: 'The agent who reacted when grouped by AGENT (a ticket still waiting: its holder); null for none' })
  agent(@Root() row: ComplianceRow, @Ctx() ctx: RequestContext): User | null | Promise<User | null> {
    // Read with the report (attachAgents): no promise, reference or batch per row (#17: 430 rows by agent and month).
    if (row.agent !== undefined) return row.agent;
    return row.agentId ? ref(ctx.em.getReference(User, Number(row.agentId))).load({ dataloader: true }).then((user) => user ?? null) : null;
  }
}
