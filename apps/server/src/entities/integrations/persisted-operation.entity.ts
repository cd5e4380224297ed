import { Entity, OptionalProps, PrimaryKey, Property } from '@mikro-orm/core';
import { Field, ID, ObjectType } from 'type-graphql';

/**
 * An operation on the allow-list of partner API tokens (#18): when the admins switch enforcement on,
 * a request made with a partner's API token runs only documents whose SHA-256 is listed here.
 */
@ObjectType({ description: 'An operation a partner API token may run while the allow-list is enforced (#18)' })
@Entity({ tableName: 'persisted_operations' })
export class PersistedOperation {
  [OptionalProps]?: 'createdAt';

  @Field(() => ID)
  @PrimaryKey()
  id!: number;

  @Field({ description: 'The operation name the document declares, as integrators know it' })
  @Property({ length: 120, unique: true })
  name!: string;

  @Field({ description: 'The GraphQL document, exactly as clients send it' })
  @Property({ type: 'text' })
  document!: string;

  @Field({ description: 'Hex SHA-256 of the document: the hash of automatic persisted queries (APQ)' })
  @Property({ length: 64, unique: true })
  sha256!: string;

  @Field()
  @Property()
  createdAt: Date = new Date();
}
