import { moscowDateOf } from '@desk/sla';

/**
 * Times on screen. The agreement's hours are Moscow hours (LVL-2): every
 * instant is shown in Moscow time whatever the browser's zone, and calendar
 * days from the API (`YYYY-MM-DD`) are shown as they are, never shifted.
 */
const MOSCOW = 'Europe/Moscow';
const DAY_MS = 86_400_000;

/**
 * Building an Intl.DateTimeFormat costs far more than using one, and every
 * visible countdown formats on each tick and each queue event: keep them.
 */
const formatters = new Map<string, Intl.DateTimeFormat>();

function formatter(locale: string, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const key = `${locale}|${JSON.stringify(options)}`;
  let format = formatters.get(key);
  if (!format) formatters.set(key, (format = new Intl.DateTimeFormat(locale, options)));
  return format;
}

/** The information services write dates the European way in English too ("16/02/2026"). */
function dayFirstLocale(locale: string): string {
  return locale === 'en' ? 'en-GB' : 'ru-RU';
}

/** "4:05", "29:41", "1:05:12": a ticking clock; whole seconds, rounded down. */
export function formatClock(totalSeconds: number): string {
  const seconds = Math.max(0, Math.floor(totalSeconds));
  const h = Math.floor(seconds / 3600);
  const m = Math.floor((seconds % 3600) / 60);
  const s = seconds % 60;
  const mm = h > 0 ? String(m).padStart(2, '0') : String(m);
  return `${h > 0 ? `${h}:` : ''}${mm}:${String(s).padStart(2, '0')}`;
}

/**
 * A Moscow wall-clock time for deadlines and reopenings, as short as is still
 * unambiguous: "09:00" today, "пн 09:00" within the coming week, otherwise with
 * the date ("пн, 12.01, 09:00" after the New Year holidays).
 */
export function formatMoscowShort(date: Date, locale: string, now: Date): string {
  const sameDay = moscowDateOf(date) === moscowDateOf(now);
  const withinWeek = date.getTime() - now.getTime() < 6 * DAY_MS;
  const format = formatter(locale, {
    timeZone: MOSCOW,
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
    ...(sameDay ? {} : { weekday: 'short' }),
    ...(sameDay || withinWeek ? {} : { day: '2-digit', month: '2-digit' }),
  });
  return format.format(date);
}

/** A full Moscow date and time, e.g. for tooltips: "16.02.2026, 09:20". */
export function formatMoscowFull(date: Date, locale: string): string {
  return formatter(locale, {
    timeZone: MOSCOW,
    day: '2-digit',
    month: '2-digit',
    year: 'numeric',
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
  }).format(date);
}

/** A moment (DateTime) of the information services, day first: "24.11.2026, 13:00"; '' for none. */
export function formatMoment(value: string | null | undefined, locale: string): string {
  return value ? formatMoscowFull(new Date(value), dayFirstLocale(locale)) : '';
}

/** A calendar day from the API (certificate validity, release dates): "24.11.2026"; other text as it is. */
export function formatIsoDate(value: string | null | undefined, locale: string): string {
  if (!value) return '';
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (!match) return value;
  const date = new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3])));
  return formatter(dayFirstLocale(locale), { timeZone: 'UTC', day: '2-digit', month: '2-digit', year: 'numeric' }).format(date);
}

/** Today's date in Moscow as `YYYY-MM-DD` (the default of the staff forms' date fields). */
export function moscowToday(now: Date = new Date()): string {
  return moscowDateOf(now);
}
