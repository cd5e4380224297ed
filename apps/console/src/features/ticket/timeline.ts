import type { TicketDetailFragment } from './graphql/ticketDetail.api';
import type { TimelineEntryFieldsFragment } from '@desk/schema';

export type TimelineEntry = TimelineEntryFieldsFragment;
export type TicketMessage = TicketDetailFragment['messages'][number];

export type TimelineItem =
  | { type: 'message'; key: string; at: string; internal: boolean; message: TicketMessage }
  | { type: 'event'; key: string; at: string; internal: boolean; entry: TimelineEntry };

/**
 * One history (TKT-9): timeline entries in order, with a MESSAGE entry shown
 * as the message it records (its `data.messageId`). A message no entry points
 * to still appears, at its own time, so nothing said on a ticket is lost.
 */
export function buildTimeline(entries: readonly TimelineEntry[], messages: readonly TicketMessage[]): TimelineItem[] {
  const byId = new Map(messages.map((message) => [message.id, message]));
  const shown = new Set<string>();
  const items: TimelineItem[] = [];
  for (const entry of entries) {
    const messageId = entry.kind === 'MESSAGE' && entry.data ? entry.data.messageId : undefined;
    const message = messageId !== undefined && messageId !== null ? byId.get(String(messageId)) : undefined;
    if (message) {
      if (shown.has(message.id)) continue;
      shown.add(message.id);
      items.push({ type: 'message', key: `m${message.id}`, at: message.createdAt, internal: message.internal, message });
    } else {
      items.push({ type: 'event', key: `e${entry.id}`, at: entry.at, internal: entry.internal, entry });
    }
  }
  for (const message of messages) {
    if (shown.has(message.id)) continue;
    items.push({ type: 'message', key: `m${message.id}`, at: message.createdAt, internal: message.internal, message });
  }
  // Stable: equal times keep the server's order.
  return items
    .map((item, index) => ({ item, index }))
    .sort((a, b) => Date.parse(a.item.at) - Date.parse(b.item.at) || a.index - b.index)
    .map(({ item }) => item);
}
