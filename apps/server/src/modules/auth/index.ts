/** The auth module: who is asking (sign-in tokens, partner API tokens, download grants) and their accounts. */
import { ApiTokenResolver } from './api-token.resolver.js';
import { AuthResolver } from './auth.resolver.js';
import { TwoFactorResolver } from './two-factor/two-factor.resolver.js';

export const AUTH_RESOLVERS = [AuthResolver, ApiTokenResolver, TwoFactorResolver] as const;

export { AccessWatch, ACCESS_REVOKED_CLOSE_CODE, type ClosableSocket } from './access-watch.js';
export { ActorCache } from './actor-cache.js';
export { AuthPayload } from './auth.resolver.js';
export { actorOf, loadActor, loadDownloadActor, type Credentials } from './actor.loader.js';
export type { AuthContext, AuthServices } from './auth-services.js';
export { fileRouteActor } from './download-actor.js';
export { hashPassword, verifyPassword } from './password.js';
export { RateLimiter } from './rate-limiter.js';
export { SignInThrottle } from './sign-in-throttle.js';
export { TokenService } from './token.service.js';
export { demandSecondStep } from './two-factor/second-step.js';
export { twoFactorKitOf, type TwoFactorKit } from './two-factor/two-factor-kit.js';
