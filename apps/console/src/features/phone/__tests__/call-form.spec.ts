import { describe, expect, it } from 'vitest';
import { withContract } from '@/features/portal/form/new-ticket-form';
import { firstErrorField } from '@/shared/forms/field-errors';
import { CALL_FIELD_ORDER, emptyCallForm, localProblems, phoneCreateInput } from '../call-form';
import { phoneContract } from './phone-fixtures';

// Monday 16 February 2026, 10:05:30.250 Moscow (07:05:30.250 UTC).
const NOW = new Date('2026-02-16T07:05:30.250Z');

describe('call form', () => {
  it('TKT-11: the call starts when the form opens, to the second; the contact is the caller, not the agent', () => {
    const form = emptyCallForm(NOW);
    expect(form.receivedAt).toBe('2026-02-16T07:05:30.000Z');
    expect(form.contact).toEqual({ fullName: '', position: '', phone: '', email: '' });
    expect(form.identifier).toBe('');
  });

  it('TKT-11, SLA-2: createTicket gets channel PHONE and the call start as receivedAt, plus every appendix-1 field', () => {
    const form = {
      ...withContract(emptyCallForm(NOW), phoneContract()),
      receivedAt: '2026-02-16T06:58:00.000Z',
      contact: { fullName: ' Борис Бетов ', position: 'Инженер', phone: '+7 495 000-00-02', email: '' },
      subject: 'АРМ не загружается',
      description: 'Зависает на экране входа',
      productVersion: '8.0',
      osBitness: 'X64' as const,
      errorText: 'Ошибка 0x1',
    };
    expect(phoneCreateInput({ ...emptyCallForm(NOW), ...form })).toEqual({
      channel: 'PHONE',
      receivedAt: '2026-02-16T06:58:00.000Z',
      identifier: 'DL-EXT-0001',
      organizationName: 'ПАО Бета',
      contact: { fullName: 'Борис Бетов', position: 'Инженер', phone: '+7 495 000-00-02' },
      category: 'INCIDENT',
      criticality: 'NON_CRITICAL',
      subject: 'АРМ не загружается',
      description: 'Зависает на экране входа',
      productVersion: '8.0',
      osBitness: 'X64',
      errorText: 'Ошибка 0x1',
    });
  });

  it('refuses a call start in the future before asking the server, as the server words it', () => {
    const form = emptyCallForm(NOW);
    expect(localProblems(form, NOW)).toEqual({});
    // The server's clock-skew allowance.
    expect(localProblems({ ...form, receivedAt: new Date(NOW.getTime() + 4_000).toISOString() }, NOW)).toEqual({});
    expect(localProblems({ ...form, receivedAt: '2026-02-16T08:00:00.000Z' }, NOW)).toEqual({ receivedAt: ['must not be in the future'] });
    expect(localProblems({ ...form, receivedAt: '' }, NOW)).toEqual({ receivedAt: ['is required: when the call started'] });
  });

  it('puts the call start first when choosing the field to focus', () => {
    expect(firstErrorField({ subject: ['x'], receivedAt: ['y'] }, CALL_FIELD_ORDER)).toBe('receivedAt');
    expect(firstErrorField({ description: ['x'], 'contact.phone': ['y'] }, CALL_FIELD_ORDER)).toBe('contact.phone');
    expect(firstErrorField({}, CALL_FIELD_ORDER)).toBeNull();
  });
});
