import { Arg, Authorized, Ctx, Field, FieldResolver, ID, InputType, Int, Mutation, Query, Resolver, Root, Subscription } from 'type-graphql';
import { moscowDateOf } from '@desk/sla';
import { Forbidden, NotAuthenticated } from '../../../common/errors.js';
import { Certificate } from '../../../entities/info-services/certificate.entity.js';
import { CertificateExpiryAlert } from '../../../entities/info-services/certificate-expiry-alert.entity.js';
import { Product } from '../../../entities/organizations/product.entity.js';
import { SupportContract } from '../../../entities/organizations/support-contract.entity.js';
import { Ticket } from '../../../entities/tickets/ticket.entity.js';
import { actorOf } from '../../../graphql/auth-checker.js';
import type { RequestContext } from '../../../graphql/context.js';
import { isStaff, STAFF_ROLES } from '../../../graphql/actor.js';
import type { RealtimeContext } from '../../realtime/index.js';
import { CertificateService, type CertificateFields } from './certificate.service.js';

@InputType({ description: 'A product certificate (SVC-3)' })
export class CreateCertificateInput implements CertificateFields {
  @Field(() => ID)
  productId!: string;

  @Field({ description: 'As printed, e.g. "№ 2720"' })
  number!: string;

  @Field({ description: 'e.g. "ФСТЭК России"' })
  issuer!: string;

  @Field(() => String, { nullable: true, description: 'Versions covered, e.g. "8.0"' })
  productVersions?: string | null;

  @Field({ description: 'YYYY-MM-DD' })
  validFrom!: string;

  @Field({ description: 'Last day of validity, YYYY-MM-DD; staff are alerted 90, 30 and 7 days before' })
  validUntil!: string;

  @Field(() => String, { nullable: true })
  description?: string | null;
}

@InputType({ description: 'Changes to a certificate; a new validUntil (renewal) re-arms its expiry alerts' })
export class UpdateCertificateInput implements CertificateFields {
  @Field(() => ID, { nullable: true })
  productId?: string;

  @Field(() => String, { nullable: true })
  number?: string;

  @Field(() => String, { nullable: true })
  issuer?: string;

  @Field(() => String, { nullable: true })
  productVersions?: string | null;

  @Field(() => String, { nullable: true })
  validFrom?: string;

  @Field(() => String, { nullable: true })
  validUntil?: string;

  @Field(() => String, { nullable: true })
  description?: string | null;
}

function requireStaff(ctx: RequestContext): void {
  if (!ctx.actor) throw new NotAuthenticated();
  if (!isStaff(ctx.actor)) throw new Forbidden('Certificate expiry alerts are for support staff');
}

/** SVC-3: certificates customers look up (they answer CERTIFICATE_INFO requests), and expiry alerts for staff. */
@Resolver(() => Certificate)
export class CertificateResolver {
  @Query(() => [Certificate], {
    description:
      'Public: certificates in force (lapsed ones on request), by product and/or number ("№ 2720" = "2720"), the latest-expiring first',
  })
  certificates(
    @Arg('productId', () => ID, { nullable: true }) productId: string | null,
    @Arg('number', () => String, { nullable: true }) number: string | null,
    @Arg('includeExpired', () => Boolean, { defaultValue: false }) includeExpired: boolean,
    @Ctx() ctx: RequestContext,
  ): Promise<Certificate[]> {
    return new CertificateService(ctx.em, ctx.app.clock).list({ productId, number, includeExpired });
  }

  @Authorized(...STAFF_ROLES)
  @Mutation(() => Certificate, { description: 'Staff: registers a certificate and arms its 90/30/7-day expiry alerts' })
  createCertificate(@Arg('input', () => CreateCertificateInput) input: CreateCertificateInput, @Ctx() ctx: RequestContext): Promise<Certificate> {
    return new CertificateService(ctx.em, ctx.app.clock).create(input, actorOf(ctx));
  }

  @Authorized(...STAFF_ROLES)
  @Mutation(() => Certificate, { description: 'Staff: corrects or renews a certificate' })
  updateCertificate(
    @Arg('id', () => ID) id: string,
    @Arg('input', () => UpdateCertificateInput) input: UpdateCertificateInput,
    @Ctx() ctx: RequestContext,
  ): Promise<Certificate> {
    return new CertificateService(ctx.em, ctx.app.clock).update(id, input, actorOf(ctx));
  }

  @FieldResolver(() => Product)
  product(@Root() certificate: Certificate): Promise<Product> {
    return certificate.product.loadOrFail({ dataloader: true });
  }

  @FieldResolver(() => Boolean, { description: 'Valid today (Moscow)' })
  active(@Root() certificate: Certificate, @Ctx() ctx: RequestContext): boolean {
    const today = moscowDateOf(ctx.app.clock.now());
    return certificate.validFrom <= today && today <= certificate.validUntil;
  }

  @FieldResolver(() => Int, { description: 'Days of validity left, counting today; 0 or less once lapsed' })
  daysLeft(@Root() certificate: Certificate, @Ctx() ctx: RequestContext): number {
    return new CertificateService(ctx.em, ctx.app.clock).daysLeft(certificate);
  }
}

@Resolver(() => CertificateExpiryAlert)
export class CertificateAlertResolver {
  @Authorized(...STAFF_ROLES)
  @Query(() => [CertificateExpiryAlert], { description: 'Staff: certificate expiry alerts raised so far, newest first (SVC-3)' })
  certificateExpiryAlerts(
    @Arg('certificateId', () => ID, { nullable: true }) certificateId: string | null,
    @Arg('first', () => Int, { defaultValue: 50 }) first: number,
    @Ctx() ctx: RequestContext,
  ): Promise<CertificateExpiryAlert[]> {
    return new CertificateService(ctx.em, ctx.app.clock).alerts({ certificateId, first });
  }

  @Subscription(() => CertificateExpiryAlert, {
    description: 'Staff: each certificate expiry alert (90, 30, 7 days before) as it is raised, once, by whichever server raised it',
    subscribe: ({ context }) => {
      const ctx = context as RealtimeContext;
      requireStaff(ctx);
      return ctx.app.live.pubSub.subscribe('CERTIFICATE_ALERT');
    },
  })
  certificateExpiryAlert(@Root() alert: CertificateExpiryAlert): CertificateExpiryAlert {
    return alert;
  }

  @FieldResolver(() => Certificate)
  certificate(@Root() alert: CertificateExpiryAlert): Promise<Certificate> {
    return alert.certificate.loadOrFail({ dataloader: true });
  }

  @FieldResolver(() => String, { description: 'The alert in one Russian sentence, for the console' })
  async message(@Root() alert: CertificateExpiryAlert): Promise<string> {
    const certificate = await alert.certificate.loadOrFail({ dataloader: true });
    const product = await certificate.product.loadOrFail({ dataloader: true });
    const [year, month, day] = alert.validUntil.split('-');
    return `Сертификат ${certificate.number} (${certificate.issuer}) на ${product.name} действует до ${day}.${month}.${year}: осталось ${alert.thresholdDays} ${daysWord(alert.thresholdDays)}.`;
  }
}

/** `Ticket.productCertificates`: what a CERTIFICATE_INFO request asks, at hand for the agent and the customer. */
@Resolver(() => Ticket)
export class TicketCertificatesResolver {
  @FieldResolver(() => [Certificate], {
    description: "Certificates in force for the ticket's product (SVC-3): the answer to a CERTIFICATE_INFO request",
  })
  async productCertificates(@Root() ticket: Ticket, @Ctx() ctx: RequestContext): Promise<Certificate[]> {
    const contract: SupportContract = await ticket.contract.loadOrFail({ dataloader: true });
    return new CertificateService(ctx.em, ctx.app.clock).list({ productId: String(contract.product.id), number: null, includeExpired: false });
  }
}

function daysWord(n: number): string {
  const [tens, units] = [n % 100, n % 10];
  if (tens >= 11 && tens <= 14) return 'дней';
  if (units === 1) return 'день';
  return units >= 2 && units <= 4 ? 'дня' : 'дней';
}
