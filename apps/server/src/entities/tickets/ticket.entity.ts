import { Entity, Enum, Index, ManyToOne, PrimaryKey, Property, type Ref, OptionalProps } from '@mikro-orm/core';
import { Field, ID, Int, ObjectType } from 'type-graphql';
import { BootMode, Resolution, Channel, OsBitness, ReactionNoticeState, RejectionReason, TicketCategory, TicketStatus } from './ticket.enums.js';
import { Criticality, SlaOutcome, SupportLevel } from '../sla/sla.enums.js';
import { Contact } from '../organizations/contact.entity.js';
import { Organization } from '../organizations/organization.entity.js';
import { SupportContract } from '../organizations/support-contract.entity.js';
import { User } from '../auth/user.entity.js';
import { formatTicketNumber } from './ticket-number.js';

/**
 * A customer's request (section 2, "Заявка"). Queue order (SLA-6) lives in
 * indexed columns so the database pages the queue itself.
 */
@ObjectType({ description: "A customer's request to support (section 2)" })
@Entity({ tableName: 'tickets' })
@Index({ name: 'tickets_queue_order_idx', properties: ['status', 'priority', 'responseDueAt', 'receivedAt', 'id'] })
@Index({ name: 'tickets_awaiting_queue_idx', properties: ['awaitingReaction', 'priority', 'responseDueAt', 'receivedAt', 'id'] })
@Index({ name: 'tickets_responded_by_idx', properties: ['respondedBy', 'respondedAt'] })
@Index({ name: 'tickets_organization_received_idx', properties: ['organization', 'receivedAt'] })
@Index({ name: 'tickets_assignee_status_idx', properties: ['assignee', 'status'] })
@Index({ name: 'tickets_received_idx', properties: ['receivedAt', 'id'] })
@Index({ name: 'tickets_status_received_idx', properties: ['status', 'receivedAt', 'id'] })
@Index({ name: 'tickets_awaiting_at_risk_idx', properties: ['awaitingReaction', 'atRiskAlerted', 'atRiskAt'] })
@Index({ name: 'tickets_awaiting_breach_idx', properties: ['awaitingReaction', 'breachAlerted', 'responseDueAt'] })
@Index({ name: 'tickets_auto_close_idx', properties: ['status', 'autoCloseAt'] })
@Index({ name: 'tickets_my_work_idx', properties: ['assignee', 'status', 'customerAnsweredAt'] })
@Index({ name: 'tickets_escalated_idx', properties: ['status', 'escalationLevel'] })
@Index({ name: 'tickets_status_updated_idx', properties: ['status', 'updatedAt', 'id'] })
@Index({ name: 'tickets_resolution_report_idx', properties: ['closedAt', 'resolutionSeconds'] })
// SLA-9 counts the partial days at a period's ends from the index alone (reports/compliance-counts.ts);
// whole days come from compliance_rollup, kept by triggers on this table (migration compliance_rollup).
@Index({
  name: 'tickets_compliance_idx',
  properties: ['receivedAt', 'slaOutcome', 'slaLevel', 'supportLevel', 'slaCriticality', 'criticality', 'respondedAt', 'respondedBy', 'assignee', 'awaitingReaction', 'responseDueAt', 'organization'],
})
// SLA-9's undecided tickets past their deadline, counted live.
@Index({ name: 'tickets_undecided_idx', expression: 'create index tickets_undecided_idx on tickets (received_at) where sla_outcome is null and awaiting_reaction = true' })
export class Ticket {
  [OptionalProps]?: 'number' | 'version' | 'status' | 'respondedAt' | 'respondedBy' | 'awaitingReaction' | 'noticeState' | 'noticeChannel' | 'noticeProof' | 'noticeError' | 'serviceHours' | 'slaOutcome' | 'slaDecidedAt' | 'slaLevel' | 'slaCriticality' | 'slaDueAt' | 'slaResponseSeconds' | 'escalationLevel' | 'rejectionReason' | 'assignee' | 'createdBy' | 'productVersion' | 'buildNumber' | 'osVersion' | 'osBitness' | 'hardwareModel' | 'bootMode' | 'installedSoftware' | 'expectedResolutionAt' | 'createdAt' | 'updatedAt' | 'atRiskAlerted' | 'breachAlerted' | 'occursWhen' | 'stepsToReproduce' | 'errorText' | 'resolution' | 'resolutionNote' | 'thirdPartyVendor' | 'rejectionNote' | 'closedAt' | 'waitingSince' | 'autoCloseAt' | 'splitFrom' | 'continues' | 'customerAnsweredAt' | 'resolutionSeconds' | 'mergedInto';

  /** Also the ticket's sequence: the last tie-breaker of SLA-6. */
  @Field(() => ID)
  @PrimaryKey()
  id!: number;

  @Field({ description: 'Human-readable, unique, e.g. SD-000042' })
  get number(): string {
    return formatTicketNumber(this.id);
  }

  @Field()
  @Property({ length: 500 })
  subject!: string;

  @Field()
  @Property({ type: 'text' })
  description!: string;

  @Field(() => TicketCategory)
  @Enum({ items: () => TicketCategory })
  category!: TicketCategory;

  @Field(() => Criticality)
  @Enum({ items: () => Criticality })
  criticality!: Criticality;

  /** Taken from the contract at arrival, never from the request (SLA-8). */
  @Field(() => SupportLevel)
  @Enum({ items: () => SupportLevel })
  supportLevel!: SupportLevel;

  @Field(() => Int, { description: '1..4: P1 CRITICAL+EXTENDED … P4 NON_CRITICAL+BASIC (SLA-6)' })
  @Property()
  priority!: number;

  @Field(() => TicketStatus)
  @Enum({ items: () => TicketStatus })
  status: TicketStatus = TicketStatus.NEW;

  @Field(() => Channel)
  @Enum({ items: () => Channel })
  channel!: Channel;

  /** When the request reached support on its channel: the SLA clock's start (SLA-2). */
  @Field()
  @Property()
  receivedAt!: Date;

  @Field()
  @Property()
  responseDueAt!: Date;

  /** LVL-2: the service hours in force when the request arrived ("09:00-13:00,14:00-18:00"); null: 24×7. Its clock always counts in these. */
  @Property({ type: 'string', length: 200, nullable: true })
  serviceHours: string | null = null;

  /** When the SLA-7 share of the response time is used up. */
  @Field()
  @Property()
  atRiskAt!: Date;

  /** The reaction (SLA-2, SLA-3): when the first proof arrived that the customer received the "registered, work started" notice. */
  @Field(() => Date, { nullable: true, description: 'The reaction: when the customer demonstrably received the "registered, work started" notice (SLA-2, SLA-3)' })
  @Property({ type: 'datetime', nullable: true })
  respondedAt: Date | null = null;

  /** The agent who reacted: who held the ticket when the notice was proven, or who phoned (SLA-9). */
  @ManyToOne({ entity: () => User, ref: true, nullable: true })
  respondedBy: Ref<User> | null = null;

  /** In the queue and under SLA-7 timers: not yet reacted to, and neither closed nor refused (SLA-2, SLA-6). */
  @Property()
  awaitingReaction: boolean = true;

  /** The reaction notice (SLA-3): null until work starts. */
  @Enum({ items: () => ReactionNoticeState, nullable: true })
  noticeState: ReactionNoticeState | null = null;

  /** The channel of the notice while pending; of the proof once delivered. */
  @Enum({ items: () => Channel, nullable: true })
  noticeChannel: Channel | null = null;

  /** What proves receipt: the Message-ID and SMTP reply, the Telegram message id, who phoned. */
  @Property({ type: 'string', length: 1000, nullable: true })
  noticeProof: string | null = null;

  /** Why the last attempt failed, while the notice is FAILED. */
  @Property({ type: 'string', length: 1000, nullable: true })
  noticeError: string | null = null;

  @Field(() => SlaOutcome, { nullable: true, description: 'Decided once, at the reaction or at the breach, and never rewritten (SLA-9, SLA-10)' })
  @Enum({ items: () => SlaOutcome, nullable: true })
  slaOutcome: SlaOutcome | null = null;

  /** SLA-10: when the outcome was decided, and the terms in force then. */
  @Property({ type: 'datetime', nullable: true })
  slaDecidedAt: Date | null = null;

  @Enum({ items: () => SupportLevel, nullable: true })
  slaLevel: SupportLevel | null = null;

  @Enum({ items: () => Criticality, nullable: true })
  slaCriticality: Criticality | null = null;

  @Property({ type: 'datetime', nullable: true })
  slaDueAt: Date | null = null;

  /** The guaranteed response time in force (SLA-1), in service seconds. */
  @Property({ type: 'integer', nullable: true })
  slaResponseSeconds: number | null = null;

  @Field(() => Int)
  @Property()
  escalationLevel: number = 0;

  @Field(() => String, { nullable: true, description: 'Set when REJECTED (ID-2, TKT-7)' })
  @Enum({ items: () => RejectionReason, nullable: true })
  rejectionReason: RejectionReason | null = null;

  @ManyToOne({ entity: () => Organization, ref: true })
  organization!: Ref<Organization>;

  @ManyToOne({ entity: () => SupportContract, ref: true })
  contract!: Ref<SupportContract>;

  @ManyToOne({ entity: () => Contact, ref: true })
  contact!: Ref<Contact>;

  @ManyToOne({ entity: () => User, ref: true, nullable: true })
  assignee: Ref<User> | null = null;

  @ManyToOne({ entity: () => User, ref: true, nullable: true })
  createdBy: Ref<User> | null = null;

  // Appendix 1 (TKT-8): what the customer is asked to tell.
  @Field(() => String, { nullable: true })
  @Property({ type: 'string', length: 100, nullable: true })
  productVersion: string | null = null;

  @Field(() => String, { nullable: true })
  @Property({ type: 'string', length: 100, nullable: true })
  buildNumber: string | null = null;

  @Field(() => String, { nullable: true })
  @Property({ type: 'string', length: 200, nullable: true })
  osVersion: string | null = null;

  @Field(() => OsBitness, { nullable: true })
  @Enum({ items: () => OsBitness, nullable: true })
  osBitness: OsBitness | null = null;

  @Field(() => String, { nullable: true, description: 'Motherboard or device model (hardware products)' })
  @Property({ type: 'string', length: 200, nullable: true })
  hardwareModel: string | null = null;

  @Field(() => BootMode, { nullable: true })
  @Enum({ items: () => BootMode, nullable: true })
  bootMode: BootMode | null = null;

  @Field(() => String, { nullable: true })
  @Property({ type: 'text', nullable: true })
  installedSoftware: string | null = null;

  @Field(() => Date, { nullable: true, description: 'Agent-maintained, visible to the customer (TKT-9)' })
  @Property({ type: 'datetime', nullable: true })
  expectedResolutionAt: Date | null = null;

  // TKT-8: the detailed description, split as appendix 1 asks for it.
  @Field(() => String, { nullable: true, description: 'When the problem shows up' })
  @Property({ type: 'text', nullable: true })
  occursWhen: string | null = null;

  @Field(() => String, { nullable: true, description: 'The exact steps that lead to it' })
  @Property({ type: 'text', nullable: true })
  stepsToReproduce: string | null = null;

  @Field(() => String, { nullable: true, description: 'The exact text of the error messages' })
  @Property({ type: 'text', nullable: true })
  errorText: string | null = null;

  @Field(() => Resolution, { nullable: true, description: 'Set when CLOSED' })
  @Enum({ items: () => Resolution, nullable: true })
  resolution: Resolution | null = null;

  @Field(() => String, { nullable: true, description: 'What was done, or the recommendation (TKT-5)' })
  @Property({ type: 'text', nullable: true })
  resolutionNote: string | null = null;

  @Field(() => String, { nullable: true, description: 'THIRD_PARTY: the software vendor the customer should contact (TKT-5)' })
  @Property({ type: 'string', length: 300, nullable: true })
  thirdPartyVendor: string | null = null;

  @Field(() => String, { nullable: true, description: 'REJECTED: what the customer was told (TKT-7)' })
  @Property({ type: 'text', nullable: true })
  rejectionNote: string | null = null;

  @Field(() => Date, { nullable: true })
  @Property({ type: 'datetime', nullable: true })
  closedAt: Date | null = null;

  /** #14: measured once, at the close: service time from arrival to close, paused while WAITING_FOR_CUSTOMER (@desk/sla resolutionSeconds). */
  @Field(() => Int, {
    nullable: true,
    description: "Resolution time of a CLOSED ticket in service seconds: arrival to close in the ticket's service hours, the time waiting for the customer excluded",
  })
  @Property({ type: 'integer', nullable: true })
  resolutionSeconds: number | null = null;

  /** Since when the ticket waits for the customer (TKT-3). */
  @Field(() => Date, { nullable: true })
  @Property({ type: 'datetime', nullable: true })
  waitingSince: Date | null = null;

  /** TKT-3: closed as NO_CUSTOMER_RESPONSE at this instant unless the customer answers. */
  @Field(() => Date, { nullable: true, description: 'When a ticket waiting for the customer closes by itself (TKT-3)' })
  @Property({ type: 'datetime', nullable: true })
  autoCloseAt: Date | null = null;

  /** The customer answered and no agent has replied since: the "answered by the customer" part of My work. */
  @Field(() => Date, { nullable: true, description: 'When the customer answered and no agent has replied since ("answered by the customer")' })
  @Property({ type: 'datetime', nullable: true })
  customerAnsweredAt: Date | null = null;

  /** ID-3: the ticket this one was split from. */
  @ManyToOne({ entity: () => Ticket, ref: true, nullable: true })
  @Index({ name: 'tickets_split_from_idx' })
  splitFrom: Ref<Ticket> | null = null;

  /** TKT-4: the closed ticket this one continues. */
  @ManyToOne({ entity: () => Ticket, ref: true, nullable: true })
  continues: Ref<Ticket> | null = null;

  /** #19: closed as a DUPLICATE of this ticket, which carries its messages and files on (migration ticket_merge). */
  @ManyToOne({ entity: () => Ticket, ref: true, nullable: true })
  @Index({ name: 'tickets_merged_into_idx' })
  mergedInto: Ref<Ticket> | null = null;

  @Field()
  @Property()
  createdAt: Date = new Date();

  @Field()
  @Property({ onUpdate: () => new Date() })
  updatedAt: Date = new Date();

  /** Armed SLA-7 alerts already raised for the current deadline; a reclassification re-arms them. */
  @Property()
  atRiskAlerted: boolean = false;

  @Property()
  breachAlerted: boolean = false;

  /** Optimistic lock: two agents reacting at once cannot both win. */
  @Property({ version: true })
  version!: number;
}
