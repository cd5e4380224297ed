import { randomBytes } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { MessageKind } from '../../src/entities/tickets/ticket.enums.js';
import { TicketMessage } from '../../src/entities/tickets/ticket-message.entity.js';
import { Ticket } from '../../src/entities/tickets/ticket.entity.js';
import { sha256, startUpload, uploadFile, uploadRefused, type FilesTestApp } from '../support/files-test-app.js';
import { subscribe } from '../support/subscription-client.js';
import { TEST_DATABASES } from '../support/test-database.js';
import { CREATE_TICKET_ID, useFilesDesk, msinfoReport, screenshot, BETA_REQUEST, type FileView } from '../support/files-desk.js';

describe.each(TEST_DATABASES)('TKT-10 file attachments on %s', (kind) => {
  let f: FilesTestApp;
  let beta: string;
  let alfa: string;
  let agent: string;
  let betaTicket: string;
  let alfaTicket: string;
  const { files, download, head, pendingUploads } = useFilesDesk(kind, (desk) => ({ f, beta, alfa, agent, betaTicket, alfaTicket } = desk));

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

  it('a closed or rejected ticket takes no more files (TKT-4): 409', async () => {
    const lead = await f.t.login('lead@demo.local');
    const rejected = (
      await f.t.gql(CREATE_TICKET_ID, {
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
