import { MOSCOW_OFFSET_MINUTES } from '@desk/sla';
import type { CreateTicketInput } from '@desk/schema';
import { createInput, emptyForm, FIELD_ORDER, type FieldErrors, type NewTicketForm } from '@/features/portal/form/new-ticket-form';

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

const OFFSET_MS = MOSCOW_OFFSET_MINUTES * 60_000;

/**
 * The value of an `<input type="datetime-local">` showing the instant in
 * Moscow time ("2026-02-16T10:05:30"): the agreement's hours are Moscow hours,
 * whatever zone the agent's browser is in.
 */
export function moscowInputValue(iso: string): string {
  const ms = Date.parse(iso);
  if (Number.isNaN(ms)) return '';
  return new Date(ms + OFFSET_MS).toISOString().slice(0, 19);
}

/** The instant a Moscow wall-clock "YYYY-MM-DDTHH:mm[:ss]" names; null when it is not one. */
export function fromMoscowInput(value: string): string | null {
  const match = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2}))?$/.exec(value.trim());
  if (!match) return null;
  const [, y, mo, d, h, mi, s] = match;
  const ms = Date.UTC(Number(y), Number(mo) - 1, Number(d), Number(h), Number(mi), Number(s ?? 0)) - OFFSET_MS;
  return Number.isNaN(ms) ? null : new Date(ms).toISOString();
}
