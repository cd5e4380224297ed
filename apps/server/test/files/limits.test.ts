import { randomBytes } from 'node:crypto';
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startFilesTestApp, sha256, startUpload, uploadFile, uploadRefused, type FilesTestApp } from '../support/files-test-app.js';
import { TEST_DATABASES } from '../support/test-database.js';

const CREATE = `mutation($input: CreateTicketInput!) { createTicket(input: $input) { id } }`;
const FILES = `query($id: ID!) { ticket(id: $id) { files { id fileName size sha256 downloadUrl } } }`;

describe.each(TEST_DATABASES)('TKT-10 upload limits on %s', (kind) => {
  let f: FilesTestApp;
  let beta: string;
  let ticketId: string;

  beforeAll(async () => {
    f = await startFilesTestApp(kind, { UPLOAD_MAX_BYTES: '1024' });
    beta = await f.t.login('beta@demo.local');
    ticketId = (
      await f.t.gql(CREATE, {
        input: {
          identifier: 'DL-EXT-0001',
          organizationName: 'ПАО Бета',
          contact: { fullName: 'Борис Бетов', position: 'Инженер', phone: '+7 495 000-00-02', email: 'beta@demo.local' },
          subject: 'Большой образ',
          description: 'Образ ОС',
          category: 'INCIDENT',
          criticality: 'NON_CRITICAL',
          channel: 'PORTAL',
        },
      }, beta)
    ).createTicket.id;
  });
  afterAll(async () => f?.close());

  const files = async () => (await f.gql(FILES, { id: ticketId }, beta)).ticket.files as { id: string; size: number; sha256: string; downloadUrl: string }[];
  const pending = () => (existsSync(join(f.filesDir, 'uploads')) ? readdirSync(join(f.filesDir, 'uploads')) : []);

  it('UPLOAD_MAX_BYTES: a larger file is refused with 413 and a clear message, no row; a file of exactly the limit is fine', async () => {
    const refused = await uploadRefused(f.filesUrl, beta, randomBytes(2048), { ticketId, filename: 'image.iso' });
    expect(refused.status).toBe(413);
    expect(refused.body).toBe('File is too large: uploads are limited to 1.0 KiB (1024 bytes)\n');
    expect(await files()).toEqual([]);
    expect(pending()).toEqual([]);

    const exact = randomBytes(1024);
    await uploadFile(f.filesUrl, beta, exact, { ticketId, filename: 'small.iso', sha256: sha256(exact) });
    expect(await files()).toEqual([expect.objectContaining({ size: 1024, sha256: sha256(exact) })]);
  });

  it('unfinished uploads expire (Upload-Expires) and are swept; finished attachments are never touched', async () => {
    const ttl = 2000;
    const short = await f.mountExtra({ incompleteUploadTtlMs: ttl, sweepIntervalMs: 0 });
    const data = randomBytes(1000);
    let aborted: Promise<void> | null = null;
    const started = startUpload(short.url, beta, data, { ticketId, filename: 'slow.bin' }, {
      chunkSize: 400,
      onChunkComplete: (upload) => (aborted ??= upload.abort()),
    });
    started.done.catch(() => undefined);
    await expect.poll(() => aborted !== null).toBe(true);
    await aborted;
    const uploadUrl = new URL(started.upload.url!, short.url).toString();
    expect(pending().length).toBe(2); // the partial file and its .json

    const status = async () =>
      (await fetch(uploadUrl, { method: 'HEAD', headers: { authorization: `Bearer ${beta}`, 'tus-resumable': '1.0.0' } })).status;
    expect(await status()).toBe(200);
    // Past its Upload-Expires it can no longer be resumed …
    await expect.poll(status, { timeout: ttl * 5, interval: 100 }).toBe(410);
    // … and the sweep removes it, leaving stored attachments alone.
    expect(await short.routes.sweepExpiredUploads()).toBe(1);
    expect(pending()).toEqual([]);

    const [kept] = await files();
    const body = await fetch(`${f.filesUrl}${kept!.downloadUrl}`, { headers: { authorization: `Bearer ${beta}` } });
    expect(body.status).toBe(200);
    expect(sha256(Buffer.from(await body.arrayBuffer()))).toBe(kept!.sha256);
  });
});
