/**
 * Accounts (#12): the set-password page (invitation and reset links), forgot
 * and change password, users and invitations. The rest of the console uses
 * its routes only.
 */
export { accountRoutes } from './routes';
