import { createHmac, randomBytes } from 'node:crypto';

/** Standard Webhooks' secret form: `whsec_` and the base64 of the HMAC key (24 random bytes here). */
const SECRET_PREFIX = 'whsec_';

export function generateWebhookSecret(): string {
  return `${SECRET_PREFIX}${randomBytes(24).toString('base64')}`;
}

/** The webhook-id header of an outbox message: the same on every attempt and re-send, so receivers deduplicate on it. */
export function webhookIdOf(outboxId: number): string {
  return `msg_${outboxId}`;
}

/**
 * The headers of one delivery attempt, per the Standard Webhooks
 * specification: `webhook-signature` is `v1,` + base64 HMAC-SHA256, keyed by
 * the secret's decoded bytes, over `${id}.${timestamp}.${body}`. The timestamp
 * (Unix seconds of the attempt) is signed with the body, so a receiver that
 * rejects timestamps older than a few minutes and ids it has seen cannot be
 * replayed to (README "Webhooks").
 */
export function signedHeaders(secret: string, webhookId: string, at: Date, body: string): Record<string, string> {
  const timestamp = Math.floor(at.getTime() / 1000).toString();
  const key = Buffer.from(secret.startsWith(SECRET_PREFIX) ? secret.slice(SECRET_PREFIX.length) : secret, 'base64');
  const signature = createHmac('sha256', key).update(`${webhookId}.${timestamp}.${body}`).digest('base64');
  return {
    'content-type': 'application/json',
    'webhook-id': webhookId,
    'webhook-timestamp': timestamp,
    'webhook-signature': `v1,${signature}`,
  };
}
