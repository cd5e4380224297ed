import { randomBytes } from 'node:crypto';
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll } from 'vitest';
import { startFilesTestApp, type FilesTestApp } from './files-test-app.js';
import type { DatabaseKind } from './test-database.js';

export const CREATE_TICKET_ID = `mutation($input: CreateTicketInput!) { createTicket(input: $input) { id number } }`;
export const FILES = `query($id: ID!) {
  ticket(id: $id) {
    files { id fileName contentType size sha256 createdAt downloadUrl messageId uploadedBy { email } }
    timeline { kind summary data }
  }
}`;

export const BETA_REQUEST = {
  identifier: 'DL-EXT-0001',
  organizationName: 'ПАО Бета',
  contact: { fullName: 'Борис Бетов', position: 'Инженер', phone: '+7 495 000-00-02', email: 'beta@demo.local' },
  subject: 'АРМ не запускается после обновления',
  description: 'Прикладываю отчёт msinfo32 и снимок экрана',
  category: 'INCIDENT',
  criticality: 'NON_CRITICAL',
  channel: 'PORTAL',
};
export const ALFA_REQUEST = {
  ...BETA_REQUEST,
  identifier: 'DL-BASIC-0001',
  organizationName: 'АО Альфа',
  contact: { fullName: 'Анна Альфова', position: 'Администратор', phone: '+7 495 000-00-01', email: 'alfa@demo.local' },
};

/** What `msinfo32 /nfo C:\server.nfo` writes: UTF-16LE XML with a BOM, a few hundred KiB. */
export function msinfoReport(): Buffer {
  const items = Array.from(
    { length: 1500 },
    (_, i) => `<Data><Элемент>Драйвер ${i}</Элемент><Значение>C:\\Windows\\System32\\drivers\\d${i}.sys</Значение></Data>`,
  ).join('\r\n');
  const xml = `<?xml version="1.0" encoding="UTF-16"?>\r\n<MsInfo><Metadata><Version>8.0</Version></Metadata><Category name="Сведения о системе">${items}</Category></MsInfo>`;
  return Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(xml, 'utf16le')]);
}

export function screenshot(): Buffer {
  return Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), randomBytes(150 * 1024)]);
}

export interface FileView {
  id: string;
  fileName: string;
  contentType: string;
  size: number;
  sha256: string;
  downloadUrl: string;
  messageId: string | null;
  uploadedBy: { email: string } | null;
}

export interface FilesDesk {
  readonly f: FilesTestApp;
  /** Bearer tokens of a ПАО Бета customer, an АО Альфа customer and an agent. */
  readonly beta: string;
  readonly alfa: string;
  readonly agent: string;
  /** A ticket of each organization to attach files to. */
  readonly betaTicket: string;
  readonly alfaTicket: string;
}

/**
 * The file exchange (TKT-10) with one ticket each of ПАО Бета and АО Альфа,
 * for one describe block: `ready` hands the suite its handles once started.
 */
export function useFilesDesk(kind: DatabaseKind, ready: (desk: FilesDesk) => void) {
  let f: FilesTestApp | null = null;
  beforeAll(async () => {
    const app = (f = await startFilesTestApp(kind));
    const [beta, alfa, agent] = await Promise.all([app.t.login('beta@demo.local'), app.t.login('alfa@demo.local'), app.t.login('agent1@demo.local')]);
    const betaTicket = (await app.t.gql(CREATE_TICKET_ID, { input: BETA_REQUEST }, beta)).createTicket.id;
    const alfaTicket = (await app.t.gql(CREATE_TICKET_ID, { input: ALFA_REQUEST }, alfa)).createTicket.id;
    ready({ f: app, beta, alfa, agent, betaTicket, alfaTicket });
  });
  afterAll(async () => f?.close());
  return {
    files: async (ticketId: string, token: string): Promise<FileView[]> => (await f!.gql(FILES, { id: ticketId }, token)).ticket.files,
    download: (path: string, token: string | null, headers: Record<string, string> = {}) =>
      fetch(`${f!.filesUrl}${path}`, { headers: { ...(token ? { authorization: `Bearer ${token}` } : {}), ...headers } }),
    head: (uploadUrl: string, token: string) =>
      fetch(new URL(uploadUrl, f!.filesUrl), { method: 'HEAD', headers: { authorization: `Bearer ${token}`, 'tus-resumable': '1.0.0' } }),
    /** The tus area holds only unfinished uploads; finished files live under tickets/. */
    pendingUploads: (): string[] => {
      const dir = join(f!.filesDir, 'uploads');
      return existsSync(dir) ? readdirSync(dir) : [];
    },
  };
}
