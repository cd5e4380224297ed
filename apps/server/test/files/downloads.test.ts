import { describe, expect, it } from 'vitest';
import { postGraphQL } from '../support/graphql-client.js';
import { sha256, uploadFile, uploadRefused, type FilesTestApp } from '../support/files-test-app.js';
import { TEST_DATABASES } from '../support/test-database.js';
import { useFilesDesk, FILES } from '../support/files-desk.js';

describe.each(TEST_DATABASES)('TKT-10 downloads on %s', (kind) => {
  let f: FilesTestApp;
  let beta: string;
  let alfa: string;
  let betaTicket: string;
  const { files, download, pendingUploads } = useFilesDesk(kind, (desk) => ({ f, beta, alfa, betaTicket } = desk));

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
});
