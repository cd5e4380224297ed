import type { EntityManager } from '@mikro-orm/core';
import { idOf } from '../../common/ids.js';
import type { ProblemList } from '../../common/errors.js';
import { Product } from '../../entities/organizations/product.entity.js';

/** The product an input names, or null with a problem on `input.productId` when it names none. */
export async function knownProduct(em: EntityManager, productId: string | null | undefined, problems: ProblemList): Promise<Product | null> {
  const id = productId ? idOf(productId) : null;
  const product = id === null ? null : await em.findOne(Product, id);
  if (!product) problems.add('input.productId', 'is not a known product');
  return product;
}
