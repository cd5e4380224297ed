import { OutboxMessage } from '../../src/entities/notifications/outbox-message.entity.js';
import type { TestApp } from './test-app.js';

/** The one-time token in the newest invitation or reset mail to `recipient`, as the invitee would click it. */
export async function linkTokenFor(t: TestApp, recipient: string): Promise<string> {
  const [mail] = await t.app.orm.em.fork().find(OutboxMessage, { recipient }, { orderBy: { id: 'desc' }, limit: 1 });
  const token = mail ? /set-password\?token=([^\s]+)/.exec(mail.body)?.[1] : undefined;
  if (!token) throw new Error(`no set-password link mailed to ${recipient}`);
  return decodeURIComponent(token);
}

export const INVITE = `mutation($input: InviteUserInput!) { inviteUser(input: $input) { id email fullName role status expiresAt organizationAdmin organization { name } invitedBy { email } } }`;
export const SET_PASSWORD = `mutation($token: String!, $password: String!) { setPassword(token: $token, password: $password) { token user { email role organizationAdmin organization { name } } } }`;
export const LOGIN = `mutation($e: String!, $p: String!) { login(email: $e, password: $p) { token } }`;
export const STRONG_PASSWORD = 'correct horse battery staple';
