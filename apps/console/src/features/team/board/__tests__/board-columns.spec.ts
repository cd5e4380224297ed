import { describe, expect, it } from 'vitest';
import { boardAgents, buildColumns, loadOf, moveTicket } from '../board-columns';
import { boardTicket } from './board-fixtures';

const maria = { id: '3', fullName: 'Мария Поддержкина', role: 'AGENT' as const };
const alexey = { id: '2', fullName: 'Алексей Инженеров', role: 'AGENT' as const };
const lead = { id: '1', fullName: 'Ирина Руководитель', role: 'TEAM_LEAD' as const };

describe('team board columns', () => {
  it('agents: the staff list plus holders of tickets and the signed-in lead, by name', () => {
    const former = { id: '9', fullName: 'Борис Уволенный', role: null };
    expect(boardAgents([maria, alexey], [former, maria], lead).map((a) => a.id)).toEqual(['2', '9', '1', '3']);
    // Without a staff query the board still shows who holds tickets and the lead.
    expect(boardAgents(null, [maria], lead).map((a) => a.fullName)).toEqual(['Ирина Руководитель', 'Мария Поддержкина']);
  });

  it('load counts every open ticket, also past the loaded page, and those needing attention', () => {
    const tickets = [
      boardTicket({ status: 'NEW', slaState: 'BREACHED' }),
      boardTicket({ status: 'IN_PROGRESS', escalationLevel: 1 }),
      boardTicket({ status: 'WAITING_FOR_CUSTOMER' }),
    ];
    expect(loadOf(tickets, 240)).toEqual({ open: 240, new: 1, inProgress: 1, waiting: 1, attention: 2 });
  });

  it('the unassigned column comes first; cards are sorted attention first', () => {
    const calm = boardTicket({ priority: 1 });
    const breached = boardTicket({ priority: 4, slaState: 'BREACHED' });
    const columns = buildColumns([alexey, maria], new Map([['3', { tickets: [calm, breached], totalCount: 2 }]]), [boardTicket({ status: 'NEW' })]);
    expect(columns.map((c) => c.agent?.id ?? null)).toEqual([null, '2', '3']);
    expect(columns[2]!.tickets.map((t) => t.id)).toEqual([breached.id, calm.id]);
    expect(columns[1]!.load.open).toBe(0);
  });

  it('a reassigned card moves at once, with both loads updated', () => {
    const ticket = boardTicket({ assignee: { __typename: 'User', id: '2', fullName: alexey.fullName } });
    const columns = buildColumns([alexey, maria], new Map([['2', { tickets: [ticket], totalCount: 1 }]]), []);
    const moved = moveTicket(columns, ticket.id, maria);
    expect(moved[1]!.tickets).toHaveLength(0);
    expect(moved[1]!.load.open).toBe(0);
    expect(moved[2]!.tickets[0]).toMatchObject({ id: ticket.id, assignee: { id: '3', fullName: 'Мария Поддержкина' } });
    expect(moved[2]!.load.open).toBe(1);
  });
});
