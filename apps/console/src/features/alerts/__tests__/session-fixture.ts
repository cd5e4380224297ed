import type { Role } from '@desk/schema';
import { SESSION_STORAGE_KEY } from '@/stores/session';

/** Signs a user in the way a reload finds them: the session store reads localStorage when it is created. */
export function savedSession(role: Role = 'AGENT', id = '7'): void {
  localStorage.setItem(
    SESSION_STORAGE_KEY,
    JSON.stringify({
      token: 'test-token',
      user: { __typename: 'User', id, email: `${role.toLowerCase()}@demo.local`, fullName: 'Алексей Инженеров', role, organization: null },
    }),
  );
}
