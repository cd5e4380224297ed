import { flushPromises } from '@vue/test-utils';
import type { Operation } from '@apollo/client/core';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { SESSION_STORAGE_KEY } from '@/stores/session';
import { useFakeClock } from '@/test-support/useFakeClock';
import { mountWithApp } from '@/test-support/mount-app';
import SlaCompliancePage from '../SlaCompliancePage.vue';

const lead = { __typename: 'User', id: '1', email: 'lead@demo.local', fullName: 'Ирина Руководитель', role: 'TEAM_LEAD', organization: null };
const level = { __typename: 'ComplianceRow', supportLevel: 'BASIC', criticality: null, agent: null, week: null, month: null, met: 1, breached: 1, total: 2, complianceRate: 0.5 };

function handler(operation: Operation) {
  if (operation.operationName === 'StatementOrganizations') return { data: { organizations: [{ __typename: 'Organization', id: '2', name: 'АО Альфа' }] } };
  if (operation.operationName === 'SlaCompliance') return { data: { slaCompliance: (operation.variables.groupBy as string[])[0] === 'LEVEL' ? [level] : [] } };
  if (operation.operationName === 'SlaComplianceTickets') return { data: { slaComplianceTickets: { __typename: 'ComplianceTickets', total: 0, tickets: [] } } };
  return { data: null };
}

async function mountReport() {
  localStorage.setItem(SESSION_STORAGE_KEY, JSON.stringify({ token: 'secret', user: lead }));
  const mounted = await mountWithApp(SlaCompliancePage, { route: '/reports/sla', handler, mount: { global: { stubs: { ComplianceChart: true } } } });
  for (let i = 0; i < 4; i += 1) await flushPromises();
  return mounted;
}

/** The server's export answers: each call's URL and Authorization header, a PDF or a sheet of bytes saved through an object URL. */
function fakeServer(answer: () => Response = () => new Response(new Blob(['%PDF-1.7']), { status: 200 })) {
  const calls: { url: string; authorization: string | null }[] = [];
  vi.stubGlobal('fetch', async (url: string, init: RequestInit) => {
    calls.push({ url, authorization: new Headers(init.headers).get('authorization') });
    return answer();
  });
  vi.spyOn(URL, 'createObjectURL').mockReturnValue('blob:export');
  vi.spyOn(URL, 'revokeObjectURL').mockImplementation(() => undefined);
  const saved: string[] = [];
  vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
    saved.push(this.download);
  });
  return { calls, saved };
}

describe('SlaCompliancePage: server exports (SLA-9)', () => {
  useFakeClock(new Date('2026-11-24T12:00:00Z'));
  afterEach(() => vi.unstubAllGlobals());

  it('downloads the report as XLSX with the token, by level, criticality, agent and the period axis', async () => {
    const server = fakeServer();
    const { wrapper } = await mountReport();
    await wrapper.get('[data-testid="export-xlsx"]').trigger('click');
    await flushPromises();
    const url = new URL(server.calls[0]!.url, 'http://desk');
    expect([url.pathname, url.searchParams.get('groupBy'), url.searchParams.get('from')]).toEqual(['/exports/sla-report.xlsx', 'LEVEL,CRITICALITY,AGENT,WEEK', '2026-10-25T21:00:00.000Z']);
    expect(server.calls[0]!.authorization).toBe('Bearer secret');
    expect(server.saved).toEqual(['sla-compliance_2026-10-26_2026-11-24.xlsx']);
  });

  it('every drill-down list downloads as CSV and XLSX with its cell and outcome', async () => {
    const server = fakeServer();
    const { wrapper } = await mountReport();
    await wrapper.get('[data-testid="drill-breached"]').trigger('click');
    await flushPromises();
    await wrapper.get('[data-testid="compliance-tickets-csv"]').trigger('click');
    await flushPromises();
    await wrapper.get('[data-testid="compliance-tickets-xlsx"]').trigger('click');
    await flushPromises();
    const urls = server.calls.map((call) => new URL(call.url, 'http://desk'));
    expect(urls.map((u) => [u.pathname, u.searchParams.get('supportLevel'), u.searchParams.get('outcome')])).toEqual([
      ['/exports/sla-report-tickets.csv', 'BASIC', 'BREACHED'],
      ['/exports/sla-report-tickets.xlsx', 'BASIC', 'BREACHED'],
    ]);
  });

  it('makes a customer\'s monthly statement (last month by default) and shows a refusal', async () => {
    const server = fakeServer(() => new Response(JSON.stringify({ error: 'FORBIDDEN', message: 'SLA reports and statements are for team leads and admins' }), { status: 403 }));
    const { wrapper } = await mountReport();
    expect((wrapper.get('[data-testid="statement-month"]').element as HTMLInputElement).value).toBe('2026-10');
    await wrapper.get('[data-testid="statement-organization"]').setValue('2');
    await wrapper.get('[data-testid="statement-form"] form').trigger('submit');
    await flushPromises();
    expect(server.calls[0]!.url).toBe('/exports/sla-statement.pdf?organizationId=2&month=2026-10');
    expect(wrapper.get('[data-testid="statement-form"] [role="alert"]').text()).toContain('for team leads and admins');
    expect(server.saved).toEqual([]);
  });
});
