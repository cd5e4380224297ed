import { randomBytes } from 'node:crypto';
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MessageKind } from '../src/entities/tickets/ticket.enums.js';
import { TicketMessage } from '../src/entities/tickets/ticket-message.entity.js';
import { Ticket } from '../src/entities/tickets/ticket.entity.js';
import { postGraphQL } from './support/graphql-client.js';
import { startFilesTestApp, sha256, startUpload, uploadFile, uploadRefused, type FilesTestApp } from './support/files-app.js';
import { subscribe } from './support/subscription-client.js';
import { TEST_DATABASES } from './support/test-database.js';

const CREATE = `mutation($input: CreateTicketInput!) { createTicket(input: $input) { id number } }`;
const FILES = `query($id: ID!) {
  ticket(id: $id) {
    files { id fileName contentType size sha256 createdAt downloadUrl messageId uploadedBy { email } }
    timeline { kind summary data }
  }
}`;

const BETA_REQUEST = {
  identifier: 'DL-EXT-0001',
  organizationName: 'ПАО Бета',
  contact: { fullName: 'Борис Бетов', position: 'Инженер', phone: '+7 495 000-00-02', email: 'beta@demo.local' },
  subject: 'АРМ не запускается после обновления',
  description: 'Прикладываю отчёт msinfo32 и снимок экрана',
  category: 'INCIDENT',
  criticality: 'NON_CRITICAL',
  channel: 'PORTAL',
};
const ALFA_REQUEST = {
  ...BETA_REQUEST,
  identifier: 'DL-BASIC-0001',
  organizationName: 'АО Альфа',
  contact: { fullName: 'Анна Альфова', position: 'Администратор', phone: '+7 495 000-00-01', email: 'alfa@demo.local' },
};

/** What `msinfo32 /nfo C:\server.nfo` writes: UTF-16LE XML with a BOM, a few hundred KiB. */
function msinfoReport(): Buffer {
  const items = Array.from(
    { length: 1500 },
    (_, i) => `<Data><Элемент>Драйвер ${i}</Элемент><Значение>C:\\Windows\\System32\\drivers\\d${i}.sys</Значение></Data>`,
  ).join('\r\n');
  const xml = `<?xml version="1.0" encoding="UTF-16"?>\r\n<MsInfo><Metadata><Version>8.0</Version></Metadata><Category name="Сведения о системе">${items}</Category></MsInfo>`;
  return Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(xml, 'utf16le')]);
}

function screenshot(): Buffer {
  return Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), randomBytes(150 * 1024)]);
}

interface FileView {
  id: string;
  fileName: string;
  contentType: string;
  size: number;
  sha256: string;
  downloadUrl: string;
  messageId: string | null;
  uploadedBy: { email: string } | null;
}

describe.each(TEST_DATABASES)('TKT-10 file attachments on %s', (kind) => {
  let f: FilesTestApp;
  let beta: string;
  let alfa: string;
  let agent: string;
  let betaTicket: string;
  let alfaTicket: string;

  beforeAll(async () => {
    f = await startFilesTestApp(kind);
    beta = await f.t.login('beta@demo.local');
    alfa = await f.t.login('alfa@demo.local');
    agent = await f.t.login('agent1@demo.local');
    betaTicket = (await f.t.gql(CREATE, { input: BETA_REQUEST }, beta)).createTicket.id;
    alfaTicket = (await f.t.gql(CREATE, { input: ALFA_REQUEST }, alfa)).createTicket.id;
  });
  afterAll(async () => f?.close());

  async function files(ticketId: string, token: string): Promise<FileView[]> {
    return (await f.gql(FILES, { id: ticketId }, token)).ticket.files;
  }

  function download(path: string, token: string | null, headers: Record<string, string> = {}) {
    return fetch(`${f.filesUrl}${path}`, { headers: { ...(token ? { authorization: `Bearer ${token}` } : {}), ...headers } });
  }

  function head(uploadUrl: string, token: string) {
    return fetch(new URL(uploadUrl, f.filesUrl), { method: 'HEAD', headers: { authorization: `Bearer ${token}`, 'tus-resumable': '1.0.0' } });
  }

  /** The tus area holds only unfinished uploads; finished files live under tickets/. */
  function pendingUploads(): string[] {
    const dir = join(f.filesDir, 'uploads');
    return existsSync(dir) ? readdirSync(dir) : [];
  }

  it('a customer attaches an msinfo32 report and a screenshot: rows with size and SHA-256, FILE_ATTACHED, same bytes back', async () => {
    console.info(`files served by ${f.servedBy.files}, Ticket.files by ${f.servedBy.graphql}`);
    const report = msinfoReport();
    const picture = screenshot();
    const live = await subscribe<{ ticketUpdated: { id: string; updatedAt: string } }>(
      f.t.url,
      beta,
      `subscription($id: ID!) { ticketUpdated(id: $id) { id updatedAt } }`,
      { id: betaTicket },
    );
    try {
      const first = await uploadFile(
        f.filesUrl,
        beta,
        report,
        { ticketId: betaTicket, filename: 'C:\\server.nfo', filetype: 'application/octet-stream', sha256: sha256(report) },
        64 * 1024,
      );
      const second = await uploadFile(f.filesUrl, beta, picture, { ticketId: betaTicket, filename: 'Снимок экрана «ошибка».png', filetype: 'image/png' });
      expect(first.fileId).toMatch(/^\d+$/);
      expect(second.fileId).toMatch(/^\d+$/);
      // The ticket as it was when subscribed, then one state per attachment.
      await live.until((events) => events.length >= 3);
    } finally {
      await live.close();
    }

    const attached = await files(betaTicket, beta);
    expect(attached).toEqual([
      expect.objectContaining({ fileName: 'server.nfo', contentType: 'application/octet-stream', size: report.length, sha256: sha256(report), messageId: null, uploadedBy: { email: 'beta@demo.local' } }),
      expect.objectContaining({ fileName: 'Снимок экрана «ошибка».png', contentType: 'image/png', size: picture.length, sha256: sha256(picture) }),
    ]);
    const [nfo, png] = attached as [FileView, FileView];
    expect(nfo.downloadUrl).toBe(`/files/${nfo.id}/content`);
    // Staff see the same files.
    expect((await files(betaTicket, agent)).map((x) => x.id)).toEqual([nfo.id, png.id]);

    const timeline = (await f.t.gql(`query($id: ID!) { ticket(id: $id) { timeline { kind summary data } } }`, { id: betaTicket }, beta)).ticket.timeline;
    const attachedLines = timeline.filter((e: { kind: string }) => e.kind === 'FILE_ATTACHED');
    expect(attachedLines).toHaveLength(2);
    expect(attachedLines[0]).toMatchObject({ data: { fileId: Number(nfo.id), fileName: 'server.nfo', size: report.length, sha256: sha256(report) } });
    expect(attachedLines[0].summary).toContain('server.nfo');
    expect(attachedLines[1].summary).toContain('Снимок экрана «ошибка».png');

    const got = await download(nfo.downloadUrl, beta);
    expect(got.status).toBe(200);
    expect(got.headers.get('content-type')).toBe('application/octet-stream');
    expect(got.headers.get('content-length')).toBe(String(report.length));
    expect(got.headers.get('etag')).toBe(`"${sha256(report)}"`);
    expect(got.headers.get('content-disposition')).toBe('attachment; filename="server.nfo"');
    expect(Buffer.from(await got.arrayBuffer()).equals(report)).toBe(true);

    const image = await download(png.downloadUrl, agent);
    expect(image.status).toBe(200);
    expect(image.headers.get('content-type')).toBe('image/png');
    expect(image.headers.get('x-content-type-options')).toBe('nosniff');
    const disposition = image.headers.get('content-disposition')!;
    expect(disposition).toMatch(/^attachment; filename="[ -~]+"; filename\*=UTF-8''/);
    expect(decodeURIComponent(disposition.split("filename*=UTF-8''")[1]!)).toBe('Снимок экрана «ошибка».png');
    expect(Buffer.from(await image.arrayBuffer()).equals(picture)).toBe(true);

    // Conditional and partial requests: the SHA-256 ETag and byte ranges.
    expect((await download(nfo.downloadUrl, beta, { 'if-none-match': `"${sha256(report)}"` })).status).toBe(304);
    const part = await download(nfo.downloadUrl, beta, { range: 'bytes=100-199' });
    expect(part.status).toBe(206);
    expect(part.headers.get('content-range')).toBe(`bytes 100-199/${report.length}`);
    expect(Buffer.from(await part.arrayBuffer()).equals(report.subarray(100, 200))).toBe(true);
    expect((await download(nfo.downloadUrl, beta, { range: `bytes=${report.length}-` })).status).toBe(416);

    expect(pendingUploads()).toEqual([]);
  });

  it('an interrupted upload stays invisible and resumes from its offset with the same upload URL', async () => {
    const data = randomBytes(200 * 1024 + 17);
    const before = (await files(betaTicket, beta)).length;
    const chunkSize = 64 * 1024;
    let accepted = 0;
    let aborted: Promise<void> | null = null;
    let finished = false;
    const first = startUpload(
      f.filesUrl,
      beta,
      data,
      { ticketId: betaTicket, filename: 'memory.dmp', sha256: sha256(data) },
      {
        chunkSize,
        onChunkComplete: (upload, bytes) => {
          accepted = bytes;
          aborted ??= upload.abort();
        },
      },
    );
    void first.done.then(() => (finished = true), () => undefined);
    await expect.poll(() => aborted !== null).toBe(true);
    await aborted;
    expect(finished).toBe(false);
    expect(accepted).toBe(chunkSize);
    const uploadUrl = first.upload.url!;
    expect(uploadUrl).toMatch(/\/files\/[0-9a-f]+$/);

    // Nothing to see yet, only the resumable upload.
    expect(await files(betaTicket, beta)).toHaveLength(before);
    const state = await head(uploadUrl, beta);
    expect(state.status).toBe(200);
    expect(state.headers.get('upload-offset')).toBe(String(chunkSize));
    expect(state.headers.get('upload-length')).toBe(String(data.length));
    // Someone else cannot see, resume or cancel it.
    expect((await head(uploadUrl, alfa)).status).toBe(404);
    expect((await head(uploadUrl, agent)).status).toBe(404);

    let resumedFrom = -1;
    const resumed = await startUpload(f.filesUrl, beta, data, { ticketId: betaTicket, filename: 'memory.dmp', sha256: sha256(data) }, {
      chunkSize,
      uploadUrl,
      onChunkComplete: (_u, bytes) => {
        if (resumedFrom < 0) resumedFrom = bytes;
      },
    }).done;
    expect(resumed.url).toBe(uploadUrl);
    expect(resumedFrom).toBe(2 * chunkSize); // it went on from the first chunk, not from zero

    const now = await files(betaTicket, beta);
    expect(now).toHaveLength(before + 1);
    const dump = now.at(-1)!;
    expect(dump).toMatchObject({ id: resumed.fileId, fileName: 'memory.dmp', size: data.length, sha256: sha256(data) });
    expect(Buffer.from(await (await download(dump.downloadUrl, beta)).arrayBuffer()).equals(data)).toBe(true);
    // Once finished, the upload URL is gone: the file is only reachable as an attachment.
    expect((await head(uploadUrl, beta)).status).toBe(404);
    expect(pendingUploads()).toEqual([]);
  });

  it("refuses another organization's ticket (403), an unknown ticket (404) and a missing file name (400), storing nothing", async () => {
    const data = Buffer.from('log line\n'.repeat(100));
    const count = async () => (await files(betaTicket, agent)).length + (await files(alfaTicket, agent)).length;
    const before = await count();

    const foreign = await uploadRefused(f.filesUrl, beta, data, { ticketId: alfaTicket, filename: 'app.log' });
    expect(foreign.status).toBe(403);
    expect(foreign.body).toContain('another organization');

    const unknown = await uploadRefused(f.filesUrl, beta, data, { ticketId: '999999', filename: 'app.log' });
    expect(unknown.status).toBe(404);
    expect(unknown.body).toContain('Ticket 999999 does not exist');

    const nameless = await uploadRefused(f.filesUrl, beta, data, { ticketId: betaTicket, filename: '   ' });
    expect(nameless.status).toBe(400);
    expect(nameless.body).toContain('filename — is required');

    const badSha = await uploadRefused(f.filesUrl, beta, data, { ticketId: betaTicket, filename: 'app.log', sha256: 'abc' });
    expect(badSha.status).toBe(400);
    expect(badSha.body).toContain('sha256');

    expect(await count()).toBe(before);
    expect(pendingUploads()).toEqual([]);
  });

  it('a wrong SHA-256 is refused with "checksum mismatch": no row, nothing kept', async () => {
    const data = randomBytes(100 * 1024);
    const before = (await files(betaTicket, beta)).length;
    const wrong = sha256(Buffer.from('something else'));
    const refused = await uploadRefused(f.filesUrl, beta, data, { ticketId: betaTicket, filename: 'config.xml', sha256: wrong });
    expect(refused.status).toBe(460);
    expect(refused.body.toLowerCase()).toContain('checksum mismatch');
    expect(refused.body).toContain(sha256(data));
    expect(await files(betaTicket, beta)).toHaveLength(before);
    expect(pendingUploads()).toEqual([]);
    const timeline = (await f.t.gql(`query($id: ID!) { ticket(id: $id) { timeline { kind data } } }`, { id: betaTicket }, beta)).ticket.timeline;
    expect(timeline.filter((e: { kind: string; data: { fileName?: string } }) => e.kind === 'FILE_ATTACHED' && e.data.fileName === 'config.xml')).toEqual([]);
  });

  it('downloads: 403 for another organization, 401 without a token, 404 for an unknown file', async () => {
    const data = Buffer.from('секретная конфигурация');
    const { fileId } = await uploadFile(f.filesUrl, beta, data, { ticketId: betaTicket, filename: 'settings.ini', filetype: 'text/plain; charset=utf-8' });
    const url = `/files/${fileId}/content`;

    const foreign = await download(url, alfa);
    expect(foreign.status).toBe(403);
    expect(await foreign.json()).toMatchObject({ error: 'FORBIDDEN' });

    const anonymous = await download(url, null);
    expect(anonymous.status).toBe(401);
    expect(anonymous.headers.get('www-authenticate')).toBe('Bearer');
    expect(await anonymous.json()).toMatchObject({ error: 'UNAUTHENTICATED' });
    expect((await download(url, 'not-a-token')).status).toBe(401);

    expect((await download('/files/999999/content', beta)).status).toBe(404);
    expect((await download('/files/abc/content', beta)).status).toBe(404);

    // The other organization does not see the file in GraphQL either: the ticket itself is hidden.
    expect((await f.gql(FILES, { id: betaTicket }, alfa)).ticket).toBeNull();

    const own = await download(url, beta);
    expect(own.status).toBe(200);
    expect(own.headers.get('content-type')).toBe('text/plain; charset=utf-8');
    expect(await own.text()).toBe('секретная конфигурация');
  });

  it('TKT-10: grantDownload: a plain link for exactly one file, for its caller only, never a sign-in token', async () => {
    const data = Buffer.from('большой образ диска');
    const { fileId } = await uploadFile(f.filesUrl, beta, data, { ticketId: betaTicket, filename: 'disk.img', filetype: 'application/octet-stream' });
    const { fileId: otherId } = await uploadFile(f.filesUrl, beta, Buffer.from('другой'), { ticketId: betaTicket, filename: 'other.txt', filetype: 'text/plain' });
    const GRANT = `mutation($u: String!) { grantDownload(downloadUrl: $u) { url expiresAt } }`;

    const granted = (await f.gql(GRANT, { u: `/files/${fileId}/content` }, beta)).grantDownload as { url: string; expiresAt: string };
    expect(granted.url).toMatch(new RegExp(`^/files/${fileId}/content\\?access=`));
    expect(new Date(granted.expiresAt).getTime()).toBeGreaterThan(Date.now());
    const viaLink = await download(granted.url, null);
    expect(viaLink.status).toBe(200);
    expect(Buffer.from(await viaLink.arrayBuffer()).equals(data)).toBe(true);

    // Bound to its path: the same grant opens no other file.
    const access = new URL(granted.url, 'http://x').searchParams.get('access')!;
    expect((await download(`/files/${otherId}/content?access=${encodeURIComponent(access)}`, null)).status).toBe(401);
    // Another organization gets no grant for it: refused with the reason, not as a saved error page.
    const foreign = await f.t.gqlErrors(GRANT, { u: `/files/${fileId}/content` }, alfa);
    expect(foreign[0]?.extensions?.code).toBe('FORBIDDEN');
    // Not a sign-in token.
    const { body } = await postGraphQL(f.t.url, '{ me { id } }', {}, access);
    expect(body.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    // Only download paths.
    const refused = await f.t.gqlErrors(GRANT, { u: '/graphql' }, beta);
    expect(refused[0]?.extensions?.fields).toEqual([expect.objectContaining({ field: 'downloadUrl' })]);
  });

  it('uploads need a valid token: 401 before anything is stored', async () => {
    const data = Buffer.from('x'.repeat(1000));
    const anonymous = await uploadRefused(f.filesUrl, null, data, { ticketId: betaTicket, filename: 'a.txt' });
    expect(anonymous.status).toBe(401);
    expect(anonymous.body).toContain('Authorization: Bearer');
    expect((await uploadRefused(f.filesUrl, 'forged', data, { ticketId: betaTicket, filename: 'a.txt' })).status).toBe(401);
    expect(pendingUploads()).toEqual([]);
  });

  it('an empty file completes on creation and downloads as zero bytes', async () => {
    const empty = Buffer.alloc(0);
    const { fileId } = await uploadFile(f.filesUrl, beta, empty, { ticketId: betaTicket, filename: 'empty.cfg', sha256: sha256(empty) });
    expect((await files(betaTicket, beta)).find((x) => x.id === fileId)).toMatchObject({ size: 0, sha256: sha256(empty) });
    const got = await download(`/files/${fileId}/content`, beta);
    expect(got.status).toBe(200);
    expect(got.headers.get('content-length')).toBe('0');
    expect((await got.arrayBuffer()).byteLength).toBe(0);
    // Finished on creation: tus still reads the entry while answering, so it goes right after.
    await expect.poll(pendingUploads).toEqual([]);
  });

  it('a closed or rejected ticket takes no more files (TKT-4): 409', async () => {
    const lead = await f.t.login('lead@demo.local');
    const rejected = (
      await f.t.gql(CREATE, {
        input: {
          ...BETA_REQUEST,
          identifier: 'DL-EXPIRED-0001',
          organizationName: 'ООО Гамма',
          channel: 'EMAIL',
          contact: { fullName: 'Глеб Гаммов', position: 'Инженер', phone: '+7 900 000-00-03', email: 'gamma@example.com' },
        },
      }, lead)
    ).createTicket.id;
    const refused = await uploadRefused(f.filesUrl, lead, Buffer.from('contract.pdf'), { ticketId: rejected, filename: 'contract.pdf' });
    expect(refused.status).toBe(409);
    expect(refused.body).toContain('REJECTED');
    expect(await files(rejected, lead)).toEqual([]);
  });

  it('files sent with a message carry its id; files of internal notes are for staff only', async () => {
    const em = f.t.app.orm.em.fork();
    const ticket = em.getReference(Ticket, Number(betaTicket));
    const reply = em.create(TicketMessage, { ticket, kind: MessageKind.CUSTOMER_REPLY, authorName: 'Борис Бетов', body: 'Лог во вложении', createdAt: new Date() });
    const note = em.create(TicketMessage, { ticket, kind: MessageKind.INTERNAL_NOTE, authorName: 'Агент', body: 'дамп из лаборатории', internal: true, createdAt: new Date() });
    await em.flush();

    const log = Buffer.from('2026-01-12 10:00:00 ERROR service stopped\n');
    const sent = await uploadFile(f.filesUrl, beta, log, { ticketId: betaTicket, filename: 'service.log', messageId: String(reply.id) });
    expect((await files(betaTicket, beta)).find((x) => x.id === sent.fileId)).toMatchObject({ messageId: String(reply.id) });

    // A customer cannot attach to an internal note (it does not exist for them), nor to another ticket's message.
    const hidden = await uploadRefused(f.filesUrl, beta, log, { ticketId: betaTicket, filename: 'x.log', messageId: String(note.id) });
    expect(hidden.status).toBe(400);
    expect(hidden.body).toContain('messageId');
    expect((await uploadRefused(f.filesUrl, alfa, log, { ticketId: alfaTicket, filename: 'x.log', messageId: String(reply.id) })).status).toBe(400);

    const internal = await uploadFile(f.filesUrl, agent, Buffer.from('lab dump'), { ticketId: betaTicket, filename: 'lab.dmp', messageId: String(note.id) });
    expect((await files(betaTicket, agent)).map((x) => x.id)).toContain(internal.fileId);
    expect((await files(betaTicket, beta)).map((x) => x.id)).not.toContain(internal.fileId);
    expect((await download(`/files/${internal.fileId}/content`, beta)).status).toBe(403);
    expect((await download(`/files/${internal.fileId}/content`, agent)).status).toBe(200);
  });
});
