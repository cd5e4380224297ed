import { createI18n } from 'vue-i18n';
import { initialLocale, russianPlural, type Locale } from '@/shared/i18n/locale';
import { messages, type MessageSchema } from './messages';

export function createDeskI18n(locale: Locale = initialLocale()) {
  return createI18n<[MessageSchema], Locale, false>({
    legacy: false,
    locale,
    fallbackLocale: 'ru',
    messages,
    pluralRules: { ru: russianPlural },
    missingWarn: false,
    fallbackWarn: false,
  });
}

export type DeskI18n = ReturnType<typeof createDeskI18n>;
