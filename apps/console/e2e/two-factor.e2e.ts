import { Secret, TOTP } from 'otpauth';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eventually, launchBrowser, openPage, screenshot } from './support/browser';
import { signIn } from './support/console-ui';
import { startServer, type RunningServer } from './support/server';

// Its own server: the agent's second factor must not reach another file's sign-ins.
let server: RunningServer;
let baseUrl: string;
const AGENT = 'agent2@demo.local';

const stepNow = () => Math.floor(Date.now() / 30_000);

/** What the agent's authenticator app shows: the same library, from the key the page showed. */
function codeOf(secret: string): string {
  return TOTP.generate({ secret: Secret.fromBase32(secret) });
}

/** A code of a later 30-second step than the last one used: the server takes each code once (RFC 6238 §5.2). */
async function freshCode(secret: string, usedStep: number): Promise<{ code: string; step: number }> {
  await eventually(async () => expect(stepNow()).toBeGreaterThan(usedStep), { timeoutMs: 35_000, intervalMs: 500 });
  return { code: codeOf(secret), step: stepNow() };
}

describe('two-factor sign-in (#15) against the real server', () => {
  let browser: Browser;
  let page: Page;
  let errors: string[];
  let secret = '';
  let usedStep = 0;
  let recoveryCodes: string[] = [];

  beforeAll(async () => {
    server = await startServer();
    baseUrl = server.baseUrl;
    browser = await launchBrowser();
    ({ page, errors } = await openPage(browser));
  });

  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  it('an agent turns it on from the account pages: QR code and key, a code from the app, recovery codes once', async () => {
    await page.goto(`${baseUrl}/sign-in`);
    await signIn(page, AGENT);
    await page.waitForURL(`${baseUrl}/queue`);
    await page.getByTestId('current-user').click();
    await page.getByTestId('nav-two-factor').click();
    await page.waitForURL(`${baseUrl}/account/two-factor`);
    await page.getByTestId('two-factor-off').waitFor();
    await page.getByTestId('two-factor-start').click();
    await page.getByTestId('two-factor-qr').waitFor();
    // The QR code is an image the browser decoded (a data: URL the CSP allows), not an empty box.
    expect(await page.getByTestId('two-factor-qr').evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth > 0)).toBe(true);
    secret = (await page.getByTestId('two-factor-secret').textContent())!.trim();
    expect(secret).toMatch(/^[A-Z2-7]{32}$/);
    await screenshot(page, 'two-factor-enrolment');

    await page.getByLabel('2. Введите код, который показывает приложение').fill('000000');
    await page.getByTestId('two-factor-confirm').click();
    await page.locator('[data-testid="field-error"][data-for="code"]').waitFor();

    usedStep = stepNow();
    await page.getByLabel('2. Введите код, который показывает приложение').fill(codeOf(secret));
    await page.getByTestId('two-factor-confirm').click();
    await page.getByTestId('recovery-codes').waitFor();
    recoveryCodes = await page.locator('[data-testid="recovery-codes"] code').allTextContents();
    expect(recoveryCodes).toHaveLength(10);
    await screenshot(page, 'two-factor-recovery-codes');
    await page.getByTestId('recovery-saved').click();
    await page.getByTestId('two-factor-on').waitFor();
    expect(await page.getByTestId('two-factor-on').textContent()).toContain('Неиспользованных резервных кодов: 10');
    expect(errors).toEqual([]);
  });

  it('signs out, and signing in again asks for the code after the password', async () => {
    await page.getByTestId('sign-out').click();
    await page.waitForURL(/\/sign-in/);
    await signIn(page, AGENT);
    await page.getByTestId('second-step-form').waitFor();
    await screenshot(page, 'two-factor-second-step');

    await page.getByLabel('Код из приложения').fill('000000');
    await page.getByTestId('second-step-submit').click();
    await page.locator('[data-testid="field-error"][data-for="code"]').waitFor();
    expect(await page.locator('[data-testid="field-error"][data-for="code"]').textContent()).toContain('Код не подошёл');

    const { code, step } = await freshCode(secret, usedStep);
    usedStep = step;
    await page.getByLabel('Код из приложения').fill(code);
    await page.getByTestId('second-step-submit').click();
    await page.waitForURL(`${baseUrl}/queue`);
  });

  it('takes a recovery code when the phone is not at hand', async () => {
    await page.getByTestId('sign-out').click();
    await page.waitForURL(/\/sign-in/);
    await signIn(page, AGENT);
    await page.getByTestId('second-step-switch').click();
    await page.getByLabel('Резервный код').fill(recoveryCodes[0]!);
    await page.getByTestId('second-step-submit').click();
    await page.waitForURL(`${baseUrl}/queue`);
    await page.goto(`${baseUrl}/account/two-factor`);
    await page.getByTestId('two-factor-on').waitFor();
    expect(await page.getByTestId('two-factor-on').textContent()).toContain('Неиспользованных резервных кодов: 9');
    expect(errors.filter((e) => !/status of 401/.test(e))).toEqual([]);
  });

  it('an admin requires it of staff and sees who has it on the users page', async () => {
    const { page: admin, errors: adminErrors } = await openPage(browser);
    await admin.goto(`${baseUrl}/sign-in`);
    await signIn(admin, 'admin@demo.local');
    await admin.waitForURL(`${baseUrl}/queue`);
    await admin.getByTestId('nav-users').click();
    await admin.getByTestId(`two-factor-on-${AGENT}`).waitFor();
    await admin.getByTestId('staff-two-factor-required').check();
    await eventually(async () => expect(await admin.getByTestId('staff-two-factor-required').isChecked()).toBe(true));
    await screenshot(admin, 'two-factor-admin-setting');
    // Required now: the agent cannot turn it off.
    await page.reload();
    await page.getByTestId('two-factor-required').waitFor();
    await admin.getByTestId('staff-two-factor-required').uncheck();
    await eventually(async () => expect(await admin.getByTestId('staff-two-factor-required').isChecked()).toBe(false));

    // The agent lost the phone: the admin resets it (a second click confirms), and the password alone signs in.
    await admin.getByTestId(`reset-two-factor-${AGENT}`).click();
    await admin.getByTestId(`confirm-reset-two-factor-${AGENT}`).click();
    await admin.getByTestId(`two-factor-on-${AGENT}`).waitFor({ state: 'detached' });
    await page.getByTestId('sign-out').click();
    await page.waitForURL(/\/sign-in/);
    await signIn(page, AGENT);
    await page.waitForURL(`${baseUrl}/queue`);
    expect(adminErrors).toEqual([]);
  });
});
