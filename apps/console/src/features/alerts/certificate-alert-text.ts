import { formatIsoDate } from '@/shared/time/time-format';
import type { CertificateAlert } from '@/stores/alerts';

type Translate = (key: string, named: Record<string, unknown>) => string;
type TranslatePlural = (key: string, plural: number) => string;

/**
 * "Dallas Lock 8.0": the product and the versions the certificate covers (none:
 * all of them), not repeated when the product's name already says them
 * ("Dallas Lock 8.0" with versions "8.0").
 */
export function certificateProduct(alert: Pick<CertificateAlert, 'certificate'>): string {
  const name = alert.certificate.product.name.trim();
  const versions = alert.certificate.productVersions?.trim();
  if (!versions) return name;
  const escaped = versions.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  return new RegExp(`(^|\\s)${escaped}($|\\s)`).test(name) ? name : `${name} ${versions}`;
}

/**
 * "Сертификат № 2720 на Dallas Lock 8.0 истекает через 30 дней (до 01.02.2027)":
 * what the alert says, in the console's language, as of when it was raised (SVC-3).
 */
export function certificateAlertText(alert: CertificateAlert, t: Translate & TranslatePlural, locale: string): string {
  return t('alerts.certificate.text', {
    number: alert.certificate.number,
    product: certificateProduct(alert),
    days: t('alerts.certificate.days', alert.thresholdDays),
    until: formatIsoDate(alert.validUntil, locale),
  });
}
