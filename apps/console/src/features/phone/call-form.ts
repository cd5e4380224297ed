import type { CreateTicketInput } from '@desk/schema';
import { createInput, emptyForm, FIELD_ORDER, type NewTicketForm } from '@/features/portal';
import type { FieldErrors } from '@/shared/forms/field-errors';

/**
 * The phone form is the portal's appendix-1 form (ID-1, TKT-8) plus the call's
 * start: the request reached support when the call started (SLA-2, TKT-11).
 */
export interface PhoneCallForm extends NewTicketForm {
  /** ISO instant the call started; the ticket's `receivedAt`. */
  receivedAt: string;
}

/** The agent is not the caller: the contact starts empty, the call starts now. */
export function emptyCallForm(now: Date): PhoneCallForm {
  return { ...emptyForm(null), receivedAt: wholeSecond(now).toISOString() };
}

export function wholeSecond(date: Date): Date {
  return new Date(Math.floor(date.getTime() / 1000) * 1000);
}

/**
 * `createTicket` as staff register a call: channel PHONE, arrival = the call's
 * start, and every appendix-1 detail in the one mutation (TKT-8), so nothing
 * said on the call is left for a second request that could fail on its own.
 */
export function phoneCreateInput(form: PhoneCallForm): CreateTicketInput {
  return { ...createInput(form), channel: 'PHONE', receivedAt: form.receivedAt };
}

/** The server allows this much clock skew before it calls a receivedAt "in the future". */
export const CLOCK_SKEW_MS = 5_000;

/**
 * Caught before sending, worded like the server (`input.receivedAt — must not
 * be in the future`), so both land in the same place next to the field.
 */
export function localProblems(form: PhoneCallForm, now: Date): FieldErrors {
  const at = Date.parse(form.receivedAt);
  if (Number.isNaN(at)) return { receivedAt: ['is required: when the call started'] };
  if (at > now.getTime() + CLOCK_SKEW_MS) return { receivedAt: ['must not be in the future'] };
  return {};
}

/** The form's fields in the order they appear: the call's start comes first. */
export const CALL_FIELD_ORDER: readonly string[] = ['receivedAt', ...FIELD_ORDER];
