/**
 * The identification a customer writes into a message (ID-1, appendix 1), as
 * "Label: value" lines in Russian or English:
 *
 *   Номер лицензии: DL-BASIC-0001        License number: DL-BASIC-0001
 *   Организация: АО Альфа                Organization: Alfa JSC
 *   ФИО: Анна Альфина                    Full name: Anna Alfina
 *   Должность: администратор ИБ          Position: security administrator
 *   Телефон: +7 812 000-00-01            Phone: +7 812 000-00-01
 *
 * plus the optional appendix-1 details (product version, build, OS), the
 * criticality the customer claims and the kind of request ("Тип обращения:
 * коммерческий вопрос", #19).
 */
export interface IdentificationFields {
  identifier?: string;
  organizationName?: string;
  fullName?: string;
  position?: string;
  phone?: string;
  productVersion?: string;
  buildNumber?: string;
  osVersion?: string;
  criticality?: string;
  /** #19: what the request is about; only a commercial question is told apart (categoryOf). */
  category?: string;
}

type Field = keyof IdentificationFields;

/** Longer labels first, so "Номер лицензии" wins over "Номер", "версия ОС" over "версия". */
const LABELS: readonly [Field, readonly string[]][] = [
  [
    'identifier',
    [
      'код активации технической поддержки', 'код активации поддержки', 'код активации', 'номер лицензии дистрибутива',
      'номер лицензии', 'лицензионный номер', '№ лицензии', 'лицензия', 'серийный номер', 'заводской номер', 'с/н', 's/n',
      'support activation code', 'activation code', 'license number', 'licence number', 'license no', 'license', 'licence',
      'serial number', 'serial no', 'serial',
    ],
  ],
  ['organizationName', ['наименование организации', 'название организации', 'организация', 'компания', 'предприятие', 'organization', 'organisation', 'company']],
  ['fullName', ['ф.и.о.', 'ф.и.о', 'фио', 'контактное лицо', 'full name', 'contact person', 'name']],
  ['position', ['должность', 'position', 'job title', 'title']],
  ['phone', ['контактный телефон', 'мобильный телефон', 'телефон', 'тел.', 'тел', 'phone number', 'telephone', 'phone', 'mobile', 'tel.', 'tel']],
  ['productVersion', ['версия продукта', 'product version']],
  ['buildNumber', ['номер сборки', 'сборка', 'build number', 'build']],
  ['osVersion', ['версия ос', 'операционная система', 'os version', 'operating system']],
  ['criticality', ['критичность', 'criticality', 'severity']],
  ['category', ['тип обращения', 'категория', 'тема обращения', 'request type', 'category']],
];

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');

const LINE_PATTERNS: readonly [Field, RegExp][] = LABELS.flatMap(([field, labels]) =>
  [...labels]
    .sort((a, b) => b.length - a.length)
    // "Label: value", "Label (comment): value", "Label - value"; bullets and bold markers allowed before it.
    .map((label) => [field, new RegExp(`^[\\s*•\\-–>]*${escape(label)}(?:\\s*\\([^)]*\\))?\\s*\\**\\s*[:：=–—-]\\s*(.+?)\\s*$`, 'iu')] as [Field, RegExp]),
);

/** The first non-empty value of each label, line by line. */
export function parseIdentificationFields(text: string): IdentificationFields {
  const fields: IdentificationFields = {};
  for (const line of text.split(/\r?\n/)) {
    const trimmed = line.trim();
    if (!trimmed || trimmed.startsWith('>')) continue;
    for (const [field, pattern] of LINE_PATTERNS) {
      if (fields[field] !== undefined) continue;
      const value = pattern.exec(trimmed)?.[1]?.replace(/^[«"']|[»"']$/g, '').trim();
      if (value) {
        fields[field] = value.slice(0, 300);
        break;
      }
    }
  }
  return fields;
}

const TOKEN = /[\p{L}\p{N}][\p{L}\p{N}\-_/.]{2,98}[\p{L}\p{N}]/gu;

/**
 * Words that could be a license number, serial number or activation code
 * (contain a digit), in order of appearance: "не активируется лицензия
 * DL-BASIC-0001" names its contract without a label.
 */
export function identifierCandidates(text: string, limit = 200): string[] {
  const seen = new Set<string>();
  for (const match of text.matchAll(TOKEN)) {
    const token = match[0];
    if (!/\p{N}/u.test(token)) continue;
    seen.add(token);
    if (seen.size >= limit) break;
  }
  return [...seen];
}
