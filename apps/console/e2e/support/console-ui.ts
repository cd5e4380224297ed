import type { Page } from 'playwright-core';
import { DEMO_PASSWORD } from './api';

/** The console's own sign-in form, as a user fills it in (Russian labels: the contexts run with locale ru-RU). */
export async function signIn(page: Page, email: string, password = DEMO_PASSWORD): Promise<void> {
  await page.getByLabel('Электронная почта').fill(email);
  await page.getByLabel('Пароль').fill(password);
  await page.getByTestId('sign-in-submit').click();
}

/** A form's control by the API field it edits (`data-field`, e.g. `contact.phone`). */
export const field = (page: Page, name: string) => page.locator(`[data-field="${name}"]`);

/** The problem shown next to that control. */
export const fieldProblem = (page: Page, name: string) => page.locator(`[data-testid="field-error"][data-for="${name}"]`);

/** A Moscow date and minute as the console prints deadlines and arrivals ("16.02.2026, 10:05"). */
export const moscowMinute = new Intl.DateTimeFormat('ru', {
  timeZone: 'Europe/Moscow',
  day: '2-digit',
  month: '2-digit',
  year: 'numeric',
  hour: '2-digit',
  minute: '2-digit',
  hourCycle: 'h23',
});
