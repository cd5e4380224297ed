import { createHash } from 'node:crypto';
import { moscowDateOf, addDays } from '@desk/sla';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { OutboxMessage } from '../../src/entities/notifications/outbox-message.entity.js';
import { SupportContract } from '../../src/entities/organizations/support-contract.entity.js';
import { AGENT1, ALFA, BETA, GAMMA, LEAD, PARTNER } from '../support/demo-data.js';
import { expectCode } from '../support/expect-errors.js';
import { catalogFetch, startInfoTestApp, type InfoTestApp } from '../support/info-services-test-app.js';
import type { TestApp } from '../support/test-app.js';
import { TEST_DATABASES } from '../support/test-database.js';

const PRODUCTS = '{ products { id name } }';
const CREATE_RELEASE = `mutation($input: CreateProductReleaseInput!, $publish: Boolean) {
  createProductRelease(input: $input, publish: $publish) { id build certified publishedAt subscribersNotifiedAt }
}`;
const PUBLISH_RELEASE = 'mutation($id: ID!) { publishProductRelease(id: $id) { id publishedAt subscribersNotifiedAt } }';
const UPDATE_RELEASE = `mutation($id: ID!, $input: UpdateProductReleaseInput!) { updateProductRelease(id: $id, input: $input) { id certified subscribersNotifiedAt } }`;
const RELEASES = `query($productId: ID!, $drafts: Boolean) {
  productReleases(productId: $productId, includeUnpublished: $drafts) {
    id build certified releaseNotesHtml
    files { id fileName kind size sha256 available downloadUrl url external }
  }
}`;
const ADD_LINK = `mutation($releaseId: ID!, $input: ReleaseFileLinkInput!) { addReleaseFileLink(releaseId: $releaseId, input: $input) { id external } }`;
const SUBSCRIBE = 'mutation($productId: ID!) { subscribeToCertifiedReleases(productId: $productId) { id product { name } } }';
const UNSUBSCRIBE = 'mutation($productId: ID!) { unsubscribeFromCertifiedReleases(productId: $productId) }';
const DOCUMENTATION = `query($productId: ID!) { documentation(productId: $productId) { id title productVersion edition latest available downloadUrl } }`;
const ADD_DOCUMENT = `mutation($input: AddProductDocumentInput!) { addProductDocument(input: $input) { id latest } }`;

let build = 900;

describe.each(TEST_DATABASES)('SVC-2 releases and downloads, SVC-4 documentation on %s', (kind) => {
  let info: InfoTestApp;
  let t: TestApp;
  let staff: string;
  let dallas: string;
  let sobol: string;
  const tokens: Record<string, string> = {};
  const payload = Buffer.from('Dallas Lock 8.0 certified update — содержимое обновления\n'.repeat(2000));

  beforeAll(async () => {
    info = await startInfoTestApp(kind);
    t = info.t;
    staff = await t.login(AGENT1);
    for (const email of [ALFA, BETA, PARTNER, GAMMA, LEAD]) tokens[email] = await t.login(email);
    const products = (await t.gql(PRODUCTS)).products as { id: string; name: string }[];
    dallas = products.find((p) => p.name === 'Dallas Lock 8.0')!.id;
    sobol = products.find((p) => p.name === 'ПАК «Соболь» 4')!.id;
  });
  afterAll(async () => info?.close());

  async function release(productId: string, overrides: Record<string, unknown> = {}, publish = true) {
    build += 1;
    const input = { productId, version: '8.0', build: `8.0.${build}`, certified: true, releasedOn: '2026-11-20', releaseNotes: '- Исправления', ...overrides };
    return (await t.gql(CREATE_RELEASE, { input, publish }, staff)).createProductRelease as { id: string; build: string };
  }

  async function upload(query: string, body: Buffer, token = staff, contentType = 'application/zip') {
    return catalogFetch(`${info.catalogUrl}/catalog/files?${query}`, token, { method: 'POST', body, headers: { 'content-type': contentType } });
  }

  async function get(fileId: string, email: string | null, headers: Record<string, string> = {}) {
    return catalogFetch(`${info.catalogUrl}/catalog/files/${fileId}/content`, email ? tokens[email] ?? staff : null, { headers });
  }

  async function setContract(identifier: string, validUntil: string): Promise<string> {
    const em = t.app.orm.em.fork();
    const contract = await em.findOneOrFail(SupportContract, { identifier });
    const before = contract.validUntil;
    contract.validUntil = validUntil;
    await em.flush();
    return before;
  }

  it('SVC-2, LVL-3: certified update files download only with active support for that product; staff always', async () => {
    const dlRelease = await release(dallas);
    const stored = await upload(`releaseId=${dlRelease.id}&kind=UPDATE&name=${encodeURIComponent('Обновление 8.0.' + build + '.zip')}`, payload);
    expect(stored.status).toBe(201);
    const file = (await stored.json()) as { id: string; sha256: string; size: number; downloadUrl: string };
    expect(file.sha256).toBe(createHash('sha256').update(payload).digest('hex'));
    expect(file.size).toBe(payload.length);
    const firmwareRelease = await release(sobol, { version: '4', build: `4.0.${build}` });
    const firmware = (await (await upload(`releaseId=${firmwareRelease.id}&kind=FIRMWARE&name=sobol.bin`, Buffer.from('firmware'))).json()) as { id: string };

    // Alfa (BASIC, active) and Beta (EXTENDED, active) hold Dallas Lock contracts; only Beta holds one for Соболь.
    const alfa = await get(file.id, ALFA);
    expect(alfa.status).toBe(200);
    expect(Buffer.from(await alfa.arrayBuffer()).equals(payload)).toBe(true);
    expect(alfa.headers.get('etag')).toBe(`"${file.sha256}"`);
    expect(alfa.headers.get('content-disposition')).toContain("filename*=UTF-8''%D0%9E%D0%B1%D0%BD%D0%BE%D0%B2");
    expect((await get(firmware.id, ALFA)).status).toBe(403);
    expect((await get(file.id, BETA)).status).toBe(200);
    expect((await get(firmware.id, BETA)).status).toBe(200);
    // Gamma's contract for Dallas Lock expired in 2024.
    const gamma = await get(file.id, GAMMA);
    expect(gamma.status).toBe(403);
    expect(((await gamma.json()) as { error: string }).error).toBe('FORBIDDEN');
    // The partner serves Alfa: entitled through Alfa's contract, to Dallas Lock only.
    expect((await get(file.id, PARTNER)).status).toBe(200);
    expect((await get(firmware.id, PARTNER)).status).toBe(403);
    // Staff always; nobody without signing in.
    expect((await get(firmware.id, AGENT1)).status).toBe(200);
    expect((await get(file.id, null)).status).toBe(401);
    expect((await get('999999', AGENT1)).status).toBe(404);

    // A single byte range resumes a large download.
    const part = await get(file.id, BETA, { range: 'bytes=10-19' });
    expect(part.status).toBe(206);
    expect(Buffer.from(await part.arrayBuffer()).equals(payload.subarray(10, 20))).toBe(true);

    // GraphQL shows the metadata to all and the address only to the entitled.
    const view = async (token?: string) =>
      ((await t.gql(RELEASES, { productId: dallas }, token)).productReleases as { id: string; files: Record<string, unknown>[] }[]).find((r) => r.id === dlRelease.id)!
        .files[0]!;
    expect(await view(tokens[ALFA])).toMatchObject({ available: true, downloadUrl: `/catalog/files/${file.id}/content`, sha256: file.sha256, size: payload.length });
    expect(await view(tokens[GAMMA])).toMatchObject({ available: false, downloadUrl: null, sha256: file.sha256 });
    expect(await view()).toMatchObject({ available: false, downloadUrl: null, fileName: `Обновление 8.0.${build - 1}.zip` });

    // A browser saves a large image through a plain link: a grant for the path, the same check at use.
    const GRANT = `mutation($u: String!) { grantDownload(downloadUrl: $u) { url } }`;
    const link = async (email: string) => ((await t.gql(GRANT, { u: `/catalog/files/${file.id}/content` }, tokens[email])).grantDownload as { url: string }).url;
    const viaLink = await catalogFetch(`${info.catalogUrl}${await link(ALFA)}`, null);
    expect(viaLink.status).toBe(200);
    expect(Buffer.from(await viaLink.arrayBuffer()).equals(payload)).toBe(true);
    const refused = await t.gqlErrors(GRANT, { u: `/catalog/files/${file.id}/content` }, tokens[GAMMA]);
    expect(refused[0]?.extensions?.code).toBe('FORBIDDEN');
    // Checked again at use: support that ended after the grant was issued ends the download too.
    const granted = await link(ALFA);
    const before = await setContract('DL-BASIC-0001', '2020-12-31');
    try {
      expect((await catalogFetch(`${info.catalogUrl}${granted}`, null)).status).toBe(403);
    } finally {
      await setContract('DL-BASIC-0001', before);
    }
  });

  it('LVL-3: support counts while today (Moscow) is inside the contract: the last day yes, the day after no', async () => {
    const dlRelease = await release(dallas);
    const file = (await (await upload(`releaseId=${dlRelease.id}&name=update.zip`, payload)).json()) as { id: string };
    const today = moscowDateOf(t.clock.now());
    const original = await setContract('DL-BASIC-0001', today);
    try {
      expect((await get(file.id, ALFA)).status).toBe(200);
      await setContract('DL-BASIC-0001', addDays(today, -1));
      expect((await get(file.id, ALFA)).status).toBe(403);
      // The partner loses it with its customer.
      expect((await get(file.id, PARTNER)).status).toBe(403);
    } finally {
      await setContract('DL-BASIC-0001', original);
    }
  });

  it('SVC-2: a file kept at a URL answers 302 to the entitled and hides its address from others', async () => {
    const dlRelease = await release(dallas);
    const url = 'https://updates.dallaslock.example/dl80/update.zip';
    const link = (await t.gql(ADD_LINK, { releaseId: dlRelease.id, input: { fileName: 'update.zip', url } }, staff)).addReleaseFileLink;
    expect(link.external).toBe(true);
    const redirect = await get(link.id, BETA);
    expect(redirect.status).toBe(302);
    expect(redirect.headers.get('location')).toBe(url);
    expect((await get(link.id, GAMMA)).status).toBe(403);
    const files = async (token?: string) =>
      ((await t.gql(RELEASES, { productId: dallas }, token)).productReleases as { id: string; files: { url: string | null }[] }[]).find((r) => r.id === dlRelease.id)!.files;
    expect((await files(tokens[BETA]))[0]!.url).toBe(url);
    expect((await files(tokens[GAMMA]))[0]!.url).toBeNull();
    await expectCode(t, 'BAD_USER_INPUT', ADD_LINK, { releaseId: dlRelease.id, input: { fileName: 'x', url: 'javascript:alert(1)' } }, staff);
  });

  it('SVC-2: only staff add or remove catalog files and releases; drafts are theirs alone', async () => {
    const draft = await release(dallas, {}, false);
    expect((await upload(`releaseId=${draft.id}&name=x.zip`, payload, tokens[ALFA]!)).status).toBe(403);
    expect((await upload(`releaseId=${draft.id}&name=x.zip`, payload, '')).status).toBe(401);
    expect((await upload(`name=x.zip`, payload)).status).toBe(400);
    const stored = (await (await upload(`releaseId=${draft.id}&name=x.zip`, payload)).json()) as { id: string };
    expect((await catalogFetch(`${info.catalogUrl}/catalog/files/${stored.id}`, tokens[BETA]!, { method: 'DELETE' })).status).toBe(403);
    expect((await catalogFetch(`${info.catalogUrl}/catalog/files/${stored.id}`, staff, { method: 'DELETE' })).status).toBe(204);
    expect((await get(stored.id, AGENT1)).status).toBe(404);

    const input = { productId: dallas, version: '8.0', build: '8.0.1', releasedOn: '2026-01-01' };
    await expectCode(t, 'FORBIDDEN', CREATE_RELEASE, { input }, tokens[ALFA]);
    await expectCode(t, 'FORBIDDEN', PUBLISH_RELEASE, { id: draft.id }, tokens[PARTNER]);
    await expectCode(t, 'UNAUTHENTICATED', CREATE_RELEASE, { input });
    const visible = async (token?: string) => ((await t.gql(RELEASES, { productId: dallas }, token)).productReleases as { id: string }[]).map((r) => r.id);
    expect(await visible(tokens[BETA])).not.toContain(draft.id);
    expect(await visible()).not.toContain(draft.id);
    expect((await t.gql(RELEASES, { productId: dallas, drafts: true }, staff)).productReleases.map((r: { id: string }) => r.id)).toContain(draft.id);
    await expectCode(t, 'FORBIDDEN', RELEASES, { productId: dallas, drafts: true }, tokens[BETA]);
    const duplicate = await expectCode(t, 'BAD_USER_INPUT', CREATE_RELEASE, { input: { ...input, build: draft.build } }, staff);
    expect(duplicate.extensions?.fields?.map((f) => f.field)).toEqual(['input.build']);
  });

  it('SVC-2: publishing a certified release puts one Russian notice per entitled subscriber into the outbox, once', async () => {
    const outbox = () => t.app.orm.em.fork().find(OutboxMessage, { subject: { $like: 'Новая сертифицированная версия%' } }, { orderBy: { id: 'asc' } });
    const before = (await outbox()).length;
    expect((await t.gql(SUBSCRIBE, { productId: dallas }, tokens[ALFA])).subscribeToCertifiedReleases.product.name).toBe('Dallas Lock 8.0');
    await t.gql(SUBSCRIBE, { productId: dallas }, tokens[ALFA]); // twice: still one subscription
    await t.gql(SUBSCRIBE, { productId: dallas }, tokens[BETA]);
    await t.gql(SUBSCRIBE, { productId: sobol }, tokens[BETA]);
    await expectCode(t, 'FORBIDDEN', SUBSCRIBE, { productId: sobol }, tokens[ALFA]); // no support for Соболь
    await expectCode(t, 'FORBIDDEN', SUBSCRIBE, { productId: dallas }, tokens[GAMMA]); // support expired
    expect((await t.gql(`{ myReleaseSubscriptions { product { name } } }`, {}, tokens[BETA])).myReleaseSubscriptions).toHaveLength(2);

    const draft = await release(dallas, { releaseNotes: '- Исправлена **ошибка** входа' }, false);
    expect(await outbox()).toHaveLength(before);
    const published = (await t.gql(PUBLISH_RELEASE, { id: draft.id }, staff)).publishProductRelease;
    expect(published.subscribersNotifiedAt).not.toBeNull();
    const notices = (await outbox()).slice(before);
    expect(notices.map((m) => m.recipient).sort()).toEqual([ALFA, BETA]);
    for (const notice of notices) {
      expect(notice).toMatchObject({ ticket: null, channel: 'EMAIL', status: 'PENDING' });
      expect(notice.subject).toBe(`Новая сертифицированная версия Dallas Lock 8.0: сборка ${draft.build}`);
      expect(notice.body).toContain('Опубликована новая сертифицированная версия продукта Dallas Lock 8.0');
      expect(notice.body).toContain('Исправлена ошибка входа');
    }
    await t.gql(PUBLISH_RELEASE, { id: draft.id }, staff);
    expect(await outbox()).toHaveLength(before + 2);

    // Not certified: no notice; certified later: one round of notices.
    const plain = await release(dallas, { certified: false });
    expect(await outbox()).toHaveLength(before + 2);
    await t.gql(UPDATE_RELEASE, { id: plain.id, input: { certified: true } }, staff);
    await t.gql(UPDATE_RELEASE, { id: plain.id, input: { releaseNotes: 'Уточнены примечания' } }, staff);
    expect(await outbox()).toHaveLength(before + 4);

    // Unsubscribed, or no longer supported: no notice.
    expect((await t.gql(UNSUBSCRIBE, { productId: dallas }, tokens[BETA])).unsubscribeFromCertifiedReleases).toBe(true);
    const today = moscowDateOf(t.clock.now());
    const original = await setContract('DL-BASIC-0001', addDays(today, -1));
    try {
      await release(dallas);
      expect(await outbox()).toHaveLength(before + 4);
    } finally {
      await setContract('DL-BASIC-0001', original);
    }
    // The outbox query (staff) still reads these ticket-less messages.
    const listed = await t.gql('{ outbox(first: 200, ticketId: null) { recipient subject ticket { id } } }', {}, staff);
    expect(listed.outbox.filter((m: { subject: string }) => m.subject.startsWith('Новая сертифицированная')).length).toBeGreaterThanOrEqual(4);
  });

  it('SVC-2: the demo certified release of Dallas Lock 8.0 is public, with its notes', async () => {
    const releases = (await t.gql(RELEASES, { productId: dallas })).productReleases as { build: string; certified: boolean; releaseNotesHtml: string }[];
    const demo = releases.find((r) => r.build === '8.0.565')!;
    expect(demo.certified).toBe(true);
    expect(demo.releaseNotesHtml).toContain('<li>');
  });

  it('SVC-4: documentation lists the current editions first, marked latest; addresses for the entitled only', async () => {
    const documents = (await t.gql(DOCUMENTATION, { productId: dallas }, tokens[ALFA])).documentation as {
      id: string;
      title: string;
      productVersion: string;
      latest: boolean;
      available: boolean;
      downloadUrl: string | null;
    }[];
    expect(documents.map((d) => [d.title, d.productVersion, d.latest])).toEqual([
      ['Руководство администратора', '8.0.565', true],
      ['Руководство пользователя', '8.0.565', true],
      ['Руководство администратора', '8.0.500', false],
    ]);
    expect(documents.every((d) => d.available && d.downloadUrl?.startsWith('https://'))).toBe(true);
    const anonymous = (await t.gql(DOCUMENTATION, { productId: dallas })).documentation as { available: boolean; downloadUrl: string | null }[];
    expect(anonymous.every((d) => !d.available && d.downloadUrl === null)).toBe(true);

    // A newer edition of a title becomes the latest; a stored file is served through the catalog door.
    const stored = (await (await upload(`productId=${dallas}&kind=DOCUMENTATION&name=admin-guide-8.0.600.pdf`, Buffer.from('%PDF'), staff, 'application/pdf')).json()) as { id: string };
    const added = (
      await t.gql(
        ADD_DOCUMENT,
        { input: { productId: dallas, title: 'Руководство администратора', productVersion: '8.0.600', edition: 'ред. 4', publishedOn: '2026-11-01', fileId: stored.id } },
        staff,
      )
    ).addProductDocument;
    const after = (await t.gql(DOCUMENTATION, { productId: dallas }, tokens[BETA])).documentation as typeof documents;
    expect(after[0]).toMatchObject({ id: added.id, latest: true, downloadUrl: `/catalog/files/${stored.id}/content` });
    expect(after.filter((d) => d.title === 'Руководство администратора' && d.latest)).toHaveLength(1);
    expect((await get(stored.id, GAMMA)).status).toBe(403);
    expect((await get(stored.id, BETA)).status).toBe(200);
    await expectCode(t, 'FORBIDDEN', ADD_DOCUMENT, { input: { productId: dallas, title: 'x', productVersion: '1', publishedOn: '2026-01-01', url: 'https://a.example' } }, tokens[ALFA]);
    const missing = await expectCode(t, 'BAD_USER_INPUT', ADD_DOCUMENT, { input: { productId: dallas, title: 'x', productVersion: '1', publishedOn: '2026-13-01' } }, staff);
    expect(missing.extensions?.fields?.map((f) => f.field).sort()).toEqual(['input.publishedOn', 'input.url']);
  });
});
