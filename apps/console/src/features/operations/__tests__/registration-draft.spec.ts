import { describe, expect, it } from 'vitest';
import { registrationDraft } from '../registration-draft';

describe('registering a refused request (ID-1, ID-2)', () => {
  it('starts from what the requester sent', () => {
    const payload = {
      identifier: 'DL-NOPE-0000',
      organizationName: 'АО Альфа',
      contact: { fullName: 'Анна Альфина', position: 'Администратор ИБ', phone: '+7 812 000-00-01', email: 'alfa@demo.local' },
      subject: 'Не входит',
      description: 'После обновления',
      category: 'UPDATE_REQUEST',
      criticality: 'NON_CRITICAL',
      channel: 'PORTAL',
    };
    expect(registrationDraft(payload)).toEqual(payload);
  });

  it('leaves blanks where nothing or nonsense was sent (an unidentified e-mail)', () => {
    expect(registrationDraft({ subject: 'Помогите', contact: 'x', category: 'NOPE', channel: 42 })).toEqual({
      identifier: '',
      organizationName: '',
      contact: { fullName: '', position: '', phone: '', email: null },
      subject: 'Помогите',
      description: '',
      category: 'INCIDENT',
      criticality: 'NON_CRITICAL',
      channel: 'EMAIL',
    });
  });
});
