import { TicketFile } from '../../entities/files/ticket-file.entity.js';
import { EquipmentItem } from '../../entities/material-requests/equipment-item.entity.js';
import { MaterialRequest } from '../../entities/material-requests/material-request.entity.js';
import { MaterialRequestFile } from '../../entities/material-requests/material-request-file.entity.js';
import { groupBy, perRequest, RequestBatch } from '../../graphql/request-batch.js';

/** One query per field for every ticket (or request) in a response, not one per row. */
export const requestsOfTickets = perRequest(
  (ctx) =>
    new RequestBatch(async (ticketIds: readonly number[]) => {
      const rows = await ctx.em.find(MaterialRequest, { ticket: { $in: [...ticketIds] } }, { orderBy: { requestedAt: 'asc', id: 'asc' } });
      return groupBy(rows, (row) => row.ticket.id);
    }, [] as MaterialRequest[]),
);

export const filesOfRequests = perRequest(
  (ctx) =>
    new RequestBatch(async (requestIds: readonly number[]) => {
      const links = await ctx.em.find(MaterialRequestFile, { request: { $in: [...requestIds] } }, { populate: ['file'], orderBy: { id: 'asc' } });
      const byRequest = groupBy(links, (link) => link.request.id);
      return new Map([...byRequest].map(([id, group]) => [id, group.map((link) => link.file.getEntity())]));
    }, [] as TicketFile[]),
);

export const equipmentOfRequests = perRequest(
  (ctx) =>
    new RequestBatch(async (requestIds: readonly number[]) => {
      const items = await ctx.em.find(EquipmentItem, { request: { $in: [...requestIds] } }, { orderBy: { id: 'asc' } });
      return groupBy(items, (item) => item.request.id);
    }, [] as EquipmentItem[]),
);
