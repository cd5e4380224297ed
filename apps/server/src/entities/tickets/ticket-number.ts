import { idOf } from '../../common/ids.js';

/** The one place a record number is spelled: `SD-000042` for tickets, `FR-000012` for feature requests. */
export const TICKET_NUMBER_PREFIX = 'SD-';

export function formatRecordNumber(prefix: string, id: number): string {
  return `${prefix}${String(id).padStart(6, '0')}`;
}

export function formatTicketNumber(ticketId: number): string {
  return formatRecordNumber(TICKET_NUMBER_PREFIX, ticketId);
}

/** "SD-000042", "sd-42" or, where `bare` allows, "42" → 42; anything else → null. */
export function parseTicketNumber(text: string, options: { bare?: boolean } = {}): number | null {
  const pattern = options.bare ? /^(?:SD-?)?0*(\d{1,15})$/i : /^SD-(\d{1,15})$/i;
  const digits = pattern.exec(text.trim())?.[1];
  return digits === undefined ? null : idOf(digits);
}
