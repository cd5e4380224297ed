/**
 * Accounts (#12): the set-password page (invitation and reset links), forgot
 * and change password, users and invitations, the audit log. The rest of the
 * console uses its routes and the admins' route guard.
 */
export { accountRoutes, adminsOnly } from './routes';
