import { describe, expect, it } from 'vitest';
import { needsAttention, sortBoardTickets } from '../board-order';
import { boardTicket } from './board-fixtures';

describe('team board order', () => {
  it('TKT-6, SLA-7: escalated tickets come first, then breached ones, then SLA-6 order', () => {
    const p1 = boardTicket({ number: 'P1', priority: 1, responseDueAt: '2026-11-24T10:20:00+03:00' });
    const p4 = boardTicket({ number: 'P4', priority: 4 });
    const breached = boardTicket({ number: 'BREACHED', priority: 4, slaState: 'BREACHED' });
    const escalated = boardTicket({ number: 'ESCALATED', priority: 3, escalationLevel: 1 });
    const escalatedTwice = boardTicket({ number: 'ESCALATED-2', priority: 4, escalationLevel: 2 });
    const escalatedBreached = boardTicket({ number: 'ESC-BREACHED', priority: 4, escalationLevel: 1, slaState: 'BREACHED' });

    const order = sortBoardTickets([p4, p1, breached, escalated, escalatedTwice, escalatedBreached]).map((t) => t.number);
    expect(order).toEqual(['ESC-BREACHED', 'ESCALATED-2', 'ESCALATED', 'BREACHED', 'P1', 'P4']);
  });

  it('SLA-6 within the rest: priority, then the earlier deadline, then the earlier arrival', () => {
    const later = boardTicket({ number: 'LATER', priority: 2, responseDueAt: '2026-11-24T10:40:00+03:00' });
    const sooner = boardTicket({ number: 'SOONER', priority: 2, responseDueAt: '2026-11-24T10:30:00+03:00' });
    const older = boardTicket({ number: 'OLDER', priority: 2, responseDueAt: '2026-11-24T10:30:00+03:00', receivedAt: '2026-11-24T09:00:00+03:00' });
    const p1 = boardTicket({ number: 'P1', priority: 1, responseDueAt: '2026-11-24T12:00:00+03:00' });
    expect(sortBoardTickets([later, sooner, older, p1]).map((t) => t.number)).toEqual(['P1', 'OLDER', 'SOONER', 'LATER']);
  });

  it('AT_RISK alone does not jump the line; escalation or a breach does', () => {
    expect(needsAttention(boardTicket({ slaState: 'AT_RISK' }))).toBe(false);
    expect(needsAttention(boardTicket({ slaState: 'BREACHED' }))).toBe(true);
    expect(needsAttention(boardTicket({ escalationLevel: 1 }))).toBe(true);
  });

  it('does not reorder the list it was given', () => {
    const list = [boardTicket({ priority: 4 }), boardTicket({ priority: 1 })];
    const copy = [...list];
    sortBoardTickets(list);
    expect(list).toEqual(copy);
  });
});
