import { Entity, Enum, Index, ManyToOne, PrimaryKey, Property, type Ref } from '@mikro-orm/core';
import { User } from '../auth/user.entity.js';
import { Contact } from '../organizations/contact.entity.js';
import { Organization } from '../organizations/organization.entity.js';
import { Product } from '../organizations/product.entity.js';
import { Channel } from '../tickets/ticket.enums.js';
import { FaqArticle } from './faq-article.entity.js';
import { ProductDocument } from './product-document.entity.js';

/**
 * A request answered before it became a ticket (#19, the agreement's advice:
 * documentation, then the FAQ): who asked (a signed-in user, or a contact in
 * Telegram) what about which product, and the
 * article or document that answered it. Counted by the deflection report.
 */
@Entity({ tableName: 'self_service_resolutions' })
@Index({ name: 'self_service_product_created_idx', properties: ['product', 'createdAt'] })
export class SelfServiceResolution {
  @PrimaryKey()
  id!: number;

  /** Who asked, signed in (portal); null for a Telegram contact without an account. */
  @ManyToOne({ entity: () => User, ref: true, nullable: true })
  user: Ref<User> | null = null;

  /** The contact person who asked through the bot. */
  @ManyToOne({ entity: () => Contact, ref: true, nullable: true })
  contact: Ref<Contact> | null = null;

  @ManyToOne({ entity: () => Organization, ref: true, nullable: true })
  organization: Ref<Organization> | null = null;

  @ManyToOne({ entity: () => Product, ref: true, nullable: true })
  product: Ref<Product> | null = null;

  @Property({ length: 2000 })
  query!: string;

  @ManyToOne({ entity: () => FaqArticle, ref: true, nullable: true })
  article: Ref<FaqArticle> | null = null;

  @ManyToOne({ entity: () => ProductDocument, ref: true, nullable: true })
  document: Ref<ProductDocument> | null = null;

  @Enum({ items: () => Channel })
  channel!: Channel;

  @Property()
  createdAt!: Date;
}
