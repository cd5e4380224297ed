export type Locale = 'ru' | 'en';
export const LOCALES: readonly Locale[] = ['ru', 'en'];
export const LOCALE_STORAGE_KEY = 'desk.locale';

/** Russian first (LVL-5); English only when the user chose it before. */
export function initialLocale(storage: Pick<Storage, 'getItem'> | undefined = globalThis.localStorage): Locale {
  const saved = storage?.getItem(LOCALE_STORAGE_KEY);
  return saved === 'en' || saved === 'ru' ? saved : 'ru';
}

/** Russian has three plural forms plus our "none" form: 0 | 1, 21 | 2–4, 22–24 | 5–20, 25–30. */
export function russianPlural(choice: number, choicesLength: number): number {
  if (choice === 0) return 0;
  const n = Math.abs(choice);
  const teen = n % 100 > 10 && n % 100 < 20;
  const last = n % 10;
  const form = !teen && last === 1 ? 1 : !teen && last >= 2 && last <= 4 ? 2 : 3;
  return Math.min(form, choicesLength - 1);
}

/** Switches the language, remembers it, and keeps <html lang> right for screen readers. */
export function setLocale(
  composer: { locale: { value: string } },
  locale: Locale,
  storage: Pick<Storage, 'setItem'> | undefined = globalThis.localStorage,
): void {
  composer.locale.value = locale;
  storage?.setItem(LOCALE_STORAGE_KEY, locale);
  if (typeof document !== 'undefined') document.documentElement.lang = locale;
}
