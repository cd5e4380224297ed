import { Arg, Authorized, Ctx, Field, FieldResolver, Int, ObjectType, Query, Resolver, Root, registerEnumType } from 'type-graphql';
import { User } from '../../entities/auth/user.entity.js';
import type { RequestContext } from '../../graphql/context.js';
import { LEAD_ROLES } from '../../graphql/actor.js';
import type { ResolutionGroup } from './resolution-stats.js';
import { ResolutionTimeService } from './resolution-time.service.js';

export enum ResolutionDimension {
  LEVEL = 'LEVEL',
  CRITICALITY = 'CRITICALITY',
  CATEGORY = 'CATEGORY',
  AGENT = 'AGENT',
  MONTH = 'MONTH',
}
registerEnumType(ResolutionDimension, { name: 'ResolutionDimension', description: 'What the resolution-time report is grouped by (#14)' });

@ObjectType({ description: 'Resolution time of one group of closed tickets, in service seconds, waits for the customer excluded (#14)' })
export class ResolutionTimeRow {
  @Field(() => String, {
    nullable: true,
    description: 'The group: a level, criticality or category, an agent id, a month YYYY-MM (Moscow); null for tickets with no agent, and for the total',
  })
  key!: string | null;

  @Field(() => Int)
  count!: number;

  @Field(() => Int, { description: 'Median (percentile_cont 0.5)' })
  medianSeconds!: number;

  @Field(() => Int, { description: '90th percentile (percentile_cont 0.9)' })
  p90Seconds!: number;

  @Field(() => Int, { description: 'Sum over the group' })
  totalSeconds!: number;

  /** Grouped by AGENT: the agent's id (the key). */
  agentId!: number | null;
}

@ObjectType({ description: 'Resolution time of the tickets closed in a period (#14)' })
export class ResolutionTimeReport {
  @Field(() => ResolutionDimension, { nullable: true })
  groupBy!: ResolutionDimension | null;

  @Field(() => [ResolutionTimeRow], { description: 'One row per group, sorted by key; with no groupBy, one row of all' })
  rows!: ResolutionTimeRow[];

  @Field(() => ResolutionTimeRow, { description: 'All the tickets of the period together' })
  total!: ResolutionTimeRow;
}

@Resolver(() => ResolutionTimeRow)
export class ResolutionTimeResolver {
  @Authorized(...LEAD_ROLES)
  @Query(() => ResolutionTimeReport, {
    description: 'Team leads: median and p90 resolution time of the tickets closed from `from` to `to` (Moscow dates, inclusive), grouped by one dimension (#14)',
  })
  async resolutionTimes(
    @Arg('from', { description: 'YYYY-MM-DD, Moscow' }) from: string,
    @Arg('to', { description: 'YYYY-MM-DD, Moscow, inclusive' }) to: string,
    @Arg('groupBy', () => ResolutionDimension, { nullable: true }) groupBy: ResolutionDimension | null | undefined,
    @Ctx() ctx: RequestContext,
  ): Promise<ResolutionTimeReport> {
    const report = await new ResolutionTimeService(ctx.em).report(from, to, groupBy ?? null);
    const rowOf = (group: ResolutionGroup): ResolutionTimeRow => ({ ...group, agentId: groupBy === ResolutionDimension.AGENT && group.key ? Number(group.key) : null });
    return { groupBy: groupBy ?? null, rows: report.groups.map(rowOf), total: { ...report.total, agentId: null } };
  }

  @FieldResolver(() => User, { nullable: true, description: 'The agent of the row when grouped by AGENT' })
  agent(@Root() row: ResolutionTimeRow, @Ctx() ctx: RequestContext): Promise<User | null> {
    return row.agentId === null ? Promise.resolve(null) : ctx.em.findOne(User, row.agentId);
  }
}
