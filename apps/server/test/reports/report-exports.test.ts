import ExcelJS from 'exceljs';
import { parse } from 'csv-parse/sync';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { download, MARCH, startReportScenario, type ReportScenario } from '../support/report-scenario.js';
import { TEST_DATABASES } from '../support/test-database.js';

const COMPLIANCE = `query($from: DateTime!, $to: DateTime!, $by: [ComplianceDimension!]!) {
  slaCompliance(from: $from, to: $to, groupBy: $by) { supportLevel criticality agent { id fullName } met breached total }
}`;
const DRILL = `query($from: DateTime!, $to: DateTime!, $cell: ComplianceCellInput, $outcome: SlaOutcome) {
  slaComplianceTickets(from: $from, to: $to, cell: $cell, outcome: $outcome, first: 200) { total tickets { number } }
}`;

interface Row {
  supportLevel: string;
  criticality: string;
  agent: { id: string; fullName: string } | null;
  met: number;
  breached: number;
  total: number;
}

async function sheetOf(body: Buffer): Promise<unknown[][]> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(body as unknown as ArrayBuffer);
  const rows: unknown[][] = [];
  workbook.worksheets[0]!.eachRow((row) => rows.push((row.values as unknown[]).slice(1)));
  return rows;
}

function csvOf(body: Buffer): string[][] {
  // Excel needs the BOM to read UTF-8; the parser is told to drop it.
  expect([...body.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  return parse(body, { bom: true, delimiter: ';', relaxColumnCount: false }) as string[][];
}

const query = (params: Record<string, string>) => `?${new URLSearchParams({ ...MARCH, ...params })}`;

describe.each(TEST_DATABASES)('SLA-9 report exports (CSV, XLSX) on %s', (kind) => {
  let s: ReportScenario;
  let rows: Row[];
  beforeAll(async () => {
    s = await startReportScenario(kind);
    rows = (await s.t.gql(COMPLIANCE, { ...MARCH, by: ['LEVEL', 'CRITICALITY', 'AGENT'] }, s.lead)).slaCompliance;
  });
  afterAll(async () => s?.t.close());

  it('SLA-9: the XLSX report has the GraphQL figures, row for row, and a total that is their sum', async () => {
    const file = await download(s.t, `/exports/sla-report.xlsx${query({ groupBy: 'LEVEL,CRITICALITY,AGENT' })}`, s.lead);
    expect([file.status, file.type]).toEqual([200, 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet']);
    const [header, ...body] = await sheetOf(file.body);
    expect(header).toEqual(['Уровень обслуживания', 'Критичность', 'Агент', 'Выполнено (MET)', 'Нарушено (BREACHED)', 'Всего', 'Доля выполнения']);
    const total = body.pop()!;
    expect(body.map((r) => r.slice(0, 6))).toEqual(rows.map((r) => [r.supportLevel, r.criticality, r.agent?.fullName ?? 'без агента', r.met, r.breached, r.total]));
    const sum = (pick: (r: Row) => number) => rows.reduce((acc, r) => acc + pick(r), 0);
    expect(total.slice(3, 6)).toEqual([sum((r) => r.met), sum((r) => r.breached), sum((r) => r.total)]);
    expect(total[0]).toBe('Итого');
    expect(sum((r) => r.total)).toBe(6);
  });

  it('SLA-9: the CSV report (UTF-8 BOM, `;`, decimal comma) says the same', async () => {
    const file = await download(s.t, `/exports/sla-report.csv${query({ groupBy: 'LEVEL' })}`, s.lead);
    expect([file.status, file.type]).toEqual([200, 'text/csv; charset=utf-8']);
    const byLevel = (await s.t.gql(COMPLIANCE, { ...MARCH, by: ['LEVEL'] }, s.lead)).slaCompliance as Row[];
    const [header, ...body] = csvOf(file.body);
    expect(header).toEqual(['Уровень обслуживания', 'Выполнено (MET)', 'Нарушено (BREACHED)', 'Всего', 'Доля выполнения']);
    expect(body.slice(0, -1)).toEqual(byLevel.map((r) => [r.supportLevel, String(r.met), String(r.breached), String(r.total), (r.met / r.total).toFixed(4).replace('.', ',')]));
    expect(body.at(-1)!.slice(0, 4)).toEqual(['Итого', '3', '3', '6']);
  });

  it('SLA-9: every cell opens as its ticket list; each export lists exactly the drill-down tickets, and they add up to the total', async () => {
    let listed = 0;
    for (const row of rows) {
      for (const outcome of ['MET', 'BREACHED'] as const) {
        const cell = { supportLevel: row.supportLevel, criticality: row.criticality, ...(row.agent ? { agentId: row.agent.id } : { noAgent: true }) };
        const drill = (await s.t.gql(DRILL, { ...MARCH, cell, outcome }, s.lead)).slaComplianceTickets as { total: number; tickets: { number: string }[] };
        expect(drill.total).toBe(outcome === 'MET' ? row.met : row.breached);
        const params = query({ ...Object.fromEntries(Object.entries(cell).map(([k, v]) => [k, String(v)])), outcome });
        const [, ...xlsx] = await sheetOf((await download(s.t, `/exports/sla-report-tickets.xlsx${params}`, s.lead)).body);
        const [, ...csv] = csvOf((await download(s.t, `/exports/sla-report-tickets.csv${params}`, s.lead)).body);
        expect(xlsx.map((r) => r[0])).toEqual(drill.tickets.map((tk) => tk.number));
        expect(csv.map((r) => r[0])).toEqual(drill.tickets.map((tk) => tk.number));
        expect(csv.every((r) => r[11] === outcome && r[3] === row.supportLevel && r[4] === row.criticality)).toBe(true);
        listed += xlsx.length;
      }
    }
    expect(listed).toBe(6);
    const [, ...all] = csvOf((await download(s.t, `/exports/sla-report-tickets.csv${query({})}`, s.lead)).body);
    expect(all).toHaveLength(6);
    const email = all.find((r) => r[8] === 'EMAIL')!;
    // SLA-3: without SMTP the development mailbox stands in for the receiving server, and the proof says so.
    expect(email[9]).toMatch(/^development mailbox, outbox message \d+ to contact@example.test$/);
  });

  it('refused as slaCompliance is: 401 without a token, 403 FORBIDDEN for agents, customers and partners; bad parameters are named', async () => {
    const path = `/exports/sla-report.xlsx${query({})}`;
    expect((await download(s.t, path)).status).toBe(401);
    for (const email of ['agent1@demo.local', 'alfa@demo.local', 'partner@demo.local']) {
      const refused = await download(s.t, path, await s.t.login(email));
      expect([refused.status, JSON.parse(refused.body.toString()).error]).toEqual([403, 'FORBIDDEN']);
    }
    const bad = await download(s.t, `/exports/sla-report-tickets.csv?from=yesterday&to=${encodeURIComponent(MARCH.to)}&criticality=URGENT&outcome=MET`, s.lead);
    const answer = JSON.parse(bad.body.toString());
    expect([bad.status, answer.error, answer.fields.map((f: { field: string }) => f.field)]).toEqual([400, 'BAD_USER_INPUT', ['from', 'criticality']]);
    const reversed = await download(s.t, `/exports/sla-report.csv?from=${encodeURIComponent(MARCH.to)}&to=${encodeURIComponent(MARCH.from)}&groupBy=WEEK,MONTH`, s.lead);
    expect(JSON.parse(reversed.body.toString()).fields.map((f: { field: string }) => f.field)).toEqual(['to', 'groupBy']);
    expect((await download(s.t, '/exports/other.csv', s.lead)).status).toBe(404);
  });
});
