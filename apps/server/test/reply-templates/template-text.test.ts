import { describe, expect, it } from 'vitest';
import { renderTemplate, unknownVariables } from '../../src/modules/reply-templates/template-text.js';

const VALUES = { contactName: 'Анна Альфина', ticketNumber: 'SD-000042', deadline: '2026-03-04 13:00 (МСК)', product: 'Dallas Lock', agentName: 'Алексей Инженеров' };

describe('reply template text (#19)', () => {
  it('fills every variable, spaces inside the braces allowed', () => {
    expect(renderTemplate('{{contactName}}, заявка {{ ticketNumber }} по {{product}}: ответим до {{deadline}}. {{agentName}}', VALUES)).toBe(
      'Анна Альфина, заявка SD-000042 по Dallas Lock: ответим до 2026-03-04 13:00 (МСК). Алексей Инженеров',
    );
  });

  it('leaves what is not a variable as written, and never re-reads an inserted value', () => {
    expect(renderTemplate('{{unknown}} {{contactName}}', { ...VALUES, contactName: '{{agentName}}' })).toBe('{{unknown}} {{agentName}}');
  });

  it('names each unknown placeholder once, in order', () => {
    expect(unknownVariables('{{ticketNumber}} {{имя}} {{ x }} {{имя}} {{}}')).toEqual(['имя', 'x', '']);
    expect(unknownVariables('Без переменных')).toEqual([]);
  });
});
