import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MARCH, startReportScenario, type ReportScenario } from '../support/report-scenario.js';
import { TEST_DATABASES } from '../support/test-database.js';
import { rebuiltAndReported } from '../support/auditor-rebuild.js';

describe.each(TEST_DATABASES)('SLA-9 rebuilt by an auditor from the timeline on %s', (kind) => {
  let s: ReportScenario;
  beforeAll(async () => {
    s = await startReportScenario(kind);
  });
  afterAll(async () => s?.t.close());

  it('SLA-9, SLA-10: every figure of the month, rebuilt from arrivals, reclassifications and reaction proofs, equals the report', async () => {
    const { rebuilt, figures, reported } = await rebuiltAndReported(s.t, s.lead, MARCH, s.clock.now());
    expect(figures).toEqual(reported);
    expect(rebuilt).toHaveLength(6);
    // The closing note of #14 quotes one rebuild: the reclassified ticket.
    const example = rebuilt.find((r) => r.steps.some((step) => step.startsWith('CRITICALITY_CHANGED')))!;
    expect(example.outcome).toBe('BREACHED');
    if (process.env.PRINT_REBUILD) console.info(example.steps.join('\n'));
  });
});
