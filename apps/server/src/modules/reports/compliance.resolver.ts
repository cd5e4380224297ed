import { Arg, Ctx, Field, FieldResolver, Float, Int, ObjectType, Query, Resolver, Root, registerEnumType, Authorized } from 'type-graphql';
import { Criticality, SupportLevel } from '../../entities/sla/sla.enums.js';
import { User } from '../../entities/auth/user.entity.js';
import type { RequestContext } from '../../graphql/context.js';
import { LEAD_ROLES } from '../../graphql/actor.js';
import type { ComplianceDimension as Dimension, ComplianceGroup } from './compliance.js';
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
    return groups.map(toRow);
  }

  @FieldResolver(() => User, { nullable: true, description: 'The assignee when grouped by AGENT; null for unassigned tickets' })
  agent(@Root() row: ComplianceRow, @Ctx() ctx: RequestContext): Promise<User | null> {
    return row.agentId ? ctx.em.findOne(User, Number(row.agentId)) : Promise.resolve(null);
  }
}
