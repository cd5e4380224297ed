import { fileURLToPath } from 'node:url';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, openPage, screenshot } from './support/browser';
import { signIn } from './support/console-ui';
import { startServer, type RunningServer } from './support/server';

const SAMPLE = fileURLToPath(new URL('../../../docs/import-sample.csv', import.meta.url));

// Its own server: the organizations imported here must not show in another file's lists.
let server: RunningServer;
let baseUrl: string;

describe('bulk onboarding from CSV (#12) against the real server', () => {
  let browser: Browser;
  let admin: Page;
  let errors: string[];

  beforeAll(async () => {
    server = await startServer();
    baseUrl = server.baseUrl;
    browser = await launchBrowser();
    ({ page: admin, errors } = await openPage(browser, { height: 1100 }));
  });

  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  it('an admin checks the sample file (encoding shown, nothing written), imports it, and the organization appears; the same file again changes nothing', async () => {
    await admin.goto(`${baseUrl}/sign-in`);
    await signIn(admin, 'admin@demo.local');
    await admin.waitForURL(`${baseUrl}/queue`);
    await admin.goto(`${baseUrl}/admin/organizations`);
    await admin.getByTestId('nav-directory-import').click();
    await admin.waitForURL(`${baseUrl}/admin/import`);

    await admin.getByTestId('import-file').setInputFiles(SAMPLE);
    await admin.getByTestId('import-check').click();
    await admin.getByTestId('import-ready').waitFor();
    expect(await admin.getByTestId('import-encoding').textContent()).toBe('UTF-8');
    expect(await admin.getByTestId('import-count-contracts').textContent()).toMatch(/Договоры\s*3\s*0\s*0/);
    await screenshot(admin, 'directory-import-dry-run');

    await admin.getByTestId('import-apply').click();
    await admin.getByTestId('import-done').waitFor();
    expect(await admin.getByTestId('import-progress').textContent()).toContain('Готово');
    await screenshot(admin, 'directory-import-applied');

    await admin.goto(`${baseUrl}/admin/organizations`);
    await admin.getByText('ООО «Северный Ветер»').first().waitFor();
    await admin.getByTestId('contracts-search').fill('NW-2027-0002');
    // The unfiltered list goes first (it holds the imported contract too), then the search's answer: by its second identifier (LVL-1).
    await admin.getByTestId('contract-DL-BASIC-0001').waitFor({ state: 'detached' });
    await admin.getByTestId('contract-NW-2027-0001').waitFor();
    await screenshot(admin, 'directory-import-organization');

    await admin.goto(`${baseUrl}/admin/import`);
    await admin.getByTestId('import-file').setInputFiles(SAMPLE);
    await admin.getByTestId('import-check').click();
    await admin.getByTestId('import-ready').waitFor();
    expect(await admin.getByTestId('import-count-contracts').textContent()).toMatch(/Договоры\s*0\s*0\s*3/);
    expect(errors).toEqual([]);
  });

  it('a file with problems lists them by line and column, and cannot be imported', async () => {
    await admin.goto(`${baseUrl}/admin/import`);
    const broken = 'organization;contract;level;valid_from;valid_until;products\nООО Новая;DL-EXT-0001;PREMIUM;2027-01-01;2027-12-31;Dallas Lock 8.0\n';
    await admin.getByTestId('import-file').setInputFiles({ name: 'broken.csv', mimeType: 'text/csv', buffer: Buffer.from(broken) });
    await admin.getByTestId('import-check').click();
    await admin.getByTestId('import-problems').waitFor();
    const problems = await admin.getByTestId('import-problem').allTextContents();
    expect(problems.join('\n')).toContain('level');
    expect(await admin.getByTestId('import-apply').isDisabled()).toBe(true);
    await screenshot(admin, 'directory-import-problems');
  });
});
