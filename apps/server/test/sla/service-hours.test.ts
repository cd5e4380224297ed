import { describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/config.js';
import { ALFA, BETA_EXT, LEAD } from '../support/demo-data.js';
import { createTicket } from '../support/tickets.js';
import { msk } from '../support/time.js';
import { ManualClock, startTestApp } from '../support/test-app.js';
import { createTestDatabase, TEST_DATABASES } from '../support/test-database.js';

/** Wednesday 4 March 2026, 12:30 Moscow: half an hour before the lunch break of the split hours. */
const NOW = msk('2026-03-04T12:30');
const SPLIT = '09:00-13:00,14:00-18:00';
const SLA = `query($id: ID!) { ticket(id: $id) {
  responseDueAt sla { state paused pausedUntil remainingSeconds serviceHours { kind opensAt closesAt periods } }
} }`;

describe('LVL-2: the service hours are data', () => {
  it('SERVICE_HOURS_BASIC is periods a day, checked at start', () => {
    expect(loadConfig({ SERVICE_HOURS_BASIC: SPLIT }).serviceHoursBasic).toEqual([
      { opensAtMinute: 540, closesAtMinute: 780 },
      { opensAtMinute: 840, closesAtMinute: 1080 },
    ]);
    expect(loadConfig({}).serviceHoursBasic).toEqual([{ opensAtMinute: 540, closesAtMinute: 1080 }]);
    expect(() => loadConfig({ SERVICE_HOURS_BASIC: '09:00-13:00,12:00-18:00' })).toThrow(/SERVICE_HOURS_BASIC/);
  });
});

describe.each(TEST_DATABASES)('service hours on %s (LVL-2, SLA-4, SLA-10)', (kind) => {
  it('two periods a day: the clock stops over the break; each ticket keeps the hours it was registered under', async () => {
    const database = await createTestDatabase(kind, { migrated: true });
    const clock = new ManualClock(NOW);
    const env = { SLA_SWEEP_INTERVAL_MS: '3600000' };
    try {
      // Registered under the agreement's 09:00–18:00: due 13:30.
      const before = await startTestApp(kind, { database, clock, env });
      let earlier: string;
      try {
        earlier = (await createTicket(before, await before.login(ALFA))).id;
      } finally {
        await before.close();
      }

      // The admin splits the day (a restart with SERVICE_HOURS_BASIC): later tickets count in the new hours only.
      const after = await startTestApp(kind, { database, clock, env: { ...env, SERVICE_HOURS_BASIC: SPLIT } });
      try {
        const lead = await after.login(LEAD);
        const basic = await createTicket(after, await after.login(ALFA));
        const extended = await createTicket(after, lead, BETA_EXT);
        // NON_CRITICAL BASIC, one service hour from 12:30: 30 minutes before the break, 30 after it.
        expect(new Date(basic.responseDueAt).getTime()).toBe(msk('2026-03-04T14:30').getTime());
        const deadline = `query($at: DateTime!) { responseDeadline(supportLevel: BASIC, criticality: NON_CRITICAL, receivedAt: $at) }`;
        expect(new Date((await after.gql(deadline, { at: NOW.toISOString() })).responseDeadline).getTime()).toBe(msk('2026-03-04T14:30').getTime());

        clock.set(msk('2026-03-04T13:30'));
        const paused = (await after.gql(SLA, { id: basic.id }, lead)).ticket;
        expect(paused.sla).toMatchObject({ paused: true, remainingSeconds: 1800, serviceHours: { kind: 'BUSINESS_HOURS', opensAt: '09:00', closesAt: '18:00', periods: SPLIT } });
        expect(new Date(paused.sla.pausedUntil).getTime()).toBe(msk('2026-03-04T14:00').getTime());

        const kept = (await after.gql(SLA, { id: earlier }, lead)).ticket;
        expect(new Date(kept.responseDueAt).getTime()).toBe(msk('2026-03-04T13:30').getTime());
        expect(kept.sla).toMatchObject({ paused: false, serviceHours: { periods: '09:00-18:00' } });

        expect((await after.gql(SLA, { id: extended.id }, lead)).ticket.sla.serviceHours).toMatchObject({ kind: 'ALWAYS', periods: null });
        const levels = (await after.gql('{ serviceLevels { supportLevel serviceHours } }')).serviceLevels;
        expect(levels.find((l: { supportLevel: string }) => l.supportLevel === 'BASIC').serviceHours).toBe('Рабочие дни 09:00–13:00, 14:00–18:00 МСК');
      } finally {
        await after.close();
      }
    } finally {
      await database.drop();
    }
  });
});
