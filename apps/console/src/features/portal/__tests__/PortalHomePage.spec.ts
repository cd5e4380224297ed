import { flushPromises } from '@vue/test-utils';
import type { Operation } from '@apollo/client/core';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { useClockStore } from '@/shared/time/clock';
import { mountWithApp } from '@/test-support/mount-app';
import PortalHomePage from '../PortalHomePage.vue';
import { contract } from '@/test-support/contracts';
import { customerUser, partnerUser, signInAs } from '@/test-support/users';
import { serviceLevels } from '@/test-support/request-form';
import { shippedCalendarSla } from '@/test-support/tickets';

const alfa = { __typename: 'Organization' as const, id: '2', name: 'АО Альфа' };
const gamma = { __typename: 'Organization' as const, id: '4', name: 'ООО Гамма' };

function row(id: string, organization: typeof alfa) {
  return {
    __typename: 'Ticket',
    id,
    number: `SD-00000${id}`,
    subject: `Заявка ${id}`,
    status: 'IN_PROGRESS',
    criticality: 'NON_CRITICAL',
    supportLevel: 'BASIC',
    receivedAt: '2026-11-24T10:00:00.000Z',
    responseDueAt: '2026-11-24T11:00:00.000Z',
    respondedAt: '2026-11-24T10:10:00.000Z',
    slaState: 'MET',
    sla: shippedCalendarSla(),
    expectedResolutionAt: id === '1' ? '2026-11-27T12:00:00.000Z' : null,
    organization,
  };
}

const tickets = [row('1', alfa), row('2', gamma), row('3', alfa)];

function handler(organizations: unknown[] | null) {
  return (operation: Operation) => {
    switch (operation.operationName) {
      case 'ServedOrganizations':
        return organizations ? { data: { organizations } } : { errors: [{ message: 'Cannot query field "organizations"', extensions: { code: 'GRAPHQL_VALIDATION_FAILED' } }] };
      case 'PortalTickets': {
        const id = operation.variables.organizationId as string | null | undefined;
        const nodes = id ? tickets.filter((t) => t.organization.id === id) : tickets;
        return { data: { tickets: { __typename: 'TicketConnection', totalCount: nodes.length, edges: nodes.map((node) => ({ __typename: 'TicketEdge', node })) } } };
      }
      case 'MyContracts':
        return { data: { contracts: [contract({ id: 'a1', supportLevel: 'BASIC', organization: alfa }), contract({ id: 'g1', supportLevel: 'EXTENDED', organization: gamma })] } };
      case 'ServiceLevels':
        return { data: { serviceLevels } };
      default:
        return { data: null };
    }
  };
}

async function mountAs(user: typeof partnerUser, organizations: unknown[] | null = [{ ...alfa, kind: 'CUSTOMER' }]) {
  signInAs(user);
  const mounted = await mountWithApp(PortalHomePage, { route: '/portal', handler: handler(organizations) });
  for (let i = 0; i < 5; i += 1) await flushPromises();
  return mounted;
}

const numbers = (wrapper: Awaited<ReturnType<typeof mountWithApp>>['wrapper']) =>
  wrapper.findAll('[data-testid="portal-ticket-row"]').map((r) => r.attributes('data-ticket-number'));

describe('PortalHomePage', () => {
  beforeEach(() => localStorage.clear());
  afterEach(() => useClockStore().stop());

  it('partner: switches between the customers it serves with tickets(filter: { organizationId })', async () => {
    const { wrapper, operations, router } = await mountAs(partnerUser);
    const options = wrapper.findAll('[data-testid="customer-option"]');
    // "All customers", then the organizations query joined with those seen on tickets.
    expect(options.map((o) => o.element.parentElement?.textContent?.trim())).toEqual(['Все клиенты', 'АО Альфа', 'ООО Гамма']);
    expect(numbers(wrapper)).toEqual(['SD-000001', 'SD-000002', 'SD-000003']);

    await wrapper.get('[data-customer-id="4"]').setValue(true);
    for (let i = 0; i < 5; i += 1) await flushPromises();
    expect(router.currentRoute.value.query.customer).toBe('4');
    expect(operations.filter((op) => op.operationName === 'PortalTickets').at(-1)?.variables).toEqual({ first: 100, organizationId: '4' });
    expect(numbers(wrapper)).toEqual(['SD-000002']);
    // LVL-4: Гамма holds an EXTENDED contract, so its extensions are the ones shown.
    expect(wrapper.findAll('[data-testid="help-extensions"]').map((e) => e.attributes('data-level'))).toEqual(['EXTENDED']);
  });

  it('partner: without the organizations query the customers come from its tickets', async () => {
    const { wrapper } = await mountAs(partnerUser, null);
    const names = wrapper.findAll('[data-testid="customer-option"]').map((o) => o.element.parentElement?.textContent?.trim());
    expect(names).toEqual(['Все клиенты', 'АО Альфа', 'ООО Гамма']);
  });

  it('customer: no switch; links to each ticket, the expected resolution date (TKT-9) and the help panel', async () => {
    const { wrapper, operations } = await mountAs(customerUser as typeof partnerUser);
    expect(wrapper.find('[data-testid="customer-switch"]').exists()).toBe(false);
    expect(operations.some((op) => op.operationName === 'ServedOrganizations')).toBe(false);
    const first = wrapper.get('[data-ticket-number="SD-000001"]');
    expect(first.get('a').attributes('href')).toBe('/portal/tickets/1');
    expect(first.text()).toContain('27.11.2026, 15:00 МСК');
    expect(wrapper.get('[data-ticket-number="SD-000002"]').text()).toContain('ещё не назначена');
    const help = wrapper.get('[data-testid="help-panel"]').text();
    expect(help).toContain('(812) 325-1037');
    expect(help).toContain('helpdesk@confident.ru');
    expect(help).toContain('Telegram');
  });
});
