import { Arg, Authorized, Ctx, Extensions, Field, FieldResolver, Float, ID, InputType, Mutation, Query, Resolver, Root } from 'type-graphql';
import { CatalogFile } from '../../../entities/info-services/catalog-file.entity.js';
import { Certificate } from '../../../entities/info-services/certificate.entity.js';
import { CatalogFileKind } from '../../../entities/info-services/info-services.enums.js';
import { Product } from '../../../entities/organizations/product.entity.js';
import { ProductDocument } from '../../../entities/info-services/product-document.entity.js';
import { ProductRelease } from '../../../entities/info-services/product-release.entity.js';
import { ReleaseSubscription } from '../../../entities/info-services/release-subscription.entity.js';
import { actorOf } from '../../../graphql/auth-checker.js';
import type { RequestContext } from '../../../graphql/context.js';
import { STAFF_ROLES } from '../../../graphql/actor.js';
import { PER_VIEWER } from '../../../graphql/shared-subscription-execution.js';
import { renderMarkdown } from '../markdown.js';
import { catalogDownloadPath } from './catalog-routes.js';
import { CertificateService } from '../certificates/certificate.service.js';
import { documentationOf } from './documentation.resolver.js';
import { entitlementsOf } from './entitlement.js';
import { ReleaseService, type FileLinkFields, type ReleaseFields } from './release.service.js';
import { idOf } from '../../../common/ids.js';

@InputType({ description: 'A new version/build of a product (SVC-2)' })
export class CreateProductReleaseInput implements ReleaseFields {
  @Field(() => ID)
  productId!: string;

  @Field({ description: 'e.g. "8.0"' })
  version!: string;

  @Field({ description: 'e.g. "8.0.565"; unique per product' })
  build!: string;

  @Field(() => Boolean, { nullable: true, description: 'Passed certification; default false' })
  certified?: boolean | null;

  @Field(() => String, { nullable: true, description: 'Markdown' })
  releaseNotes?: string | null;

  @Field({ description: 'YYYY-MM-DD' })
  releasedOn!: string;
}

@InputType({ description: 'Changes to a release; fields left out stay as they are' })
export class UpdateProductReleaseInput implements ReleaseFields {
  @Field(() => String, { nullable: true })
  version?: string;

  @Field(() => String, { nullable: true })
  build?: string;

  @Field(() => Boolean, { nullable: true, description: 'Certifying a published release notifies its subscribers' })
  certified?: boolean | null;

  @Field(() => String, { nullable: true })
  releaseNotes?: string | null;

  @Field(() => String, { nullable: true })
  releasedOn?: string;
}

@InputType({ description: 'A release file kept at a URL (stored files are uploaded to POST /catalog/files)' })
export class ReleaseFileLinkInput implements FileLinkFields {
  @Field()
  fileName!: string;

  @Field({ description: 'http(s); shown only to those entitled to download' })
  url!: string;

  @Field(() => CatalogFileKind, { nullable: true, description: 'Default UPDATE' })
  kind?: CatalogFileKind | null;

  @Field(() => String, { nullable: true })
  description?: string | null;

  @Field(() => String, { nullable: true })
  contentType?: string | null;

  @Field(() => String, { nullable: true, description: 'SHA-256 of the content, hex, if known' })
  sha256?: string | null;
}

/** SVC-2: products, their releases and "new certified version" subscriptions. */
@Resolver(() => Product)
export class ProductCatalogResolver {
  @Query(() => [Product], { description: 'Public: the vendor\'s products' })
  products(@Ctx() ctx: RequestContext): Promise<Product[]> {
    return ctx.em.find(Product, {}, { orderBy: { name: 'asc' } });
  }

  @Query(() => Product, { nullable: true, description: 'Public: one product' })
  product(@Arg('id', () => ID) id: string, @Ctx() ctx: RequestContext): Promise<Product | null> {
    const productId = idOf(id);
    return productId === null ? Promise.resolve(null) : ctx.em.findOne(Product, productId);
  }

  @FieldResolver(() => [ProductRelease], { description: 'Published releases, newest first; staff may include drafts' })
  releases(
    @Root() product: Product,
    @Arg('certifiedOnly', () => Boolean, { defaultValue: false }) certifiedOnly: boolean,
    @Arg('includeUnpublished', () => Boolean, { defaultValue: false, description: 'Staff only' }) includeUnpublished: boolean,
    @Ctx() ctx: RequestContext,
  ): Promise<ProductRelease[]> {
    return new ReleaseService(ctx.em, ctx.app.clock).releases(ctx.actor, product.id, { certifiedOnly, includeUnpublished });
  }

  @FieldResolver(() => [Certificate], { description: 'Certificates in force (SVC-3), the latest-expiring first' })
  certificates(
    @Root() product: Product,
    @Arg('includeExpired', () => Boolean, { defaultValue: false }) includeExpired: boolean,
    @Ctx() ctx: RequestContext,
  ): Promise<Certificate[]> {
    return new CertificateService(ctx.em, ctx.app.clock).list({ productId: String(product.id), number: null, includeExpired });
  }

  @FieldResolver(() => [ProductDocument], { description: 'Current operating documentation first (SVC-4)' })
  documentation(@Root() product: Product, @Ctx() ctx: RequestContext): Promise<ProductDocument[]> {
    return documentationOf(ctx, product.id);
  }

  @FieldResolver(() => Boolean, {
    description: 'The caller may download its certified updates, firmware and documentation: staff, or active support today (LVL-3)',
  })
  downloadsAvailable(@Root() product: Product, @Ctx() ctx: RequestContext): Promise<boolean> {
    return entitlementsOf(ctx).mayDownload(product.id);
  }

  @Extensions({ [PER_VIEWER]: true })
  @FieldResolver(() => Boolean, { description: 'The caller is subscribed to its "new certified version" notices' })
  async subscribedToReleases(@Root() product: Product, @Ctx() ctx: RequestContext): Promise<boolean> {
    if (!ctx.actor) return false;
    return (await ctx.em.count(ReleaseSubscription, { user: ctx.actor.userId, product: product.id })) > 0;
  }
}

@Resolver(() => ProductRelease)
export class ProductReleaseResolver {
  @Query(() => [ProductRelease], { description: 'Public: releases of a product, newest first (SVC-2); staff may include drafts' })
  productReleases(
    @Arg('productId', () => ID) productId: string,
    @Arg('certifiedOnly', () => Boolean, { defaultValue: false }) certifiedOnly: boolean,
    @Arg('includeUnpublished', () => Boolean, { defaultValue: false, description: 'Staff only' }) includeUnpublished: boolean,
    @Ctx() ctx: RequestContext,
  ): Promise<ProductRelease[]> {
    const id = idOf(productId);
    if (id === null) return Promise.resolve([]);
    return new ReleaseService(ctx.em, ctx.app.clock).releases(ctx.actor, id, { certifiedOnly, includeUnpublished });
  }

  @Query(() => ProductRelease, { nullable: true, description: 'Public: one published release (drafts for staff)' })
  productRelease(@Arg('id', () => ID) id: string, @Ctx() ctx: RequestContext): Promise<ProductRelease | null> {
    return new ReleaseService(ctx.em, ctx.app.clock).get(ctx.actor, id);
  }

  @Authorized(...STAFF_ROLES)
  @Mutation(() => ProductRelease, { description: 'Staff: registers a release; `publish` makes it public at once (certified: subscribers are notified)' })
  createProductRelease(
    @Arg('input', () => CreateProductReleaseInput) input: CreateProductReleaseInput,
    @Arg('publish', () => Boolean, { defaultValue: false }) publish: boolean,
    @Ctx() ctx: RequestContext,
  ): Promise<ProductRelease> {
    return new ReleaseService(ctx.em, ctx.app.clock).create(input, publish, actorOf(ctx));
  }

  @Authorized(...STAFF_ROLES)
  @Mutation(() => ProductRelease, { description: 'Staff: edits a release; certifying a published one notifies subscribers' })
  updateProductRelease(
    @Arg('id', () => ID) id: string,
    @Arg('input', () => UpdateProductReleaseInput) input: UpdateProductReleaseInput,
    @Ctx() ctx: RequestContext,
  ): Promise<ProductRelease> {
    return new ReleaseService(ctx.em, ctx.app.clock).update(id, input, actorOf(ctx));
  }

  @Authorized(...STAFF_ROLES)
  @Mutation(() => ProductRelease, {
    description: 'Staff: makes a release public; a certified one sends "new certified version" notices to subscribers, once',
  })
  publishProductRelease(@Arg('id', () => ID) id: string, @Ctx() ctx: RequestContext): Promise<ProductRelease> {
    return new ReleaseService(ctx.em, ctx.app.clock).publish(id, actorOf(ctx));
  }

  @Authorized(...STAFF_ROLES)
  @Mutation(() => CatalogFile, { description: 'Staff: adds a file kept at a URL to a release' })
  addReleaseFileLink(
    @Arg('releaseId', () => ID) releaseId: string,
    @Arg('input', () => ReleaseFileLinkInput) input: ReleaseFileLinkInput,
    @Ctx() ctx: RequestContext,
  ): Promise<CatalogFile> {
    return new ReleaseService(ctx.em, ctx.app.clock).addFileLink(releaseId, input, actorOf(ctx));
  }

  @Authorized()
  @Mutation(() => ReleaseSubscription, {
    description: 'Notices by e-mail when a new certified version of the product is published; needs active support for it',
  })
  subscribeToCertifiedReleases(@Arg('productId', () => ID) productId: string, @Ctx() ctx: RequestContext): Promise<ReleaseSubscription> {
    return new ReleaseService(ctx.em, ctx.app.clock).subscribe(productId, actorOf(ctx));
  }

  @Authorized()
  @Mutation(() => Boolean, { description: 'Stops the notices; false when there was no subscription' })
  unsubscribeFromCertifiedReleases(@Arg('productId', () => ID) productId: string, @Ctx() ctx: RequestContext): Promise<boolean> {
    return new ReleaseService(ctx.em, ctx.app.clock).unsubscribe(productId, actorOf(ctx));
  }

  @Authorized()
  @Query(() => [ReleaseSubscription], { description: "The caller's release-notice subscriptions" })
  myReleaseSubscriptions(@Ctx() ctx: RequestContext): Promise<ReleaseSubscription[]> {
    return new ReleaseService(ctx.em, ctx.app.clock).subscriptionsOf(actorOf(ctx));
  }

  @FieldResolver(() => Product)
  product(@Root() release: ProductRelease): Promise<Product> {
    return release.product.loadOrFail({ dataloader: true });
  }

  @FieldResolver(() => String, { description: 'Release notes rendered as safe HTML' })
  releaseNotesHtml(@Root() release: ProductRelease): string {
    return renderMarkdown(release.releaseNotes);
  }

  @FieldResolver(() => [CatalogFile], { description: 'Updates, distributions and firmware of this release; metadata for all, downloads for the entitled' })
  async files(@Root() release: ProductRelease, @Ctx() ctx: RequestContext): Promise<CatalogFile[]> {
    return (await new ReleaseService(ctx.em, ctx.app.clock).filesOf([release.id])).get(release.id) ?? [];
  }
}

@Resolver(() => ReleaseSubscription)
export class ReleaseSubscriptionResolver {
  @FieldResolver(() => Product)
  product(@Root() subscription: ReleaseSubscription): Promise<Product> {
    return subscription.product.loadOrFail({ dataloader: true });
  }
}

/** Who may fetch a file is decided per caller: the metadata is public, the bytes and addresses are not. */
@Resolver(() => CatalogFile)
export class CatalogFileResolver {
  @FieldResolver(() => Float, { nullable: true, description: 'Bytes; null for a URL of unknown size' })
  size(@Root() file: CatalogFile): number | null {
    return file.size === null ? null : Number(file.size);
  }

  @FieldResolver(() => Boolean, { description: 'Kept at an external address rather than on this server' })
  external(@Root() file: CatalogFile): boolean {
    return file.url !== null;
  }

  @FieldResolver(() => Boolean, { description: 'The caller may download it: staff, or active support for the product today (LVL-3)' })
  available(@Root() file: CatalogFile, @Ctx() ctx: RequestContext): Promise<boolean> {
    return entitlementsOf(ctx).mayDownload(file.product.id);
  }

  @FieldResolver(() => String, {
    nullable: true,
    description: 'For those entitled: GET it with the Authorization: Bearer header (a path relative to the API origin; 302 for external files)',
  })
  async downloadUrl(@Root() file: CatalogFile, @Ctx() ctx: RequestContext): Promise<string | null> {
    return (await entitlementsOf(ctx).mayDownload(file.product.id)) ? catalogDownloadPath(file.id) : null;
  }

  @FieldResolver(() => String, { nullable: true, description: 'For those entitled: the external address, if it is kept elsewhere' })
  async url(@Root() file: CatalogFile, @Ctx() ctx: RequestContext): Promise<string | null> {
    return file.url !== null && (await entitlementsOf(ctx).mayDownload(file.product.id)) ? file.url : null;
  }

  @FieldResolver(() => Product)
  product(@Root() file: CatalogFile): Promise<Product> {
    return file.product.loadOrFail({ dataloader: true });
  }
}
