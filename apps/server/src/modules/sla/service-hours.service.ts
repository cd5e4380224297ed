import type { EntityManager } from '@mikro-orm/core';
import { formatServicePeriods, formatTimeOfDay, parseServicePeriods, type ServicePeriods } from '@desk/sla';
import type { Clock } from '../../common/clock.js';
import { ClusterCopy } from '../../infra/events/cluster-copy.js';
import type { EventBus } from '../../infra/events/domain-events.js';
import { ProblemList } from '../../common/errors.js';
import { checkSupportedInstant } from '../../common/time-range.js';
import { AuditKind } from '../../entities/audit/audit.enums.js';
import { User } from '../../entities/auth/user.entity.js';
import { ServiceHoursSetting } from '../../entities/sla/service-hours-setting.entity.js';
import { SupportLevel } from '../../entities/sla/sla.enums.js';
import { AuditLog, type AuditActor } from '../audit/index.js';
import { periodsFromInput } from './service-hours-input.js';
import type { ServiceHoursOfLevel, ServiceHoursVersion, ServicePeriodInput } from './service-hours.types.js';

export interface ServiceHoursChange {
  readonly supportLevel: SupportLevel;
  /** null: 24×7, EXTENDED only. */
  readonly periods: readonly ServicePeriodInput[] | null;
  /** Default now; never in the past, so the history stays what tickets were registered under. */
  readonly effectiveFrom: Date | null;
}

/**
 * Service hours per level as versioned data (LVL-2, #14). A change is a new
 * row in force from its instant: tickets registered from then on take it (and
 * keep a copy, SLA-10); tickets registered before keep theirs. Until the
 * first change a level has its default: BASIC SERVICE_HOURS_BASIC (the
 * agreement's 09:00–18:00 unless set), EXTENDED 24×7.
 *
 * Every process keeps all versions in memory (a handful of rows, ClusterCopy):
 * a registration reads none (#17, one round trip less a ticket). Versions in
 * force later are in the copy already; only a change made on another process
 * is news, and that process tells every one at commit. A change is never in
 * force before it was made, so a copy told at once is as exact as reading the
 * row per registration was.
 */
export class ServiceHoursService {
  private readonly versions: ClusterCopy<readonly HoursVersion[]>;

  constructor(
    private readonly em: () => EntityManager,
    private readonly options: { basicDefault: ServicePeriods; clock: Clock; events?: EventBus },
  ) {
    this.versions = new ClusterCopy('service-hours', options.events);
  }

  /** The periods of `level` in force at `at` (default now); null: 24×7. */
  async inForce(level: SupportLevel, at: Date = this.options.clock.now()): Promise<ServicePeriods | null> {
    const version = (await this.allVersions()).find((v) => v.supportLevel === level && v.effectiveFrom.getTime() <= at.getTime());
    return version ? version.periods : this.defaultOf(level);
  }

  /** Every version of both levels, newest first. */
  private allVersions(): Promise<readonly HoursVersion[]> {
    return this.versions.get(async () => {
      const rows = await this.em().find(ServiceHoursSetting, {}, { orderBy: { effectiveFrom: 'desc', id: 'desc' } });
      return rows.map((row) => ({ supportLevel: row.supportLevel, effectiveFrom: row.effectiveFrom, periods: periodsOfRow(row) }));
    });
  }

  /** Both levels with their versions, for the admins' page. */
  async levels(): Promise<ServiceHoursOfLevel[]> {
    const rows = await this.em().find(ServiceHoursSetting, {}, { orderBy: { effectiveFrom: 'desc', id: 'desc' }, populate: ['changedBy'] });
    const now = this.options.clock.now().getTime();
    return Object.values(SupportLevel).map((level) => {
      const versions = [...rows.filter((r) => r.supportLevel === level).map(versionOf), defaultVersion(this.defaultOf(level))];
      const inForce = versions.find((v) => v.effectiveFrom === null || v.effectiveFrom.getTime() <= now)!;
      return { supportLevel: level, workingDaysOnly: level === SupportLevel.BASIC, inForce, versions };
    });
  }

  async change(change: ServiceHoursChange, actor: AuditActor): Promise<ServiceHoursOfLevel> {
    const problems = new ProblemList();
    const now = this.options.clock.now();
    const effectiveFrom = change.effectiveFrom ?? now;
    checkSupportedInstant(effectiveFrom, 'effectiveFrom', problems);
    if (effectiveFrom.getTime() < now.getTime()) problems.add('effectiveFrom', 'must not be in the past: tickets already registered keep their hours');
    if (change.periods === null && change.supportLevel === SupportLevel.BASIC) {
      problems.add('periods', 'BASIC is served within hours on working days (LVL-2): give at least one period');
    }
    const periods = change.periods === null ? null : periodsFromInput(change.periods, problems);
    problems.throwIfAny();
    const before = await this.inForce(change.supportLevel, effectiveFrom);
    await this.em().transactional(async (tx) => {
      const row = tx.create(ServiceHoursSetting, {
        supportLevel: change.supportLevel,
        periods: periods ? formatServicePeriods(periods) : null,
        effectiveFrom,
        changedBy: actor.userId === null ? null : tx.getReference(User, actor.userId),
        createdAt: now,
      });
      await tx.flush();
      const event = {
        kind: AuditKind.SERVICE_HOURS_CHANGED,
        summary: `${change.supportLevel} service hours: ${describe(before)} → ${describe(periods)} from ${effectiveFrom.toISOString()}`,
        object: { type: 'ServiceHours', id: change.supportLevel },
        before: { periods: before ? formatServicePeriods(before) : null },
        after: { periods: row.periods, effectiveFrom: effectiveFrom.toISOString() },
      };
      await AuditLog.record(tx, actor, event, now);
    });
    this.versions.changed();
    return (await this.levels()).find((l) => l.supportLevel === change.supportLevel)!;
  }

  private defaultOf(level: SupportLevel): ServicePeriods | null {
    return level === SupportLevel.BASIC ? this.options.basicDefault : null;
  }
}

/** One version as registrations need it. */
interface HoursVersion {
  readonly supportLevel: SupportLevel;
  readonly effectiveFrom: Date;
  readonly periods: ServicePeriods | null;
}

function periodsOfRow(row: ServiceHoursSetting): ServicePeriods | null {
  return row.periods ? parseServicePeriods(row.periods) : null;
}

function describe(periods: ServicePeriods | null): string {
  return periods ? formatServicePeriods(periods) : '24×7';
}

function shapeOf(periods: ServicePeriods | null): Pick<ServiceHoursVersion, 'periods' | 'alwaysOpen' | 'text'> {
  return {
    periods: (periods ?? []).map((p) => ({ opensAt: formatTimeOfDay(p.opensAtMinute), closesAt: formatTimeOfDay(p.closesAtMinute) })),
    alwaysOpen: periods === null,
    text: periods ? formatServicePeriods(periods) : null,
  };
}

function versionOf(row: ServiceHoursSetting): ServiceHoursVersion {
  return { id: String(row.id), ...shapeOf(periodsOfRow(row)), effectiveFrom: row.effectiveFrom, changedBy: row.changedBy?.getEntity() ?? null };
}

function defaultVersion(periods: ServicePeriods | null): ServiceHoursVersion {
  return { id: null, ...shapeOf(periods), effectiveFrom: null, changedBy: null };
}
