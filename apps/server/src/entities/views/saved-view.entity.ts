import { Entity, ManyToOne, OptionalProps, PrimaryKey, Property, type Ref } from '@mikro-orm/core';
import { User } from '../auth/user.entity.js';

/** The filters a view narrows tickets by, as stored (ids as strings, the way the API spells them). */
export interface StoredViewFilter {
  statuses?: string[];
  supportLevels?: string[];
  criticalities?: string[];
  categories?: string[];
  organizationIds?: string[];
  assigneeIds?: string[];
  assignedToMe?: boolean;
  unassigned?: boolean;
  escalated?: boolean;
  customerAnswered?: boolean;
  slaStates?: string[];
  text?: string;
}

/** A staff member's own view of tickets (#13): filters and an order, shown with a live count in "My work". */
@Entity({ tableName: 'saved_views' })
export class SavedView {
  [OptionalProps]?: 'position' | 'createdAt' | 'updatedAt';

  @PrimaryKey()
  id!: number;

  @ManyToOne({ entity: () => User, ref: true })
  owner!: Ref<User>;

  @Property({ length: 100 })
  name!: string;

  @Property({ type: 'json' })
  filter!: StoredViewFilter;

  /** A ViewSort value; SLA (the SLA-6 order) unless the user chose another. */
  @Property({ length: 30 })
  sort!: string;

  @Property()
  position: number = 0;

  @Property()
  createdAt: Date = new Date();

  @Property()
  updatedAt: Date = new Date();
}
