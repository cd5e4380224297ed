import { Entity, Enum, PrimaryKey, Property } from '@mikro-orm/core';
import { Field, ID, ObjectType } from 'type-graphql';
import { ProductKind } from './organization.enums.js';

@ObjectType({ description: "A software or hardware item made by the vendor" })
@Entity({ tableName: 'products' })
export class Product {
  @Field(() => ID)
  @PrimaryKey()
  id!: number;

  @Field()
  @Property({ length: 200, unique: true })
  name!: string;

  @Field(() => ProductKind)
  @Enum({ items: () => ProductKind })
  kind!: ProductKind;
}
