import { Arg, Authorized, Ctx, Field, FieldResolver, ID, InputType, Mutation, Query, Resolver, Root } from 'type-graphql';
import { CatalogFile } from '../../../entities/info-services/catalog-file.entity.js';
import { Product } from '../../../entities/organizations/product.entity.js';
import { ProductDocument } from '../../../entities/info-services/product-document.entity.js';
import { actorOf } from '../../../graphql/auth-checker.js';
import type { RequestContext } from '../../../graphql/context.js';
import { STAFF_ROLES } from '../../../graphql/actor.js';
import { catalogDownloadPath } from './catalog-routes.js';
import { entitlementsOf } from './entitlement.js';
import { DocumentationService, type DocumentFields } from './documentation.service.js';
import { idOf } from '../../../common/ids.js';

@InputType({ description: 'Operating documentation of a product version: a URL or an uploaded file (SVC-4)' })
export class AddProductDocumentInput implements DocumentFields {
  @Field(() => ID)
  productId!: string;

  @Field({ description: 'e.g. "Руководство администратора"' })
  title!: string;

  @Field({ description: 'Product version (or build) documented, e.g. "8.0.565"' })
  productVersion!: string;

  @Field(() => String, { nullable: true, description: 'Edition of the document, e.g. "ред. 3"' })
  edition?: string | null;

  @Field({ description: 'Issue date, YYYY-MM-DD' })
  publishedOn!: string;

  @Field(() => String, { nullable: true, description: 'http(s) address of the document' })
  url?: string | null;

  @Field(() => ID, { nullable: true, description: 'A file uploaded to POST /catalog/files?productId=…&kind=DOCUMENTATION' })
  fileId?: string | null;
}

type Listing = { documents: ProductDocument[]; latest: ReadonlySet<number> };
const listings = new WeakMap<RequestContext, Map<number, Promise<Listing>>>();

function listingOf(ctx: RequestContext, productId: number): Promise<Listing> {
  let byProduct = listings.get(ctx);
  if (!byProduct) listings.set(ctx, (byProduct = new Map()));
  let listing = byProduct.get(productId);
  if (!listing) byProduct.set(productId, (listing = new DocumentationService(ctx.em, ctx.app.clock).list(productId)));
  return listing;
}

/** The product's documentation, current editions first (read once per request). */
export async function documentationOf(ctx: RequestContext, productId: number): Promise<ProductDocument[]> {
  return (await listingOf(ctx, productId)).documents;
}

/** SVC-4: current operating documentation per product version. */
@Resolver(() => ProductDocument)
export class DocumentationResolver {
  @Query(() => [ProductDocument], {
    description: 'Public list: operating documentation of a product, the current (latest) editions first; addresses for the entitled',
  })
  documentation(@Arg('productId', () => ID) productId: string, @Ctx() ctx: RequestContext): Promise<ProductDocument[]> {
    const id = idOf(productId);
    return id === null ? Promise.resolve([]) : documentationOf(ctx, id);
  }

  @Authorized(...STAFF_ROLES)
  @Mutation(() => ProductDocument, { description: 'Staff: publishes a document; a newer edition of the same title becomes the latest' })
  addProductDocument(@Arg('input', () => AddProductDocumentInput) input: AddProductDocumentInput, @Ctx() ctx: RequestContext): Promise<ProductDocument> {
    return new DocumentationService(ctx.em, ctx.app.clock).add(input, actorOf(ctx));
  }

  @Authorized(...STAFF_ROLES)
  @Mutation(() => Boolean, { description: 'Staff: stops listing a document; false if it was already withdrawn' })
  withdrawProductDocument(@Arg('id', () => ID) id: string, @Ctx() ctx: RequestContext): Promise<boolean> {
    return new DocumentationService(ctx.em, ctx.app.clock).withdraw(id, actorOf(ctx));
  }

  @FieldResolver(() => Boolean, { description: 'The current edition: the newest of this title for the product' })
  async latest(@Root() document: ProductDocument, @Ctx() ctx: RequestContext): Promise<boolean> {
    return (await listingOf(ctx, document.product.id)).latest.has(document.id);
  }

  @FieldResolver(() => Product)
  product(@Root() document: ProductDocument): Promise<Product> {
    return document.product.loadOrFail({ dataloader: true });
  }

  @FieldResolver(() => Boolean, { description: 'The caller may open it: staff, or active support for the product today' })
  available(@Root() document: ProductDocument, @Ctx() ctx: RequestContext): Promise<boolean> {
    return entitlementsOf(ctx).mayDownload(document.product.id);
  }

  @FieldResolver(() => String, { nullable: true, description: 'For those entitled: where to read it (the URL, or the stored file\'s download path)' })
  async downloadUrl(@Root() document: ProductDocument, @Ctx() ctx: RequestContext): Promise<string | null> {
    if (!(await entitlementsOf(ctx).mayDownload(document.product.id))) return null;
    return document.file ? catalogDownloadPath(document.file.id) : document.url;
  }

  @FieldResolver(() => CatalogFile, { nullable: true, description: 'The stored file, if any (metadata)' })
  file(@Root() document: ProductDocument): Promise<CatalogFile | null> {
    return document.file ? document.file.loadOrFail({ dataloader: true }) : Promise.resolve(null);
  }
}
