import { Arg, Authorized, Ctx, FieldResolver, ID, Mutation, Resolver, Root } from 'type-graphql';
import { Role } from '../../entities/auth/role.enum.js';
import { Contact } from '../../entities/organizations/contact.entity.js';
import { ProductKind } from '../../entities/organizations/organization.enums.js';
import { Organization } from '../../entities/organizations/organization.entity.js';
import { Product } from '../../entities/organizations/product.entity.js';
import { SupportContract } from '../../entities/organizations/support-contract.entity.js';
import { STAFF_ROLES } from '../../graphql/actor.js';
import type { RequestContext } from '../../graphql/context.js';
import { auditActorOf } from '../audit/index.js';
import { ContactDetailsInput, CreateOrganizationInput } from './contract.inputs.js';
import { OrganizationAdminService } from './organization-admin.service.js';

/** Admins: organizations, contacts, who a partner serves, products (#12). Staff read contacts and contracts. */
@Resolver(() => Organization)
export class OrganizationAdminResolver {
  @Authorized(Role.ADMIN)
  @Mutation(() => Organization, { description: 'Admins: a new customer or partner organization' })
  createOrganization(@Arg('input') input: CreateOrganizationInput, @Ctx() ctx: RequestContext): Promise<Organization> {
    return service(ctx).create(input);
  }

  @Authorized(Role.ADMIN)
  @Mutation(() => Organization, { description: 'Admins: renames an organization (requests match the new name, ID-2)' })
  renameOrganization(@Arg('id', () => ID) id: string, @Arg('name') name: string, @Ctx() ctx: RequestContext): Promise<Organization> {
    return service(ctx).rename(id, name);
  }

  @Authorized(Role.ADMIN)
  @Mutation(() => Organization, { description: "Admins: the customers a partner serves; its people's view follows at once" })
  setServedCustomers(
    @Arg('partnerId', () => ID) partnerId: string,
    @Arg('customerIds', () => [ID]) customerIds: string[],
    @Ctx() ctx: RequestContext,
  ): Promise<Organization> {
    return service(ctx).setServedCustomers(partnerId, customerIds);
  }

  @Authorized(Role.ADMIN)
  @Mutation(() => Contact, { description: "Admins: a customer organization's contact person" })
  createContact(@Arg('organizationId', () => ID) organizationId: string, @Arg('input') input: ContactDetailsInput, @Ctx() ctx: RequestContext): Promise<Contact> {
    return service(ctx).createContact(organizationId, input);
  }

  @Authorized(Role.ADMIN)
  @Mutation(() => Contact, { description: 'Admins: edits a contact person' })
  updateContact(@Arg('id', () => ID) id: string, @Arg('input') input: ContactDetailsInput, @Ctx() ctx: RequestContext): Promise<Contact> {
    return service(ctx).updateContact(id, input);
  }

  @Authorized(Role.ADMIN)
  @Mutation(() => Product, { description: "Admins: a product of the vendor's, for contracts to cover" })
  createProduct(@Arg('name') name: string, @Arg('kind', () => ProductKind) kind: ProductKind, @Ctx() ctx: RequestContext): Promise<Product> {
    return service(ctx).createProduct(name, kind);
  }

  @Authorized(...STAFF_ROLES)
  @FieldResolver(() => [Organization], { description: 'Staff: for a partner, the customers it serves' })
  servedCustomers(@Root() organization: Organization): Promise<Organization[]> {
    return organization.servedCustomers.loadItems();
  }

  @Authorized(...STAFF_ROLES)
  @FieldResolver(() => [Contact], { description: "Staff: the organization's contact persons" })
  contacts(@Root() organization: Organization, @Ctx() ctx: RequestContext): Promise<Contact[]> {
    return ctx.em.find(Contact, { organization: organization.id }, { orderBy: { fullName: 'asc', id: 'asc' } });
  }

  @Authorized(...STAFF_ROLES)
  @FieldResolver(() => [SupportContract], { description: "Staff: the organization's contracts" })
  supportContracts(@Root() organization: Organization, @Ctx() ctx: RequestContext): Promise<SupportContract[]> {
    return ctx.em.find(SupportContract, { organization: organization.id }, { orderBy: { id: 'asc' } });
  }
}

function service(ctx: RequestContext): OrganizationAdminService {
  return new OrganizationAdminService(ctx.em, { clock: ctx.app.clock, events: ctx.app.events, audit: auditActorOf(ctx) });
}
