import type { Role } from '@desk/schema';
import { SESSION_STORAGE_KEY } from '@/stores/session';

type Kind = 'VENDOR' | 'CUSTOMER' | 'PARTNER';

/** A signed-in user as `login` and `me` return them (the session store keeps it). */
function user(id: string, email: string, fullName: string, role: string, organization: [id: string, name: string, kind: Kind]) {
  const [orgId, name, kind] = organization;
  return { __typename: 'User', id, email, fullName, role, organization: { __typename: 'Organization', id: orgId, name, kind } };
}

export const agentUser = user('2', 'agent1@demo.local', 'Алексей Инженеров', 'AGENT', ['1', 'ЦЗИ ООО «Конфидент»', 'VENDOR']);
export const customerUser = user('7', 'beta@demo.local', 'Борис Бетов', 'CUSTOMER', ['3', 'ПАО Бета', 'CUSTOMER']);
export const partnerUser = user('6', 'partner@demo.local', 'Павел Партнёров', 'PARTNER', ['5', 'ООО Партнёр-Сервис', 'PARTNER']);

/** Signs `user` in the way a reload finds them: the session store reads localStorage when it is created. */
export function signInAs(user: object, token = 't'): void {
  localStorage.setItem(SESSION_STORAGE_KEY, JSON.stringify({ token, user }));
}

/** A user of `role` without an organization, signed in as a reload finds them. */
export function savedSession(role: Role = 'AGENT', id = '7'): void {
  signInAs({ __typename: 'User', id, email: `${role.toLowerCase()}@demo.local`, fullName: 'Алексей Инженеров', role, organization: null }, 'test-token');
}
