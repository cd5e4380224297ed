import { describe, expect, it } from 'vitest';
import { searchSchema } from '../schema/schema-search';
import { loadSchema } from '../schema/schema-source';

describe('schema model (the published SDL)', () => {
  it('lists the entry points first, then objects, inputs, enums and scalars, without introspection types', async () => {
    const { model } = await loadSchema();
    expect(model.types.slice(0, 3).map((type) => type.name)).toEqual(['Query', 'Mutation', 'Subscription']);
    const groups = model.types.map((type) => type.group);
    expect(groups.indexOf('OBJECT')).toBeLessThan(groups.indexOf('INPUT'));
    expect(groups.indexOf('INPUT')).toBeLessThan(groups.indexOf('ENUM'));
    expect(groups.lastIndexOf('ENUM')).toBeLessThan(groups.indexOf('SCALAR'));
    expect(model.types.some((type) => type.name.startsWith('__'))).toBe(false);
  });

  it('API.md: Ticket carries the promised fields, with SDL type references to click through', async () => {
    const { model } = await loadSchema();
    const ticket = model.byName.get('Ticket')!;
    expect(ticket.kind).toBe('OBJECT');
    expect(ticket.description).toBe("A customer's request to support (section 2)");
    const names = ticket.fields.map((field) => field.name);
    for (const promised of ['id', 'number', 'subject', 'category', 'criticality', 'supportLevel', 'priority', 'status', 'channel', 'receivedAt', 'responseDueAt', 'respondedAt', 'slaState', 'escalationLevel', 'rejectionReason', 'organization', 'assignee']) {
      expect(names).toContain(promised);
    }
    expect(ticket.fields.find((field) => field.name === 'organization')?.type).toEqual({ text: 'Organization!', named: 'Organization' });
    expect(ticket.fields.find((field) => field.name === 'files')?.type).toEqual({ text: '[TicketFile!]!', named: 'TicketFile' });
  });

  it('keeps arguments with their types, defaults and descriptions', async () => {
    const { model } = await loadSchema();
    const queue = model.byName.get('Query')!.fields.find((field) => field.name === 'queue')!;
    expect(queue.args.map((arg) => [arg.name, arg.type.text, arg.defaultValue])).toEqual([
      ['after', 'String', null],
      ['first', 'Int', '50'],
    ]);
    const faq = model.byName.get('Query')!.fields.find((field) => field.name === 'faqArticles')!;
    expect(faq.args.find((arg) => arg.name === 'includeUnpublished')?.description).toBe('Staff only');
    const channel = model.byName.get('Channel')!;
    expect(channel.enumValues.map((value) => value.name)).toEqual(['API', 'EMAIL', 'PHONE', 'PORTAL', 'TELEGRAM']);
  });

  it('knows where a type is used', async () => {
    const { model } = await loadSchema();
    expect(model.usages('CreateTicketInput')).toEqual([
      { type: 'Mutation', field: 'createTicket', arg: 'input' },
      { type: 'Mutation', field: 'registerRefusedRequest', arg: 'input' },
    ]);
    expect(model.usages('QueueEvent')).toContainEqual({ type: 'Subscription', field: 'queueChanged', arg: null });
  });

  it('finds types, fields and words of descriptions; exact type names first', async () => {
    const { model } = await loadSchema();
    const hits = searchSchema(model, 'ticket');
    expect(hits[0]).toEqual({ type: 'Ticket', member: null, in: 'name' });
    expect(hits).toContainEqual({ type: 'Mutation', member: 'createTicket', in: 'name' });
    expect(searchSchema(model, 'receivedAt')).toContainEqual({ type: 'Ticket', member: 'receivedAt', in: 'name' });
    // Words only in descriptions: of a type, of a field.
    expect(searchSchema(model, 'relay-style page of tickets')).toEqual([{ type: 'TicketConnection', member: null, in: 'description' }]);
    expect(searchSchema(model, 'msinfo32')).toContainEqual({ type: 'MissingInformation', member: 'required', in: 'description' });
    expect(searchSchema(model, '   ')).toEqual([]);
    expect(searchSchema(model, 'zzzz-nothing')).toEqual([]);
  });
});
