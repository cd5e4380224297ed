import { useApolloClient } from '@vue/apollo-composable';
import { computed, inject, onBeforeUnmount, onMounted, ref, shallowRef } from 'vue';
import { SocketMonitorKey } from '@/shared/graphql/socket-monitor-key';
import { useSessionStore } from '@/stores/session';
import { boardAgents, buildColumns, moveTicket, type AgentPage, type BoardAgent, type BoardColumn } from '../board/board-columns';
import type { BoardTicket } from '../board/board-order';
import { AgentTicketsDocument, type AgentTicketsQuery, type AgentTicketsQueryVariables } from '../graphql/agentTickets.api';
import { useBoardAssignTicketMutation } from '../graphql/boardAssignTicket.api';
import { BoardQueueDocument, type BoardQueueQuery, type BoardQueueQueryVariables } from '../graphql/boardQueue.api';
import { useBoardAssignTicketsMutation } from '../graphql/boardAssignTickets.api';
import { useBoardUnassignTicketMutation } from '../graphql/boardUnassignTicket.api';
import { useBoardWorkChangedSubscription } from '../graphql/boardWorkChanged.api';
import { BoardStaffDocument, type BoardStaffQuery } from '../graphql/boardStaff.api';

/** The API caps a page at 200; a column shows that many cards, the load counts all. */
export const BOARD_PAGE_SIZE = 200;
/** Only while the socket is down: live, every ticket change arrives over myWork (#13). */
export const BOARD_POLL_INTERVAL_MS = 10_000;
/** Several queue events in a burst cost one refetch. */
export const BOARD_REFRESH_DEBOUNCE_MS = 300;

export type BoardStatus = 'loading' | 'ready' | 'error';

/**
 * The team board's data: the staff, each agent's open tickets
 * (`tickets(filter: { assigneeId, statuses })`) and the unassigned ones from
 * `queue`; refetched (debounced) on every ticket change the myWork stream
 * carries — a new ticket, a reassignment, a status change, an alert — in every
 * open board within a second (#13); after the socket comes back; and polled
 * only while the socket is down.
 */
export function useTeamBoard(options: { pollIntervalMs?: number; debounceMs?: number } = {}) {
  const { resolveClient } = useApolloClient();
  const session = useSessionStore();
  const socket = inject(SocketMonitorKey, null);
  const columns = shallowRef<BoardColumn[]>([]);
  const status = ref<BoardStatus>('loading');
  const error = ref<string | null>(null);
  const loadedAt = shallowRef<Date | null>(null);
  const pending = ref(new Set<string>());
  const { mutate: assignMutation } = useBoardAssignTicketMutation({});
  const { mutate: assignManyMutation } = useBoardAssignTicketsMutation({});
  const { mutate: unassignMutation } = useBoardUnassignTicketMutation({});

  const agents = computed(() => columns.value.flatMap((column) => (column.agent ? [column.agent] : [])));
  let generation = 0;

  async function load(): Promise<void> {
    const current = ++generation;
    const client = resolveClient();
    try {
      const [staffResult, queueResult] = await Promise.all([
        client.query<BoardStaffQuery>({ query: BoardStaffDocument, fetchPolicy: 'network-only' }),
        client.query<BoardQueueQuery, BoardQueueQueryVariables>({ query: BoardQueueDocument, variables: { first: BOARD_PAGE_SIZE }, fetchPolicy: 'network-only' }),
      ]);
      const queued = queueResult.data.queue.edges.map((edge) => edge.node);
      const me = session.user;
      const lead: BoardAgent | null = me && me.role === 'TEAM_LEAD' ? { id: me.id, fullName: me.fullName, role: me.role } : null;
      const assignees = queued.flatMap((t) => (t.assignee ? [{ id: t.assignee.id, fullName: t.assignee.fullName, role: null }] : []));
      const staff = staffResult.data.staff.map((user) => ({ id: user.id, fullName: user.fullName, role: user.role }));
      const team = boardAgents(staff, assignees, lead);
      const pages = await Promise.all(
        team.map(async (agent): Promise<[string, AgentPage]> => {
          const { data } = await client.query<AgentTicketsQuery, AgentTicketsQueryVariables>({
            query: AgentTicketsDocument,
            variables: { assigneeId: agent.id, first: BOARD_PAGE_SIZE },
            fetchPolicy: 'network-only',
          });
          return [agent.id, { tickets: data.tickets.edges.map((edge) => edge.node), totalCount: data.tickets.totalCount }];
        }),
      );
      if (current !== generation) return;
      columns.value = buildColumns(team, new Map(pages), queued.filter((t) => !t.assignee));
      status.value = 'ready';
      error.value = null;
      loadedAt.value = new Date();
    } catch (cause) {
      if (current !== generation) return;
      status.value = 'error';
      error.value = cause instanceof Error ? cause.message : String(cause);
    }
  }

  let debounce: ReturnType<typeof setTimeout> | null = null;
  function scheduleRefresh(): void {
    if (debounce !== null) clearTimeout(debounce);
    debounce = setTimeout(() => {
      debounce = null;
      void load();
    }, options.debounceMs ?? BOARD_REFRESH_DEBOUNCE_MS);
  }

  const { onResult } = useBoardWorkChangedSubscription();
  onResult((result) => {
    if (result.data?.myWork && result.data.myWork.kind !== 'SNAPSHOT') scheduleRefresh();
  });

  /** TKT-6: several tickets to one agent at once. */
  async function assignMany(tickets: readonly BoardTicket[], agent: BoardAgent): Promise<void> {
    pending.value = new Set([...pending.value, ...tickets.map((t) => t.id)]);
    try {
      await assignManyMutation({ ticketIds: tickets.map((t) => t.id), assigneeId: agent.id });
    } finally {
      pending.value = new Set([...pending.value].filter((id) => !tickets.some((t) => t.id === id)));
      scheduleRefresh();
    }
  }

  /** Takes the ticket off its holder: back to the team. */
  async function unassign(ticket: BoardTicket): Promise<void> {
    pending.value = new Set([...pending.value, ticket.id]);
    try {
      await unassignMutation({ ticketId: ticket.id });
    } finally {
      const next = new Set(pending.value);
      next.delete(ticket.id);
      pending.value = next;
      scheduleRefresh();
    }
  }

  /** TKT-6: the card moves at once; a failure puts it back and says why. */
  async function assign(ticket: BoardTicket, agent: BoardAgent): Promise<BoardTicket> {
    if (ticket.assignee?.id === agent.id) return ticket;
    const before = columns.value;
    columns.value = moveTicket(before, ticket.id, agent);
    pending.value = new Set([...pending.value, ticket.id]);
    try {
      const result = await assignMutation({ ticketId: ticket.id, assigneeId: agent.id });
      const updated = result?.data?.assignTicket;
      if (!updated) throw new Error('assignTicket returned nothing');
      scheduleRefresh();
      return updated;
    } catch (cause) {
      columns.value = before;
      void load();
      throw cause;
    } finally {
      const next = new Set(pending.value);
      next.delete(ticket.id);
      pending.value = next;
    }
  }

  let timer: ReturnType<typeof setInterval> | null = null;
  let stopReconnected: (() => void) | null = null;
  onMounted(() => {
    void load();
    stopReconnected = socket?.onReconnected(() => void load()) ?? null;
    timer = setInterval(() => {
      if (socket?.state.value !== 'connected') void load();
    }, options.pollIntervalMs ?? BOARD_POLL_INTERVAL_MS);
  });
  onBeforeUnmount(() => {
    generation += 1;
    if (timer !== null) clearInterval(timer);
    if (debounce !== null) clearTimeout(debounce);
    stopReconnected?.();
  });

  const live = computed(() => socket?.state.value === 'connected');

  return { columns, agents, status, error, loadedAt, pending, live, load, assign, assignMany, unassign };
}
