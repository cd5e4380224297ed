import { Collection, Entity, Enum, Index, ManyToOne, OneToMany, OptionalProps, PrimaryKey, Property, Unique, type Ref } from '@mikro-orm/core';
import { Field, ID, ObjectType } from 'type-graphql';
import { FeatureRequestStatus } from './info-services.enums.js';
import { Organization } from '../organizations/organization.entity.js';
import { Product } from '../organizations/product.entity.js';
import { Ticket } from '../tickets/ticket.entity.js';
import { User } from '../auth/user.entity.js';
import { formatRecordNumber } from '../tickets/ticket-number.js';

export const FEATURE_REQUEST_NUMBER_PREFIX = 'FR-';

/** A proposal to improve a product (SVC-5), linked to every ticket that asked for it. */
@ObjectType({ description: 'A feature request (SVC-5): status and the tickets that asked for it' })
@Entity({ tableName: 'feature_requests' })
@Index({ properties: ['status', 'updatedAt'] })
export class FeatureRequest {
  [OptionalProps]?: 'product' | 'status' | 'statusNote' | 'createdBy' | 'number' | 'links' | 'version';

  @Field(() => ID)
  @PrimaryKey()
  id!: number;

  @Field({ description: 'Human-readable, e.g. FR-000012' })
  get number(): string {
    return formatRecordNumber(FEATURE_REQUEST_NUMBER_PREFIX, this.id);
  }

  @ManyToOne({ entity: () => Product, ref: true, nullable: true })
  product: Ref<Product> | null = null;

  @Field()
  @Property({ length: 500 })
  title!: string;

  @Field()
  @Property({ type: 'text' })
  description!: string;

  @Field(() => FeatureRequestStatus)
  @Enum({ items: () => FeatureRequestStatus })
  status: FeatureRequestStatus = FeatureRequestStatus.REGISTERED;

  @Field(() => String, { nullable: true, description: 'Why the status is what it is (e.g. the release it went into, why declined)' })
  @Property({ type: 'text', nullable: true })
  statusNote: string | null = null;

  @Field()
  @Property()
  statusChangedAt!: Date;

  @ManyToOne({ entity: () => User, ref: true, nullable: true })
  createdBy: Ref<User> | null = null;

  @Field()
  @Property()
  createdAt!: Date;

  @Field()
  @Property()
  updatedAt!: Date;

  /** The tickets that asked for it. */
  @OneToMany({ entity: () => FeatureRequestTicket, mappedBy: 'featureRequest' })
  links = new Collection<FeatureRequestTicket>(this);

  /** Optimistic lock: two status changes at once cannot both win silently. */
  @Property({ version: true })
  version!: number;
}

/** "This ticket asked for that feature" (SVC-5); the organization is copied so counting requesters needs no join. */
@Entity({ tableName: 'feature_request_tickets' })
@Unique({ properties: ['featureRequest', 'ticket'] })
@Index({ properties: ['ticket'] })
@Index({ properties: ['featureRequest', 'organization'] })
export class FeatureRequestTicket {
  [OptionalProps]?: 'linkedBy';

  @PrimaryKey()
  id!: number;

  @ManyToOne({ entity: () => FeatureRequest, ref: true, deleteRule: 'cascade' })
  featureRequest!: Ref<FeatureRequest>;

  @ManyToOne({ entity: () => Ticket, ref: true, deleteRule: 'cascade' })
  ticket!: Ref<Ticket>;

  @ManyToOne({ entity: () => Organization, ref: true })
  organization!: Ref<Organization>;

  @Property()
  linkedAt!: Date;

  @ManyToOne({ entity: () => User, ref: true, nullable: true })
  linkedBy: Ref<User> | null = null;
}
