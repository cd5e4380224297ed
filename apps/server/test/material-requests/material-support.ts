import { Ticket } from '../../src/entities/tickets/ticket.entity.js';
import { TicketFile } from '../../src/entities/files/ticket-file.entity.js';
import type { TestApp } from '../support/test-app.js';

export const REQUEST_FIELDS = `id ticketId kind details reason status requestedAt fulfilledAt fulfilmentNote cancelledAt shippingDetails
  requestedBy { email } files { id fileName }
  equipment { id item serialNumber receivedOn returnedOn conditionNotes location }`;

export const TICKET = `query($id: ID!) { ticket(id: $id) {
  id status waitingSince autoCloseAt customerAnsweredAt
  materialRequests { ${REQUEST_FIELDS} }
  timeline { kind summary data }
} }`;

export const REQUEST = `mutation($id: ID!, $items: [MaterialRequestInput!]!) {
  requestMaterial(ticketId: $id, items: $items) { id status autoCloseAt materialRequests { id kind status } } }`;
export const FULFIL = `mutation($input: FulfilMaterialRequestInput!) { fulfilMaterialRequest(input: $input) { id status autoCloseAt } }`;
export const CANCEL = `mutation($id: ID!, $note: String) { cancelMaterialRequest(requestId: $id, note: $note) { id status materialRequests { id status } } }`;
export const RECEIVED = `mutation($input: EquipmentReceivedInput!) { recordEquipmentReceived(input: $input) { id status } }`;
export const RETURNED = `mutation($input: EquipmentReturnedInput!) { recordEquipmentReturned(input: $input) { id status } }`;

export const LOGS = { kind: 'LOGS', details: 'Журнал службы dlserver за последние 7 дней', reason: 'Найти момент остановки службы' };
export const SCREENSHOTS = { kind: 'SCREENSHOTS', details: 'Снимок окна с ошибкой', reason: 'Увидеть точный текст ошибки' };
export const EQUIPMENT = { kind: 'EQUIPMENT', details: 'Плата ПАК «Соболь» с кабелем', reason: 'Диагностика на стенде' };

/** A finished upload on the ticket, as the tus endpoint leaves it (the upload itself is tested in test/files). */
export async function uploadedFile(t: TestApp, ticketId: string, fileName = 'dlserver.log'): Promise<string> {
  const em = t.app.orm.em.fork();
  const file = em.create(TicketFile, {
    ticket: em.getReference(Ticket, Number(ticketId)),
    fileName,
    contentType: 'text/plain',
    size: '42',
    sha256: 'a'.repeat(64),
    storageKey: `tickets/${ticketId}/${fileName}`,
    createdAt: t.clock.now(),
  });
  await em.flush();
  return String(file.id);
}
