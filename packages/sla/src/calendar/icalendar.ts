import { dayNumberOf, isoDateOf } from '../day-number.js';
import type { CalendarDayOverride } from './types.js';

/** A malformed or unsupported iCalendar file; `line` is the 1-based physical line where the problem starts. */
export class CalendarImportError extends Error {
  override readonly name = 'CalendarImportError';
  readonly line: number;

  constructor(message: string, line: number) {
    super(`iCalendar line ${line}: ${message}`);
    this.line = line;
  }
}

interface ContentLine {
  readonly name: string;
  readonly params: ReadonlyMap<string, string>;
  readonly value: string;
  readonly line: number;
}

interface EventDraft {
  readonly line: number;
  readonly props: Map<string, ContentLine>;
}

/** Guards against a typo like DTEND:29260101 turning into a million overrides. */
const MAX_EVENT_DAYS = 366;

// "non-working" and "нерабочий" contain the positive words, so the negated forms are excluded explicitly.
const WORKING_WORD = /(?<![\p{L}\p{N}])(?<!non[\s-])(?<!не\s)(?:working|рабоч\p{L}*)/iu;
const SHORTENED_WORD = /(?<![\p{L}\p{N}])(?:shortened|short day|сокращ\p{L}*|предпраздничн\p{L}*)/iu;

/**
 * Reads day overrides from an iCalendar (RFC 5545) file such as the production calendars
 * published as .ics. Each all-day VEVENT covers DTSTART up to DTEND (exclusive) or DURATION;
 * it is a working day when TRANSP:TRANSPARENT or its SUMMARY/CATEGORIES say "working"/"рабочий",
 * otherwise a day off. A "shortened"/"сокращённый"/"предпраздничный" day is a working, shortened day.
 * Anything that could silently lose or invent days (timed events, RRULE, bad dates) is rejected.
 */
export function parseICalendar(text: string): CalendarDayOverride[] {
  const overrides: CalendarDayOverride[] = [];
  const stack: { name: string; line: number }[] = [];
  let event: EventDraft | undefined;
  let sawCalendar = false;

  for (const content of contentLines(text)) {
    const { name, value, line } = content;
    if (name === 'BEGIN') {
      const component = value.toUpperCase();
      if (stack.length === 0 && component !== 'VCALENDAR') {
        throw new CalendarImportError(`expected BEGIN:VCALENDAR, got BEGIN:${value}`, line);
      }
      stack.push({ name: component, line });
      sawCalendar = true;
      if (component === 'VEVENT') {
        if (event) throw new CalendarImportError('VEVENT nested inside VEVENT', line);
        event = { line, props: new Map() };
      }
      continue;
    }
    if (name === 'END') {
      const open = stack.pop();
      if (!open || open.name !== value.toUpperCase()) {
        throw new CalendarImportError(`END:${value} does not match ${open ? `BEGIN:${open.name}` : 'any BEGIN'}`, line);
      }
      if (open.name === 'VEVENT' && event) {
        overrides.push(...eventOverrides(event));
        event = undefined;
      }
      continue;
    }
    if (stack.length === 0) throw new CalendarImportError(`${name} outside BEGIN:VCALENDAR … END:VCALENDAR`, line);
    // Properties of sub-components such as VALARM describe the alarm, not the day.
    if (event && stack[stack.length - 1]?.name === 'VEVENT' && !event.props.has(name)) event.props.set(name, content);
  }

  const unclosed = stack[stack.length - 1];
  if (unclosed) throw new CalendarImportError(`BEGIN:${unclosed.name} is never closed`, unclosed.line);
  if (!sawCalendar) throw new CalendarImportError('no BEGIN:VCALENDAR found', 1);
  return overrides;
}

function eventOverrides(event: EventDraft): CalendarDayOverride[] {
  const { props } = event;
  const start = props.get('DTSTART');
  if (!start) throw new CalendarImportError('VEVENT without DTSTART', event.line);
  if (props.has('RRULE') || props.has('RDATE')) {
    const rule = (props.get('RRULE') ?? props.get('RDATE')) as ContentLine;
    throw new CalendarImportError('recurring events are not supported; export the days as separate events', rule.line);
  }
  const first = parseDate(start);
  const end = props.get('DTEND');
  const duration = props.get('DURATION');
  let days = 1;
  if (end) days = parseDate(end) - first;
  else if (duration) days = parseDurationDays(duration);
  if (days < 1) throw new CalendarImportError('DTEND must be after DTSTART (DTEND is exclusive)', (end ?? duration)?.line ?? event.line);
  if (days > MAX_EVENT_DAYS) throw new CalendarImportError(`an event may span at most ${MAX_EVENT_DAYS} days`, event.line);

  const summary = unescapeText(props.get('SUMMARY')?.value ?? '');
  const words = `${summary}\n${unescapeText(props.get('CATEGORIES')?.value ?? '')}`;
  const shortened = SHORTENED_WORD.test(words);
  const working =
    shortened || WORKING_WORD.test(words) || props.get('TRANSP')?.value.trim().toUpperCase() === 'TRANSPARENT';

  const result: CalendarDayOverride[] = [];
  for (let i = 0; i < days; i += 1) {
    const override: CalendarDayOverride = { date: isoDateOf(first + i), working };
    if (shortened) override.shortened = true;
    if (summary) override.note = summary;
    result.push(override);
  }
  return result;
}

function parseDate(prop: ContentLine): number {
  const type = prop.params.get('VALUE');
  const value = prop.value.trim();
  if ((type !== undefined && type.toUpperCase() !== 'DATE') || value.includes('T')) {
    throw new CalendarImportError(`${prop.name} must be an all-day DATE value (;VALUE=DATE:YYYYMMDD)`, prop.line);
  }
  const match = /^(\d{4})(\d{2})(\d{2})$/.exec(value);
  if (!match) throw new CalendarImportError(`${prop.name} is not a YYYYMMDD date: ${JSON.stringify(value)}`, prop.line);
  try {
    return dayNumberOf(`${match[1]}-${match[2]}-${match[3]}`);
  } catch {
    throw new CalendarImportError(`${prop.name} names a day that does not exist: ${value}`, prop.line);
  }
}

function parseDurationDays(prop: ContentLine): number {
  const match = /^P(?:(\d+)W|(\d+)D)$/i.exec(prop.value.trim());
  if (!match) throw new CalendarImportError(`DURATION must be whole days or weeks (P3D, P1W): ${prop.value}`, prop.line);
  return match[1] !== undefined ? Number(match[1]) * 7 : Number(match[2]);
}

function unescapeText(value: string): string {
  return value.replace(/\\([\\;,nN])/g, (_, c: string) => (c === 'n' || c === 'N' ? '\n' : c)).trim();
}

/** Unfolds RFC 5545 continuation lines (CRLF or LF, then one space or tab) and splits NAME;PARAMS:VALUE. */
function* contentLines(text: string): Generator<ContentLine> {
  const physical = text.replace(/^\uFEFF/, '').split(/\r\n|\n|\r/);
  let pending: { text: string; line: number } | undefined;
  for (let i = 0; i < physical.length; i += 1) {
    const raw = physical[i] as string;
    if (raw.startsWith(' ') || raw.startsWith('\t')) {
      if (!pending) throw new CalendarImportError('continuation line without a line to continue', i + 1);
      pending.text += raw.slice(1);
      continue;
    }
    if (pending) yield splitContentLine(pending.text, pending.line);
    // Blank lines are not allowed by RFC 5545 but trailing ones are common; they also end folding.
    pending = raw.trim() === '' ? undefined : { text: raw, line: i + 1 };
  }
  if (pending) yield splitContentLine(pending.text, pending.line);
}

function splitContentLine(text: string, line: number): ContentLine {
  // Parameter values may be quoted and contain ':' or ';', so split outside quotes only.
  const parts: string[] = [];
  let current = '';
  let quoted = false;
  let colon = -1;
  for (let i = 0; i < text.length; i += 1) {
    const c = text[i] as string;
    if (c === '"') quoted = !quoted;
    if (!quoted && c === ':') {
      colon = i;
      break;
    }
    if (!quoted && c === ';') {
      parts.push(current);
      current = '';
    } else {
      current += c;
    }
  }
  if (colon < 0) throw new CalendarImportError(`expected NAME:VALUE, got ${JSON.stringify(text.slice(0, 60))}`, line);
  parts.push(current);
  const [name = '', ...rawParams] = parts;
  if (!/^[A-Za-z0-9-]+$/.test(name)) throw new CalendarImportError(`invalid property name ${JSON.stringify(name)}`, line);
  const params = new Map<string, string>();
  for (const param of rawParams) {
    const eq = param.indexOf('=');
    if (eq <= 0) throw new CalendarImportError(`invalid parameter ${JSON.stringify(param)}`, line);
    params.set(param.slice(0, eq).toUpperCase(), param.slice(eq + 1).replace(/^"(.*)"$/, '$1'));
  }
  return { name: name.toUpperCase(), params, value: text.slice(colon + 1), line };
}
