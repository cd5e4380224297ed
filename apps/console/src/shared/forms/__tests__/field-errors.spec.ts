import { ApolloError } from '@apollo/client/core';
import { GraphQLError } from 'graphql';
import { describe, expect, it } from 'vitest';
import { actionError, formFieldName } from '../field-errors';

function badInput(fields: { field: string; message: string }[]) {
  return new ApolloError({
    graphQLErrors: [new GraphQLError(`Invalid input: ${fields.map((f) => `${f.field} — ${f.message}`).join('; ')}`, { extensions: { code: 'BAD_USER_INPUT', fields } })],
  });
}

describe('API errors for action forms (API.md: extensions.fields)', () => {
  it('puts each field problem next to the input it names', () => {
    const error = actionError(
      badInput([
        { field: 'input.thirdPartyVendor', message: 'name the third-party software vendor the customer should contact (TKT-5)' },
        { field: 'input.note', message: 'write the recommendation for the customer (TKT-5)' },
      ]),
      ['resolution', 'note', 'thirdPartyVendor'],
    );
    expect(error.code).toBe('BAD_USER_INPUT');
    expect(error.fields).toEqual({
      thirdPartyVendor: 'name the third-party software vendor the customer should contact (TKT-5)',
      note: 'write the recommendation for the customer (TKT-5)',
    });
    expect(error.other).toEqual([]);
  });

  it('keeps problems about fields the form does not show for the alert', () => {
    const error = actionError(badInput([{ field: 'ticketId', message: 'must be a ticket id' }, { field: 'body', message: 'is required' }]), ['body']);
    expect(error.fields).toEqual({ body: 'is required' });
    expect(error.other).toEqual([{ field: 'ticketId', message: 'must be a ticket id' }]);
  });

  it('passes other failures through with their code', () => {
    const conflict = new ApolloError({
      graphQLErrors: [new GraphQLError('Ticket SD-000042 is NEW: start work on it first (the reaction, SLA-2)', { extensions: { code: 'CONFLICT' } })],
    });
    expect(actionError(conflict, ['body'])).toMatchObject({ code: 'CONFLICT', message: 'Ticket SD-000042 is NEW: start work on it first (the reaction, SLA-2)', fields: {} });
    expect(actionError(new ApolloError({ networkError: new TypeError('Failed to fetch') }), []).network).toBe(true);
  });

  it('names fields as the mutation variables do', () => {
    expect(formFieldName('input.resolution')).toBe('resolution');
    expect(formFieldName('parts.1.subject')).toBe('parts.1.subject');
  });
});
