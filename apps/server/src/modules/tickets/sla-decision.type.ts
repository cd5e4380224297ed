import { Field, Int, ObjectType } from 'type-graphql';
import { Criticality, SlaOutcome, SupportLevel } from '../../entities/sla/sla.enums.js';
import type { Ticket } from '../../entities/tickets/ticket.entity.js';

@ObjectType({ description: 'The SLA outcome as decided once, with the terms in force at that moment (SLA-9, SLA-10)' })
export class SlaDecision {
  @Field(() => SlaOutcome)
  outcome!: SlaOutcome;

  @Field({ description: 'When it was decided: the reaction, or the deadline passing without one' })
  decidedAt!: Date;

  @Field(() => SupportLevel)
  supportLevel!: SupportLevel;

  @Field(() => Criticality)
  criticality!: Criticality;

  @Field({ description: 'The response deadline in force' })
  dueAt!: Date;

  @Field(() => Int, { description: 'The guaranteed response time in force (SLA-1), in service seconds' })
  responseSeconds!: number;

  @Field(() => String, { nullable: true, description: 'The service hours the time was counted in, "09:00-13:00,14:00-18:00"; null: 24×7 (LVL-2)' })
  serviceHours!: string | null;
}

/** The ticket's frozen outcome, or null while undecided. */
export function slaDecisionOf(ticket: Ticket): SlaDecision | null {
  const { slaOutcome, slaDecidedAt, slaLevel, slaCriticality, slaDueAt, slaResponseSeconds } = ticket;
  if (!slaOutcome || !slaDecidedAt || !slaLevel || !slaCriticality || !slaDueAt || slaResponseSeconds === null) return null;
  return {
    outcome: slaOutcome,
    decidedAt: slaDecidedAt,
    supportLevel: slaLevel,
    criticality: slaCriticality,
    dueAt: slaDueAt,
    responseSeconds: slaResponseSeconds,
    // Stored at arrival and never changed: the hours in force at the decision too.
    serviceHours: ticket.serviceHours,
  };
}
