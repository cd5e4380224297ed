import { SecretBox } from './secret-box.js';
import { SignInChallenges } from './sign-in-challenge.js';

/** What two-factor sign-in needs, built once per process from the server's secret. */
export interface TwoFactorKit {
  readonly secrets: SecretBox;
  readonly challenges: SignInChallenges;
  /** The name authenticator apps show beside the account. */
  readonly issuer: string;
}

export function twoFactorKitOf(serverSecret: string, issuer = 'SLA Desk'): TwoFactorKit {
  return { secrets: new SecretBox(serverSecret), challenges: new SignInChallenges(serverSecret), issuer };
}
