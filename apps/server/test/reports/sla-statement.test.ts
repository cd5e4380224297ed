import { PDFParse } from 'pdf-parse';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { download, startReportScenario, type ReportScenario } from '../support/report-scenario.js';
import { TEST_DATABASES } from '../support/test-database.js';

const COMPLIANCE = `query($from: DateTime!, $to: DateTime!) { slaCompliance(from: $from, to: $to, groupBy: []) { met breached total } }`;

async function textOf(pdf: Buffer): Promise<string> {
  const parser = new PDFParse({ data: pdf });
  try {
    // Table cells wrap: compare the words, not the line breaks.
    return (await parser.getText()).text.replace(/\s+/g, ' ');
  } finally {
    await parser.destroy();
  }
}

describe.each(TEST_DATABASES)('SLA-9 monthly per-customer statement (PDF) on %s', (kind) => {
  let s: ReportScenario;
  beforeAll(async () => {
    s = await startReportScenario(kind);
  });
  afterAll(async () => s?.t.close());

  const statement = (organization: string, month = '2026-03') => `/exports/sla-statement.pdf?organizationId=${s.organizations[organization]}&month=${month}`;

  it('SLA-9: a PDF with the customer, the Moscow month, the contract level, every ticket with its proof and outcome, and the totals', async () => {
    const file = await download(s.t, statement('ПАО Бета'), s.lead);
    expect([file.status, file.type]).toEqual([200, 'application/pdf']);
    const text = await textOf(file.body);
    expect(text).toContain('Отчёт о соблюдении SLA за март 2026 г.');
    expect(text).toContain('Заказчик: ПАО Бета');
    expect(text).toContain('01.03.2026 – 31.03.2026');
    expect(text).toContain('DL-EXT-0001');
    expect(text).toContain('Расширенный');
    for (const number of s.numbers['ПАО Бета']!) expect(text).toContain(number);
    for (const number of s.numbers['АО Альфа']!) expect(text).not.toContain(number);
    expect(text).toContain('2026-03-04 10:20 MSK'); // the CRITICAL EXTENDED deadline (20 min, SLA-1)
    expect(text).toMatch(/development mailbox, outbox message \d+ to contact@example.test/);
    // Totals: 2 MET, 1 BREACHED of 3.
    expect(text).toContain('Итого 2 1 3 66,7 %');
  });

  it('SLA-9: the statements of all customers add up to the report of the month', async () => {
    const report = (await s.t.gql(COMPLIANCE, { from: '2026-03-01T00:00:00+03:00', to: '2026-04-01T00:00:00+03:00' }, s.lead)).slaCompliance[0];
    const totals = await Promise.all(
      ['ПАО Бета', 'АО Альфа'].map(async (name) => {
        const match = /Итого (\d+) (\d+) (\d+)/.exec(await textOf((await download(s.t, statement(name), s.lead)).body));
        return match!.slice(1).map(Number);
      }),
    );
    expect(totals).toEqual([
      [2, 1, 3],
      [1, 2, 3],
    ]);
    expect([totals[0]![0]! + totals[1]![0]!, totals[0]![1]! + totals[1]![1]!]).toEqual([report.met, report.breached]);
  });

  it('is for team leads and admins: FORBIDDEN for a customer (even its own), an agent, a partner; bad month and organization named', async () => {
    for (const email of ['beta@demo.local', 'alfa@demo.local', 'agent1@demo.local', 'partner@demo.local']) {
      const refused = await download(s.t, statement('ПАО Бета'), await s.t.login(email));
      expect([refused.status, JSON.parse(refused.body.toString()).error]).toEqual([403, 'FORBIDDEN']);
    }
    expect((await download(s.t, statement('ПАО Бета'))).status).toBe(401);
    const bad = await download(s.t, '/exports/sla-statement.pdf?organizationId=x&month=2026-13', await s.t.login('admin@demo.local'));
    expect(JSON.parse(bad.body.toString()).fields.map((f: { field: string }) => f.field)).toEqual(['organizationId', 'month']);
    expect((await download(s.t, '/exports/sla-statement.pdf?organizationId=999999&month=2026-03', s.lead)).status).toBe(404);
  });
});
