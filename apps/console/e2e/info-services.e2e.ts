import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { graphql, login } from './support/api';
import { eventually, launchBrowser, openPage, screenshot } from './support/browser';
import { signIn } from './support/console-ui';
import { startServer, type RunningServer } from './support/server';

// Its own server: this file adds a certificate, an article and changes a feature request (gamma@demo.local, whose support expired, is demo data).
let server: RunningServer;
let baseUrl: string;

/** Signed in and on the page the sign-in form leads to. */
async function signInAndWait(page: Page, email: string): Promise<void> {
  await signIn(page, email);
  await page.waitForURL((url) => !url.pathname.startsWith('/sign-in'));
}

/** Through the header's "Информация" menu, as a user would. */
async function openFromMenu(page: Page, testid: string): Promise<void> {
  await page.getByTestId('info-nav-toggle').click();
  await page.getByTestId(testid).click();
}

const moscowDate = (offsetDays: number) =>
  new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Moscow', year: 'numeric', month: '2-digit', day: '2-digit' }).format(new Date(Date.now() + offsetDays * 86_400_000));

describe('information services against the real server', () => {
  let browser: Browser;
  const contexts: BrowserContext[] = [];
  const errors: Record<string, string[]> = {};
  let leadToken: string;
  let dallasId: string;

  async function page(name: string): Promise<Page> {
    const opened = await openPage(browser);
    contexts.push(opened.context);
    errors[name] = opened.errors;
    return opened.page;
  }

  beforeAll(async () => {
    server = await startServer();
    baseUrl = server.baseUrl;
    leadToken = await login(baseUrl, 'lead@demo.local');
    const products = await graphql<{ products: { id: string; name: string }[] }>(baseUrl, 'query { products { id name } }');
    dallasId = products.products.find((product) => product.name === 'Dallas Lock 8.0')!.id;
    // A lapsed certificate next to the demo's ones, for the lookup to mark (SVC-3).
    await graphql(
      baseUrl,
      'mutation ($input: CreateCertificateInput!) { createCertificate(input: $input) { id } }',
      { input: { productId: dallasId, number: '№ 1999', issuer: 'ФСТЭК России', productVersions: '8.0', validFrom: moscowDate(-1500), validUntil: moscowDate(-40) } },
      leadToken,
    );
    browser = await launchBrowser();
  });

  afterAll(async () => {
    for (const context of contexts) await context.close().catch(() => undefined);
    await browser?.close();
    await server?.stop();
  });

  it('SVC-1: signed out, the FAQ search finds «ошибка» when asked for «ошибки», and the article reads safely', async () => {
    const visitor = await page('visitor');
    await visitor.goto(`${baseUrl}/sign-in`);
    await visitor.getByTestId('sign-in-faq').click();
    await visitor.waitForURL(`${baseUrl}/faq`);
    await visitor.locator('[data-testid="faq-result"]').first().waitFor();

    await visitor.getByTestId('faq-search').pressSequentially('ошибки', { delay: 40 });
    await visitor.waitForURL(/\/faq\?q=/);
    await eventually(async () => expect(await visitor.getByTestId('faq-summary').textContent()).toMatch(/^По запросу «ошибки» найден/));
    const first = visitor.locator('[data-testid="faq-result"]').first();
    expect(await first.getAttribute('data-slug')).toBe('oshibka-autentifikatsii-pri-vkhode-v-sistemu');
    expect(await first.locator('h2').textContent()).toContain('Ошибка аутентификации при входе в систему');
    await screenshot(visitor, 'info-01-faq-search');

    await first.locator('h2 a').click();
    await visitor.waitForURL(/\/faq\/oshibka-autentifikatsii/);
    const body = visitor.getByTestId('faq-article-body');
    await body.waitFor();
    expect(await body.locator('ol > li').count()).toBe(3);
    expect(await body.locator('strong').first().textContent()).toBe('Время на компьютере расходится с контроллером домена');
    expect(await body.locator('script').count()).toBe(0);
    await screenshot(visitor, 'info-02-faq-article');
  });

  it('SVC-3: signed out, a certificate lookup by number, and by product and version with the lapsed one marked', async () => {
    const visitor = await page('visitor-certificates');
    await visitor.goto(`${baseUrl}/faq`);
    await visitor.getByTestId('nav-certificates').click();
    await visitor.waitForURL(`${baseUrl}/certificates`);
    await visitor.locator('[data-testid="certificate-row"]').first().waitFor();

    await visitor.getByTestId('certificate-number').fill('2720');
    await eventually(async () =>
      expect(await visitor.locator('[data-testid="certificate-row"]').evaluateAll((rows) => rows.map((row) => row.getAttribute('data-number')))).toEqual(['№ 2720']),
    );
    const row = visitor.locator('[data-testid="certificate-row"]');
    expect(await row.getByTestId('certificate-state').getAttribute('data-state')).toBe('ACTIVE');
    expect(await row.getByTestId('certificate-days').textContent()).toMatch(/^остал(ся|ось) \d+ д(ень|ня|ней)$/);

    await visitor.getByTestId('certificate-number').fill('');
    await visitor.getByTestId('certificate-product').selectOption({ label: 'Dallas Lock 8.0' });
    await visitor.getByTestId('certificate-version').fill('8.0.565');
    await eventually(async () =>
      expect(await visitor.locator('[data-testid="certificate-row"]').evaluateAll((rows) => rows.map((r) => r.getAttribute('data-number')))).toEqual(['№ 2720', '№ 1999']),
    );
    const lapsed = visitor.locator('[data-testid="certificate-row"][data-number="№ 1999"]');
    expect(await lapsed.getByTestId('certificate-state').getAttribute('data-state')).toBe('EXPIRED');
    expect(await lapsed.getByTestId('certificate-state').textContent()).toContain('Истёк');
    expect(await lapsed.getByTestId('certificate-days').textContent()).toBe('истёк 40 дней назад');
    await screenshot(visitor, 'info-03-certificates');
  });

  it('SVC-2, LVL-3: a customer with active support (АО Альфа) sees the certified update’s download', async () => {
    const alfa = await page('alfa');
    await alfa.goto(`${baseUrl}/sign-in`);
    await signInAndWait(alfa, 'alfa@demo.local');
    await openFromMenu(alfa, 'nav-products');
    await alfa.waitForURL(`${baseUrl}/products`);
    const card = alfa.locator(`[data-testid="product-card"][data-product-id="${dallasId}"]`);
    await card.waitFor();
    expect(await card.getByTestId('product-downloads').getAttribute('data-available')).toBe('true');
    await screenshot(alfa, 'info-04-products');

    await card.locator('h3 a').click();
    await alfa.waitForURL(`${baseUrl}/products/${dallasId}`);
    const certified = alfa.locator('[data-testid="release"][data-build="8.0.565"]');
    await certified.waitFor();
    expect(await certified.getAttribute('data-certified')).toBe('true');
    const download = certified.getByTestId('release-file-download');
    expect(await download.getAttribute('href')).toBe('https://updates.dallaslock.example/dl80/8.0.565/DallasLock80-8.0.565-update.zip');
    expect(await alfa.getByTestId('download-access').getAttribute('data-access')).toBe('ACTIVE');
    // The notice names the contract once the caller's contracts (a query of their own) have arrived.
    await eventually(async () => expect(await alfa.getByTestId('download-access').textContent()).toContain('DL-BASIC-0001'));

    // "Notify me about new certified versions".
    await alfa.getByTestId('release-subscription-toggle').click();
    await eventually(async () => expect(await alfa.getByTestId('release-subscription').getAttribute('data-subscribed')).toBe('true'));
    await screenshot(alfa, 'info-05-product-active-support');
  });

  it('LVL-3: a customer whose support expired (ООО Гамма) gets no download, and is told why', async () => {
    const gamma = await page('gamma');
    await gamma.goto(`${baseUrl}/products/${dallasId}`);
    await gamma.waitForURL(/\/sign-in\?redirect=/);
    await signInAndWait(gamma, 'gamma@demo.local');
    await gamma.waitForURL(`${baseUrl}/products/${dallasId}`);
    const certified = gamma.locator('[data-testid="release"][data-build="8.0.565"]');
    await certified.waitFor();
    const file = certified.getByTestId('release-file');
    expect(await file.getAttribute('data-available')).toBe('false');
    expect(await file.getByTestId('release-file-download').count()).toBe(0);
    expect(await file.getByTestId('release-file-locked').textContent()).toContain('техподдержка закончилась');
    const notice = gamma.getByTestId('download-access');
    await eventually(async () => expect(await notice.getAttribute('data-access')).toBe('EXPIRED'));
    expect(await notice.textContent()).toContain('Техническая поддержка по договору DL-EXPIRED-0001 закончилась 31.12.2024');
    expect(await gamma.getByTestId('release-subscription-toggle').isDisabled()).toBe(true);
    await screenshot(gamma, 'info-06-product-expired-support');

    // SVC-4: the documentation is listed, its addresses are not given.
    await gamma.getByTestId('tab-docs').click();
    await gamma.waitForURL(`${baseUrl}/products/${dallasId}/docs`);
    await gamma.locator('[data-testid="document"]').first().waitFor();
    expect(await gamma.locator('[data-testid="docs-version"]').evaluateAll((groups) => groups.map((g) => g.getAttribute('data-version')))).toEqual(['8.0.565', '8.0.500']);
    expect(await gamma.getByTestId('document-open').count()).toBe(0);
    expect(await gamma.getByTestId('document-latest').count()).toBe(2);
    await screenshot(gamma, 'info-07-docs-expired-support');
  });

  it('SVC-5: staff change a feature request’s status and link a customer’s ticket; the customer then sees it', async () => {
    const lead = await page('lead');
    await lead.goto(`${baseUrl}/sign-in`);
    await signInAndWait(lead, 'lead@demo.local');
    await openFromMenu(lead, 'nav-feature-requests');
    await lead.waitForURL(`${baseUrl}/feature-requests`);
    const row = lead.locator('[data-testid="feature-request-row"]', { hasText: 'Вход по смарт-картам Рутокен ЭЦП 3.0' });
    await row.waitFor();
    expect(await row.getAttribute('data-status')).toBe('UNDER_REVIEW');
    await screenshot(lead, 'info-08-feature-requests');

    await row.locator('td').first().locator('a').click();
    await lead.waitForURL(/\/feature-requests\/\d+$/);
    const id = lead.url().match(/feature-requests\/(\d+)$/)![1]!;
    const form = lead.getByTestId('feature-status-form');
    await form.waitFor();
    expect(await form.getByTestId('feature-status-select').inputValue()).toBe('PLANNED');
    await form.getByTestId('feature-status-note').fill('Войдёт в версию 8.1');
    await form.getByTestId('feature-status-save').click();
    await lead.getByTestId('feature-status-done').waitFor();
    expect(await lead.getByTestId('feature-status-card').getByTestId('feature-status').getAttribute('data-status')).toBe('PLANNED');
    const saved = await graphql<{ featureRequest: { status: string; statusNote: string } }>(baseUrl, 'query ($id: ID!) { featureRequest(id: $id) { status statusNote } }', { id }, leadToken);
    expect(saved.featureRequest).toEqual({ status: 'PLANNED', statusNote: 'Войдёт в версию 8.1' });

    // АО Альфа's certificate question asks for it too (TKT-1 categories aside, staff decide).
    const link = lead.getByTestId('feature-link-form');
    const option = link.locator('option', { hasText: 'Срок действия сертификата' });
    await eventually(async () => expect(await option.count()).toBe(1));
    await link.getByTestId('ticket-picker').selectOption((await option.getAttribute('value'))!);
    await link.getByTestId('feature-link-save').click();
    await eventually(async () => expect(await lead.locator('[data-testid="feature-ticket"]').count()).toBe(1));
    await screenshot(lead, 'info-09-feature-request-staff');

    const alfa = await page('alfa-features');
    await alfa.goto(`${baseUrl}/feature-requests`);
    await signInAndWait(alfa, 'alfa@demo.local');
    await alfa.waitForURL(`${baseUrl}/feature-requests`);
    const seen = alfa.locator('[data-testid="feature-request-row"]');
    await eventually(async () => expect(await seen.count()).toBe(1));
    expect(await seen.getAttribute('data-status')).toBe('PLANNED');
    expect(await seen.getByTestId('feature-organizations').textContent()).toBe('1');
    expect(await seen.locator('[data-testid="feature-ticket"] a').getAttribute('href')).toMatch(/^\/portal\/tickets\/\d+$/);
    await screenshot(alfa, 'info-10-feature-requests-customer');
  });

  it('SVC-1: staff write an article with a preview and publish it; the public finds it', async () => {
    const lead = await page('lead-faq');
    await lead.goto(`${baseUrl}/faq/articles/new`);
    await signInAndWait(lead, 'lead@demo.local');
    await lead.waitForURL(`${baseUrl}/faq/articles/new`);
    await lead.getByTestId('faq-title-input').fill('Журнал событий не открывается');
    await lead.getByTestId('faq-product-input').selectOption({ label: 'Dallas Lock 8.0' });
    await lead.getByTestId('body-input').fill('Если **журнал событий** не открывается:\n\n1. Проверьте права.\n2. Очистите журналы.\n\n<script>alert(1)</script>');
    const preview = lead.getByTestId('markdown-preview');
    await preview.locator('strong').waitFor();
    expect(await preview.locator('script').count()).toBe(0);
    expect(await preview.textContent()).toContain('<script>alert(1)</script>');
    await lead.getByTestId('faq-save').click();
    await lead.waitForURL(/\/faq\/articles\/\d+\/edit$/);
    await eventually(async () => expect(await lead.getByTestId('faq-editor-state').textContent()).toContain('Черновик'));
    await lead.getByTestId('faq-publish-toggle').click();
    await eventually(async () => expect(await lead.getByTestId('faq-editor-state').textContent()).toContain('Опубликована'));
    await screenshot(lead, 'info-11-faq-editor');

    const visitor = await page('visitor-new-article');
    await visitor.goto(`${baseUrl}/faq?q=${encodeURIComponent('журналы')}`);
    await eventually(async () =>
      expect(await visitor.locator('[data-testid="faq-result"] h2').allTextContents()).toContain('Журнал событий не открывается'),
    );
  });

  it('SVC-3: staff see the certificate expiry alerts', async () => {
    const lead = await page('lead-alerts');
    await lead.goto(`${baseUrl}/sign-in`);
    await signInAndWait(lead, 'lead@demo.local');
    await openFromMenu(lead, 'nav-certificate-alerts');
    await lead.waitForURL(`${baseUrl}/certificates/alerts`);
    // The demo's № 2720 lapses in ~60 days: its 90-day alert is raised at start-up.
    await eventually(async () => expect(await lead.locator('[data-testid="certificate-alert"][data-threshold="90"]').count()).toBeGreaterThan(0));
    // № 1999 lapsed 40 days ago: past the 30 days the list keeps lapsed ones.
    expect(await lead.locator('[data-testid="upcoming-row"]').evaluateAll((rows) => rows.map((r) => r.getAttribute('data-number')))).toEqual(['№ 2720']);
    await screenshot(lead, 'info-12-certificate-alerts');

    await lead.goto(`${baseUrl}/products/${dallasId}`);
    await lead.getByTestId('release-new').click();
    await lead.getByTestId('release-form').waitFor();
    await screenshot(lead, 'info-13-product-staff');
  });

  it('ran without errors in the browser consoles', () => {
    for (const [name, list] of Object.entries(errors)) expect({ name, errors: list }).toEqual({ name, errors: [] });
  });
});
