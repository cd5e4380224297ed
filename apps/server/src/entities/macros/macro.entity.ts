import { Entity, Enum, ManyToOne, OptionalProps, PrimaryKey, Property, type Ref } from '@mikro-orm/core';
import { Field, ID, ObjectType, registerEnumType } from 'type-graphql';
import { User } from '../auth/user.entity.js';
import { ReplyTemplate } from '../reply-templates/reply-template.entity.js';
import { MessageKind, Resolution, TicketStatus } from '../tickets/ticket.enums.js';

/** Who holds the ticket after a macro (#19). */
export enum MacroAssignment {
  ME = 'ME',
  AGENT = 'AGENT',
  UNASSIGN = 'UNASSIGN',
}
registerEnumType(MacroAssignment, {
  name: 'MacroAssignment',
  description: 'A macro’s assignment step: ME (whoever applies it), AGENT (the named agent), UNASSIGN (back to the team)',
});

/**
 * A macro (#19): a reply template, a status change and an assignment applied
 * together, each step through the same service (and rules) as by hand.
 */
@ObjectType({ description: 'A macro (#19): a reply template, a status change and an assignment, applied to a ticket in one action' })
@Entity({ tableName: 'macros' })
export class Macro {
  [OptionalProps]?: 'replyTemplate' | 'replyKind' | 'targetStatus' | 'resolution' | 'assignment' | 'assignee' | 'createdAt' | 'updatedAt';

  @Field(() => ID)
  @PrimaryKey()
  id!: number;

  @Field()
  @Property({ length: 120 })
  name!: string;

  @Field({ description: "true: the team's, edited by team leads and admins; false: its owner's alone" })
  @Property()
  shared!: boolean;

  @ManyToOne({ entity: () => User, ref: true })
  owner!: Ref<User>;

  /** Deleting the template drops the macro's reply step, not the macro. */
  @ManyToOne({ entity: () => ReplyTemplate, ref: true, nullable: true, deleteRule: 'set null' })
  replyTemplate: Ref<ReplyTemplate> | null = null;

  @Field(() => MessageKind, { nullable: true, description: 'What the reply is: CLARIFYING_QUESTION, RECOMMENDATION, SOLUTION or UPDATE_PROVIDED; set with a template' })
  @Enum({ items: () => MessageKind, nullable: true })
  replyKind: MessageKind | null = null;

  @Field(() => TicketStatus, { nullable: true, description: 'IN_PROGRESS: take into work (startWork, SLA-2/3); CLOSED: close with `resolution`; null: no status step' })
  @Enum({ items: () => TicketStatus, nullable: true })
  targetStatus: TicketStatus | null = null;

  @Field(() => Resolution, { nullable: true, description: 'The resolution when the macro closes the ticket' })
  @Enum({ items: () => Resolution, nullable: true })
  resolution: Resolution | null = null;

  @Field(() => MacroAssignment, { nullable: true })
  @Enum({ items: () => MacroAssignment, nullable: true })
  assignment: MacroAssignment | null = null;

  @ManyToOne({ entity: () => User, ref: true, nullable: true, deleteRule: 'set null' })
  assignee: Ref<User> | null = null;

  @Field()
  @Property()
  createdAt: Date = new Date();

  @Field()
  @Property()
  updatedAt: Date = new Date();
}
