import { Arg, Authorized, Ctx, Mutation, Query, Resolver } from 'type-graphql';
import { Role } from '../../entities/auth/role.enum.js';
import { SupportLevel } from '../../entities/sla/sla.enums.js';
import { auditActorOf } from '../audit/index.js';
import type { SlaContext } from './sla-services.js';
import { ServiceHoursOfLevel, ServicePeriodInput } from './service-hours.types.js';

@Resolver()
export class ServiceHoursResolver {
  @Authorized(Role.ADMIN)
  @Query(() => [ServiceHoursOfLevel], { description: 'Admin: the service hours of each level, in force now and every version (LVL-2, #14)' })
  serviceHours(@Ctx() ctx: SlaContext): Promise<ServiceHoursOfLevel[]> {
    return ctx.app.serviceHours.levels();
  }

  @Authorized(Role.ADMIN)
  @Mutation(() => ServiceHoursOfLevel, {
    description:
      "Admin: a level's service hours from effectiveFrom (default now) — one or several periods a day, or none for 24×7 (EXTENDED only); tickets registered before keep theirs (LVL-2, SLA-10)",
  })
  setServiceHours(
    @Arg('supportLevel', () => SupportLevel) supportLevel: SupportLevel,
    @Arg('periods', () => [ServicePeriodInput], { nullable: true, description: 'Omit or null for 24×7' }) periods: ServicePeriodInput[] | null | undefined,
    @Arg('effectiveFrom', () => Date, { nullable: true }) effectiveFrom: Date | null | undefined,
    @Ctx() ctx: SlaContext,
  ): Promise<ServiceHoursOfLevel> {
    return ctx.app.serviceHours.change({ supportLevel, periods: periods ?? null, effectiveFrom: effectiveFrom ?? null }, auditActorOf(ctx));
  }
}
