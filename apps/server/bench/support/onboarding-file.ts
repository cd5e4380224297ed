/** The sample's header (docs/import-sample.csv, README "Bulk onboarding"). */
export const ONBOARDING_HEADER = 'organization;contract;identifier_kind;level;valid_from;valid_until;products;contact_name;contact_position;contact_phone;contact_email;contact_language';

/**
 * A bulk-onboarding CSV of `rows` customers, each with one contract (two
 * identifiers) and one contact on one row, as a large onboarding looks; the
 * demo data's software product. Shared by the 10 000-row test and `pnpm bench`.
 */
export function onboardingCsv(rows: number, prefix = 'BULK'): string {
  const lines = [ONBOARDING_HEADER];
  for (let i = 1; i <= rows; i += 1) {
    const n = String(i).padStart(5, '0');
    const level = i % 3 === 0 ? 'EXTENDED' : 'BASIC';
    lines.push(`ООО Клиент ${prefix}-${n};${prefix}-L-${n}|${prefix}-A-${n};LICENSE_NUMBER;${level};2027-01-01;2027-12-31;Dallas Lock 8.0;Контакт ${n};Инженер;+7 495 ${n}-00;c${n}@${prefix.toLowerCase()}.example;ru`);
  }
  return `${lines.join('\r\n')}\r\n`;
}
