import type { EntityManager } from '@mikro-orm/core';
import { AuditKind } from '../../../entities/audit/audit.enums.js';
import { SECURITY_SETTINGS_ID, SecuritySettings } from '../../../entities/auth/security-settings.entity.js';
import { AuditLog, type AuditActor } from '../../audit/index.js';

/** The desk's security settings (the migration creates their one row). */
export function readSecuritySettings(em: EntityManager): Promise<SecuritySettings> {
  return em.findOneOrFail(SecuritySettings, SECURITY_SETTINGS_ID);
}

/** An admin requires (or stops requiring) a second factor of staff, audited. Sessions already open are left alone. */
export async function requireStaffTwoFactor(em: EntityManager, required: boolean, actor: AuditActor, now: Date): Promise<SecuritySettings> {
  const settings = await readSecuritySettings(em);
  if (settings.staffTwoFactorRequired !== required) {
    const before = { staffTwoFactorRequired: settings.staffTwoFactorRequired };
    settings.staffTwoFactorRequired = required;
    settings.updatedAt = now;
    const summary = required ? 'Two-factor sign-in required for staff' : 'Two-factor sign-in no longer required for staff';
    await AuditLog.record(em, actor, { kind: AuditKind.SECURITY_SETTINGS_CHANGED, summary, object: { type: 'SecuritySettings', id: settings.id }, before, after: { staffTwoFactorRequired: required } }, now);
    await em.flush();
  }
  return settings;
}
