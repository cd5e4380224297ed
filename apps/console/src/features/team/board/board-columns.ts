import type { Role } from '@desk/schema';
import { needsAttention, sortBoardTickets, type BoardTicket } from './board-order';

export interface BoardAgent {
  id: string;
  fullName: string;
  role: Role | null;
}

export interface AgentLoad {
  /** All open tickets (NEW, IN_PROGRESS, WAITING_FOR_CUSTOMER), also past the loaded page. */
  open: number;
  new: number;
  inProgress: number;
  waiting: number;
  /** Escalated or breached: the lead's attention. */
  attention: number;
}

export interface BoardColumn {
  /** null: the unassigned tickets waiting for a reaction. */
  agent: BoardAgent | null;
  tickets: BoardTicket[];
  load: AgentLoad;
}

export interface AgentPage {
  tickets: readonly BoardTicket[];
  totalCount: number;
}

export function loadOf(tickets: readonly BoardTicket[], totalCount = tickets.length): AgentLoad {
  return {
    open: Math.max(totalCount, tickets.length),
    new: tickets.filter((t) => t.status === 'NEW').length,
    inProgress: tickets.filter((t) => t.status === 'IN_PROGRESS').length,
    waiting: tickets.filter((t) => t.status === 'WAITING_FOR_CUSTOMER').length,
    attention: tickets.filter(needsAttention).length,
  };
}

/**
 * Everyone who can hold tickets: the `staff` list, plus assignees seen on
 * tickets (a deactivated agent may still hold some) and the signed-in lead,
 * so a ticket never disappears from the board because its holder is missing.
 */
export function boardAgents(staff: readonly BoardAgent[] | null, assignees: readonly BoardAgent[], lead: BoardAgent | null): BoardAgent[] {
  const byId = new Map<string, BoardAgent>();
  for (const agent of staff ?? []) byId.set(agent.id, agent);
  for (const agent of assignees) if (!byId.has(agent.id)) byId.set(agent.id, agent);
  if (lead && !byId.has(lead.id)) byId.set(lead.id, lead);
  return [...byId.values()].sort((a, b) => a.fullName.localeCompare(b.fullName, 'ru'));
}

/** The unassigned column first, then one column per agent; cards in attention-first order. */
export function buildColumns(agents: readonly BoardAgent[], pages: ReadonlyMap<string, AgentPage>, unassigned: readonly BoardTicket[]): BoardColumn[] {
  const columns: BoardColumn[] = [{ agent: null, tickets: sortBoardTickets(unassigned), load: loadOf(unassigned) }];
  for (const agent of agents) {
    const page = pages.get(agent.id);
    const tickets = page ? sortBoardTickets(page.tickets) : [];
    columns.push({ agent, tickets, load: loadOf(tickets, page?.totalCount ?? 0) });
  }
  return columns;
}

/** Moves a card to another column at once (the server confirms, then the board refetches). */
export function moveTicket(columns: readonly BoardColumn[], ticketId: string, to: BoardAgent): BoardColumn[] {
  let moved: BoardTicket | null = null;
  const without = columns.map((column) => {
    const index = column.tickets.findIndex((t) => t.id === ticketId);
    if (index < 0) return column;
    moved = column.tickets[index]!;
    const tickets = column.tickets.filter((t) => t.id !== ticketId);
    return { ...column, tickets, load: loadOf(tickets, column.load.open - 1) };
  });
  if (!moved) return [...columns];
  const card: BoardTicket = { ...(moved as BoardTicket), assignee: { __typename: 'User', id: to.id, fullName: to.fullName } };
  return without.map((column) => {
    if (column.agent?.id !== to.id) return column;
    const tickets = sortBoardTickets([...column.tickets, card]);
    return { ...column, tickets, load: loadOf(tickets, column.load.open + 1) };
  });
}
