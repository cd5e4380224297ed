import { canBeCritical } from '@desk/sla';
import { ProblemList } from '../../common/errors.js';
import { controlCharacterProblems } from '../../common/text.js';
import { checkSupportedInstant } from '../../common/time-range.js';
import { Criticality } from '../../entities/sla/sla.enums.js';
import { Role } from '../../entities/auth/role.enum.js';
import { Channel } from '../../entities/tickets/ticket.enums.js';
import { isStaff, type Actor } from '../../graphql/actor.js';
import type { CreateTicketCommand } from './create-ticket.command.js';

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;
const PHONE = /^[+\d][\d\s()\-.]{4,}$/;
/** Clocks of phones and mail servers drift; a few seconds ahead is not "the future". */
export const RECEIVED_AT_CLOCK_SKEW_MS = 5_000;

const LIMITS: [keyof CreateTicketCommand, number][] = [
  ['identifier', 100],
  ['organizationName', 300],
  ['subject', 500],
  ['description', 20_000],
];

/**
 * ID-1 (identification present), TKT-1 (only INCIDENT is CRITICAL), the
 * receivedAt rule and text without control characters: every problem is collected so the requester fixes all at once.
 */
export function validateCreateTicket(command: CreateTicketCommand, now: Date): ProblemList {
  const problems = new ProblemList();
  const missing = (field: string, what: string) => problems.add(field, `is required: ${what}`);
  if (isBlank(command.identifier)) missing('input.identifier', 'license number, serial number or support activation code');
  if (isBlank(command.organizationName)) missing('input.organizationName', 'organization name');
  if (isBlank(command.contact?.fullName)) missing('input.contact.fullName', "contact person's full name");
  if (isBlank(command.contact?.position)) missing('input.contact.position', "contact person's position");
  if (isBlank(command.contact?.phone)) missing('input.contact.phone', "contact person's phone");
  else if (!PHONE.test(command.contact.phone.trim())) problems.add('input.contact.phone', 'is not a phone number');
  if (command.contact?.email && !EMAIL.test(command.contact.email.trim())) {
    problems.add('input.contact.email', 'is not an e-mail address');
  }
  if (isBlank(command.subject)) missing('input.subject', 'a short subject');
  if (isBlank(command.description)) missing('input.description', 'a description of the problem');
  for (const [field, max] of LIMITS) {
    const value = command[field];
    if (typeof value === 'string' && value.length > max) problems.add(`input.${field}`, `must be at most ${max} characters`);
  }
  // #15 finding 4: NUL and other control characters are named like any other problem, and the request is kept.
  controlCharacterProblems(command, 'input', problems);
  if (command.criticality === Criticality.CRITICAL && !canBeCritical(command.category)) {
    problems.add('input.criticality', `only an INCIDENT can be CRITICAL, not ${command.category} (TKT-1)`);
  }
  if (command.receivedAt && command.receivedAt.getTime() > now.getTime() + RECEIVED_AT_CLOCK_SKEW_MS) {
    problems.add('input.receivedAt', 'must not be in the future');
  } else if (command.receivedAt) {
    checkSupportedInstant(command.receivedAt, 'input.receivedAt', problems);
  }
  return problems;
}

/**
 * Which channel a request sent through the API may claim (#15 finding 11, SECURITY.md). The channel is
 * the evidence of where a request arrived (SLA-2) and the reports count by it: a customer's own
 * request comes from the portal; a partner's from the portal or its integration (API); staff register
 * any (a call, TKT-11). E-mail and Telegram set theirs themselves, not through this door.
 */
export function selfServiceChannelProblem(channel: Channel, actor: Actor | null): string | null {
  if (isStaff(actor)) return null;
  const allowed = actor?.role === Role.PARTNER ? [Channel.PORTAL, Channel.API] : [Channel.PORTAL];
  return allowed.includes(channel) ? null : `must be ${allowed.join(' or ')} for a request you send yourself`;
}

function isBlank(value: string | null | undefined): boolean {
  return value === undefined || value === null || value.trim() === '';
}
