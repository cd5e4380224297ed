import { describe, expect, it } from 'vitest';
import { createDeskI18n } from '@/i18n';
import { certificateAlertText, certificateProduct } from '../certificate-alert-text';
import { certificateAlert } from '@/test-support/alerts';

const product = (name: string, productVersions: string | null) =>
  certificateAlert({ certificate: { productVersions, product: { __typename: 'Product', id: 'p', name } } });

describe('certificate alert wording (SVC-3)', () => {
  it('names the product with the versions the certificate covers, once', () => {
    expect(certificateProduct(product('Dallas Lock', '8.0'))).toBe('Dallas Lock 8.0');
    // The demo product's name already carries its version.
    expect(certificateProduct(product('Dallas Lock 8.0', '8.0'))).toBe('Dallas Lock 8.0');
    expect(certificateProduct(product('ПАК «Соболь» 4', '4'))).toBe('ПАК «Соболь» 4');
    expect(certificateProduct(product('ПАК «Соболь» 4', '4.1'))).toBe('ПАК «Соболь» 4 4.1');
    expect(certificateProduct(product('Рубикон', null))).toBe('Рубикон');
    expect(certificateProduct(product('Рубикон', '  '))).toBe('Рубикон');
  });

  it('says it in Russian first, with the right plural, and in English', () => {
    const ru = createDeskI18n('ru').global;
    expect(certificateAlertText(product('Dallas Lock 8.0', '8.0'), ru.t, 'ru')).toBe(
      'Сертификат № 2720 на Dallas Lock 8.0 истекает через 30 дней (до 01.02.2027)',
    );
    expect(certificateAlertText(certificateAlert({ thresholdDays: 7, validUntil: '2026-02-23' }), ru.t, 'ru')).toBe(
      'Сертификат № 2720 на Dallas Lock 8.0 истекает через 7 дней (до 23.02.2026)',
    );
    expect(certificateAlertText(certificateAlert({ thresholdDays: 90 }), ru.t, 'ru')).toContain('истекает через 90 дней');

    const en = createDeskI18n('en').global;
    expect(certificateAlertText(certificateAlert({ thresholdDays: 7 }), en.t, 'en')).toBe(
      'Certificate № 2720 for Dallas Lock 8.0 expires in 7 days (valid until 01/02/2027)',
    );
  });
});
