import { describe, expect, it } from 'vitest';
import { contract } from '@/test-support/contracts';
import { typedRequest } from '@/test-support/request-form';
import { TICKET_CATEGORIES } from '@desk/sla';
import { fieldErrorsOf, firstErrorField } from '@/shared/forms/field-errors';
import { FIELD_ORDER, createInput, criticalAllowed, emptyForm, levelFor, withCategory, withContract } from '../new-ticket-form';

const user = { fullName: 'Борис Бетов', email: 'beta@demo.local' };

describe('new ticket form', () => {
  it('TKT-1: only an INCIDENT can be CRITICAL', () => {
    expect(TICKET_CATEGORIES).toHaveLength(8);
    expect(TICKET_CATEGORIES.filter(criticalAllowed)).toEqual(['INCIDENT']);
  });

  it('TKT-1: moving a CRITICAL request away from INCIDENT makes it NON_CRITICAL; back again it stays so', () => {
    const critical = { ...emptyForm(user), category: 'INCIDENT' as const, criticality: 'CRITICAL' as const };
    const question = withCategory(critical, 'FUNCTIONALITY_QUESTION');
    expect(question.criticality).toBe('NON_CRITICAL');
    expect(withCategory(question, 'INCIDENT').criticality).toBe('NON_CRITICAL');
    expect(withCategory(critical, 'INCIDENT').criticality).toBe('CRITICAL');
    // Even a form tampered into CRITICAL + FEATURE_REQUEST is sent as NON_CRITICAL.
    expect(createInput({ ...critical, category: 'FEATURE_REQUEST' }).criticality).toBe('NON_CRITICAL');
  });

  it('prefills the contact from the signed-in user', () => {
    expect(emptyForm(user).contact).toEqual({ fullName: 'Борис Бетов', position: '', phone: '', email: 'beta@demo.local' });
  });

  it("SLA-8: the level is the contract's: chosen, or matched by the typed identifier ignoring case and spaces", () => {
    const contracts = [contract(), contract({ id: 'c2', identifier: 'DL-BASIC-0001', supportLevel: 'BASIC' })];
    const chosen = withContract(emptyForm(user), contracts[1]!);
    expect(chosen).toMatchObject({ contractId: 'c2', identifier: 'DL-BASIC-0001', organizationName: 'ПАО Бета' });
    expect(levelFor(chosen, contracts)).toBe('BASIC');
    expect(levelFor({ ...emptyForm(user), identifier: ' dl-ext-0001 ' }, contracts)).toBe('EXTENDED');
    expect(levelFor({ ...emptyForm(user), identifier: 'UNKNOWN-1' }, contracts)).toBeNull();
    expect(levelFor(emptyForm(user), [])).toBeNull();
    // Nothing chosen yet: known when every contract in force has the same level.
    expect(levelFor(emptyForm(user), [contract(), contract({ id: 'c3', identifier: 'HW-EXT-0001' })])).toBe('EXTENDED');
    expect(levelFor(emptyForm(user), contracts)).toBeNull();
  });

  it('createTicket input: channel PORTAL, no receivedAt (the server clock is the arrival, SLA-2), blanks left out', () => {
    const form = {
      ...withContract(emptyForm(user), contract()),
      contact: { fullName: ' Борис Бетов ', position: 'Инженер', phone: '+7 495 000-00-02', email: '' },
      subject: ' АРМ не загружается ',
      description: 'Зависает на экране входа',
      criticality: 'CRITICAL' as const,
      productVersion: '8.0',
      osBitness: 'X64' as const,
      bootMode: '' as const,
      occursWhen: 'После обновления',
    };
    expect(createInput(form)).toEqual({
      channel: 'PORTAL',
      identifier: 'DL-EXT-0001',
      organizationName: 'ПАО Бета',
      ...typedRequest,
      productVersion: '8.0',
      osBitness: 'X64',
      occursWhen: 'После обновления',
    });
  });

  it('reads BAD_USER_INPUT extensions.fields into per-field problems', () => {
    const error = {
      graphQLErrors: [
        {
          message: 'Invalid input',
          extensions: {
            code: 'BAD_USER_INPUT',
            fields: [
              { field: 'input.contact.phone', message: 'is not a phone number' },
              { field: 'input.identifier', message: 'is required: license number' },
              { field: 'input.identifier', message: 'must be at most 100 characters' },
              { nonsense: true },
            ],
          },
        },
      ],
    };
    const errors = fieldErrorsOf(error);
    expect(errors).toEqual({
      'contact.phone': ['is not a phone number'],
      identifier: ['is required: license number', 'must be at most 100 characters'],
    });
    expect(firstErrorField(errors, FIELD_ORDER)).toBe('identifier');
    expect(fieldErrorsOf(new Error('network'))).toEqual({});
  });
});
