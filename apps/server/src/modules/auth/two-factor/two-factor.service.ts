import type { EntityManager } from '@mikro-orm/core';
import { toString as qrCodeSvg } from 'qrcode';
import type { Clock } from '../../../common/clock.js';
import { InvalidState, NotAuthenticated, NotFound, ValidationFailed } from '../../../common/errors.js';
import { parseId } from '../../../common/ids.js';
import { AuditKind } from '../../../entities/audit/audit.enums.js';
import { RecoveryCode } from '../../../entities/auth/recovery-code.entity.js';
import { UserTwoFactor } from '../../../entities/auth/user-two-factor.entity.js';
import { User } from '../../../entities/auth/user.entity.js';
import type { RequestOrigin } from '../../../graphql/context.js';
import type { EventBus } from '../../../infra/events/domain-events.js';
import { AuditLog, type AuditActor } from '../../audit/index.js';
import { verifyPassword } from '../password.js';
import type { SignInThrottle } from '../sign-in-throttle.js';
import type { TokenService } from '../token.service.js';
import { newRecoveryCodes, recoveryCodeHash } from './recovery-codes.js';
import { isTwoFactorOn, isTwoFactorRequiredOf, twoFactorOf } from './second-step.js';
import type { ChallengePurpose } from './sign-in-challenge.js';
import type { TwoFactorKit } from './two-factor-kit.js';
import { TOTP_CODE_SHAPE, acceptedTotpStep, newTotpSecret, otpauthUriOf } from './totp.js';

export interface TwoFactorDeps {
  readonly clock: Clock;
  readonly events: EventBus;
  readonly tokens: TokenService;
  readonly signInThrottle: SignInThrottle;
  readonly twoFactor: TwoFactorKit;
}

export interface TwoFactorSetupFacts {
  readonly secret: string;
  readonly otpauthUri: string;
  readonly qrCodeDataUrl: string;
}

export interface Session {
  readonly token: string;
  readonly user: User;
}

/** Which second factor a sign-in or a sensitive change was proven with. */
export type SecondFactorProof = { readonly code: string } | { readonly recoveryCode: string };

/**
 * Two-factor sign-in (#15): enrolment, the second step of sign-in, turning it off, new recovery codes and an
 * admin's reset. Every wrong code counts against the account and the address in the sign-in throttle, so a
 * code cannot be guessed faster than a password; each change and each failure is in the audit log.
 */
export class TwoFactorService {
  constructor(
    private readonly em: EntityManager,
    private readonly deps: TwoFactorDeps,
    private readonly origin: RequestOrigin,
  ) {}

  async status(user: User): Promise<{ enabled: boolean; enabledAt: Date | null; recoveryCodesLeft: number; required: boolean }> {
    const state = await twoFactorOf(this.em, user);
    const on = isTwoFactorOn(state);
    return {
      enabled: on,
      enabledAt: on ? state.enabledAt : null,
      recoveryCodesLeft: on ? await this.em.count(RecoveryCode, { user: user.id, usedAt: null }) : 0,
      required: await isTwoFactorRequiredOf(this.em, user),
    };
  }

  /** A new secret, kept pending until a code from it is confirmed; shown now, never again. */
  async begin(user: User): Promise<TwoFactorSetupFacts> {
    const state = (await twoFactorOf(this.em, user)) ?? this.em.create(UserTwoFactor, { user, updatedAt: this.deps.clock.now() });
    if (isTwoFactorOn(state)) throw new InvalidState('Two-factor sign-in is on already: turn it off first to move to another app');
    const secret = newTotpSecret();
    state.pendingSecret = this.deps.twoFactor.secrets.seal(secret);
    state.updatedAt = this.deps.clock.now();
    await this.em.flush();
    const otpauthUri = otpauthUriOf(secret, user.email, this.deps.twoFactor.issuer);
    const svg = await qrCodeSvg(otpauthUri, { type: 'svg', margin: 2, errorCorrectionLevel: 'M' });
    return { secret, otpauthUri, qrCodeDataUrl: `data:image/svg+xml;base64,${Buffer.from(svg).toString('base64')}` };
  }

  /**
   * A code from the pending secret turns 2FA on: fresh recovery codes (shown once), every other session of the
   * user ends (they were opened without the second factor) and the caller gets a fresh one.
   */
  async confirm(user: User, code: string): Promise<Session & { recoveryCodes: string[] }> {
    checkCodeShape(code, 'code');
    const now = this.deps.clock.now();
    const state = await twoFactorOf(this.em, user);
    const secret = state?.pendingSecret ? this.deps.twoFactor.secrets.open(state.pendingSecret) : null;
    if (!state || secret === null) throw new InvalidState('Begin enrolment first (beginTwoFactorEnrolment)');
    const step = acceptedTotpStep(secret, code, now, null);
    if (step === null) throw new ValidationFailed([{ field: 'code', message: 'is not the current code of the authenticator app' }]);
    Object.assign(state, { secret: state.pendingSecret, pendingSecret: null, enabledAt: now, lastUsedStep: step, updatedAt: now });
    const recoveryCodes = await this.replaceRecoveryCodes(user, now);
    user.sessionVersion += 1;
    await this.audit(user, AuditKind.TWO_FACTOR_ENABLED, `${user.email} turned two-factor sign-in on`, now);
    await this.em.flush();
    this.deps.events.publish({ type: 'access.revoked', userId: user.id, apiTokenId: null });
    return { recoveryCodes, ...(await this.session(user)) };
  }

  /** The second step of sign-in, after `login` answered SECOND_FACTOR_REQUIRED with the challenge. */
  async completeSignIn(challenge: string, code: string | null, recoveryCode: string | null): Promise<Session> {
    const now = this.deps.clock.now();
    const user = await this.challengedUser(challenge, 'second-factor');
    const state = await twoFactorOf(this.em, user);
    if (!isTwoFactorOn(state)) throw new NotAuthenticated(EXPIRED);
    if ((code === null) === (recoveryCode === null)) throw new ValidationFailed([{ field: 'code', message: 'give either a code or a recovery code' }]);
    const proof: SecondFactorProof = code !== null ? { code } : { recoveryCode: recoveryCode! };
    await this.prove(user, state, proof, 'sign-in');
    this.deps.signInThrottle.succeeded(user.email);
    const how = 'code' in proof ? 'an authenticator code' : 'a recovery code';
    await this.audit(user, AuditKind.SIGN_IN_SUCCEEDED, `${user.email} signed in with ${how}`, now);
    await this.em.flush();
    return this.session(user);
  }

  /** Off, proven by a current code or the password; refused while admins require a second factor of this user. */
  async disable(user: User, proof: { code: string | null; password: string | null }): Promise<void> {
    const state = await this.enabledStateOf(user);
    if (await isTwoFactorRequiredOf(this.em, user)) throw new InvalidState('Admins require two-factor sign-in for staff: it cannot be turned off');
    if (proof.code !== null) await this.prove(user, state, { code: proof.code }, 'change');
    else if (proof.password !== null) await this.provePassword(user, proof.password);
    else throw new ValidationFailed([{ field: 'code', message: 'give a current code or your password' }]);
    await this.clear(user);
    await this.audit(user, AuditKind.TWO_FACTOR_DISABLED, `${user.email} turned two-factor sign-in off`, this.deps.clock.now());
    await this.em.flush();
  }

  /** A new set of recovery codes (the old ones stop working), proven by a current code. */
  async regenerateRecoveryCodes(user: User, code: string): Promise<string[]> {
    const state = await this.enabledStateOf(user);
    await this.prove(user, state, { code }, 'change');
    const now = this.deps.clock.now();
    const codes = await this.replaceRecoveryCodes(user, now);
    await this.audit(user, AuditKind.RECOVERY_CODES_REGENERATED, `${user.email} made new recovery codes`, now);
    await this.em.flush();
    return codes;
  }

  /** An admin's reset for a lost phone: 2FA off and recovery codes gone; the user enrols again (at once, when required). */
  async reset(userId: string, admin: AuditActor): Promise<User> {
    const user = await this.em.findOne(User, parseId(userId, 'userId'));
    if (!user) throw new NotFound('User', userId);
    const wasOn = isTwoFactorOn(await twoFactorOf(this.em, user));
    await this.clear(user);
    const event = { kind: AuditKind.TWO_FACTOR_RESET, summary: `Two-factor sign-in of ${user.email} reset`, object: { type: 'User', id: user.id }, before: { enabled: wasOn }, after: { enabled: false } };
    await AuditLog.record(this.em, admin, event, this.deps.clock.now());
    await this.em.flush();
    return user;
  }

  /** The user a valid challenge of this purpose was issued to, if still active and with the same password. */
  async challengedUser(challenge: string, purpose: ChallengePurpose): Promise<User> {
    const claims = await this.deps.twoFactor.challenges.verify(challenge, purpose, this.deps.clock.now());
    const user = claims ? await this.em.findOne(User, { id: claims.userId, active: true }) : null;
    if (!claims || !user || user.sessionVersion !== claims.sessionVersion) throw new NotAuthenticated(EXPIRED);
    return user;
  }

  private async enabledStateOf(user: User): Promise<UserTwoFactor & { secret: string }> {
    const state = await twoFactorOf(this.em, user);
    if (!isTwoFactorOn(state)) throw new InvalidState('Two-factor sign-in is off');
    return state;
  }

  /**
   * Checks a code (once per 30-second step) or spends a recovery code, throttled like sign-in. A failure is
   * audited and flushed before the refusal: at sign-in UNAUTHENTICATED, for a change BAD_USER_INPUT on the field.
   */
  private async prove(user: User, state: UserTwoFactor & { secret: string }, proof: SecondFactorProof, purpose: 'sign-in' | 'change'): Promise<void> {
    const field = 'code' in proof ? 'code' : 'recoveryCode';
    if ('code' in proof) checkCodeShape(proof.code, field);
    const now = this.deps.clock.now();
    const address = this.origin.ip ?? 'unknown';
    this.deps.signInThrottle.check(user.email, address, now);
    const accepted = 'code' in proof ? this.acceptCode(state, proof.code, now) : await this.spendRecoveryCode(user, proof.recoveryCode, now);
    if (accepted) return;
    this.deps.signInThrottle.failed(user.email, address, now);
    await this.audit(user, AuditKind.TWO_FACTOR_FAILED, `Wrong ${field === 'code' ? 'authenticator code' : 'recovery code'} for ${user.email}`, now);
    await this.em.flush();
    if (purpose === 'sign-in') throw new NotAuthenticated('Wrong code');
    throw new ValidationFailed([{ field, message: 'is not a current code of your authenticator app' }]);
  }

  private acceptCode(state: UserTwoFactor & { secret: string }, code: string, now: Date): boolean {
    const secret = this.deps.twoFactor.secrets.open(state.secret);
    const step = secret === null ? null : acceptedTotpStep(secret, code, now, state.lastUsedStep);
    if (step === null) return false;
    state.lastUsedStep = step;
    state.updatedAt = now;
    return true;
  }

  private async spendRecoveryCode(user: User, code: string, now: Date): Promise<boolean> {
    const spent = await this.em.findOne(RecoveryCode, { user: user.id, codeHash: recoveryCodeHash(code), usedAt: null });
    if (!spent) return false;
    spent.usedAt = now;
    const left = await this.em.count(RecoveryCode, { user: user.id, usedAt: null, id: { $ne: spent.id } });
    const event = { kind: AuditKind.RECOVERY_CODE_USED, summary: `${user.email} used a recovery code (${left} left)`, object: { type: 'User', id: user.id }, after: { recoveryCodesLeft: left } };
    await AuditLog.record(this.em, { userId: user.id, email: user.email, origin: this.origin }, event, now);
    return true;
  }

  private async provePassword(user: User, password: string): Promise<void> {
    if (await verifyPassword(password, user.passwordHash)) return;
    throw new ValidationFailed([{ field: 'password', message: 'is not your current password' }]);
  }

  private async replaceRecoveryCodes(user: User, now: Date): Promise<string[]> {
    await this.em.nativeDelete(RecoveryCode, { user: user.id });
    const codes = newRecoveryCodes();
    for (const code of codes) this.em.create(RecoveryCode, { user, codeHash: recoveryCodeHash(code), createdAt: now });
    return codes;
  }

  private async clear(user: User): Promise<void> {
    await this.em.nativeDelete(RecoveryCode, { user: user.id });
    const state = await twoFactorOf(this.em, user);
    if (state) this.em.remove(state);
  }

  private audit(user: User, kind: AuditKind, summary: string, now: Date): Promise<unknown> {
    return AuditLog.record(this.em, { userId: user.id, email: user.email, origin: this.origin }, { kind, summary, object: { type: 'User', id: user.id } }, now);
  }

  private async session(user: User): Promise<Session> {
    return { token: await this.deps.tokens.issue({ userId: user.id, role: user.role, sessionVersion: user.sessionVersion }), user };
  }
}

const EXPIRED = 'The sign-in has expired: enter your e-mail and password again';

function checkCodeShape(code: string, field: string): void {
  if (!TOTP_CODE_SHAPE.test(code)) throw new ValidationFailed([{ field, message: 'must be the 6 digits the authenticator app shows' }]);
}
