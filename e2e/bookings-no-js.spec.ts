import { randomUUID } from 'node:crypto';
import type { Browser, Page } from '@playwright/test';
import { expectNoA11yViolationsWithoutScripts } from './support/axe.ts';
import { expect, type Person, test, type Visit } from './support/fixtures.ts';

// Booking and deciding are plain forms and links: POST → redirect → GET, no script needed.
test.use({ javaScriptEnabled: false });

const BIRGITTE = { email: 'birgitte@byliv.example', password: 'byliv-demo-2026' };
const CLASSROOM_2 = 'klasselokale-2-paa-skolen-i-sydhavnen';
const GYM = 'gymnastiksalen-paa-skolen-i-sydhavnen';
const DAY_MS = 86_400_000;

/** A local date (Copenhagen): the first given ISO weekday at least `days` from today. */
function dateAhead(days: number, weekday: number): string {
  const start = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Copenhagen' }).format(
    Date.now() + days * DAY_MS,
  );
  const noon = Date.parse(`${start}T12:00:00Z`);
  const current = new Date(noon).getUTCDay() || 7;
  return new Date(noon + ((weekday - current + 7) % 7) * DAY_MS).toISOString().slice(0, 10);
}

async function register(page: Page, visit: Visit, person: Person): Promise<void> {
  await visit('/opret-konto');
  await page.getByLabel('Navn').fill(person.name);
  await page.getByLabel('E-mail').fill(person.email);
  await page.getByLabel('Adgangskode').fill(person.password);
  await visit(() => page.getByRole('main').getByRole('button', { name: 'Opret konto' }).click());
  await expect(page.getByRole('button', { name: 'Log ud' })).toBeVisible();
}

/** The manager in a browser of her own, also without JavaScript; each page is checked as served. */
async function managerWithoutScripts(
  browser: Browser,
  baseURL: string | undefined,
): Promise<{ page: Page; visit: Visit; close: () => Promise<void> }> {
  const context = await browser.newContext({ baseURL, javaScriptEnabled: false });
  const page = await context.newPage();
  const visit: Visit = async (target) => {
    const loaded = page.waitForEvent('load');
    let response = null;
    if (typeof target === 'string') response = await page.goto(target);
    else await target();
    await loaded;
    await expectNoA11yViolationsWithoutScripts(page);
    return response;
  };
  await visit('/log-ind');
  await page.getByLabel('E-mail').fill(BIRGITTE.email);
  await page.getByLabel('Adgangskode').fill(BIRGITTE.password);
  await visit(() => page.getByRole('main').getByRole('button', { name: 'Log ind' }).click());
  await expect(page.getByRole('button', { name: 'Log ud' })).toBeVisible();
  return { page, visit, close: () => context.close() };
}

test('without JavaScript a resident asks for a room, the manager approves it, and the resident sees it approved', async ({
  page,
  visit,
  person,
  browser,
  baseURL,
}) => {
  const title = `Lektiecafé ${randomUUID().slice(0, 6)}`;
  await register(page, visit, person);
  await visit(`/steder/${CLASSROOM_2}`);
  await visit(() => page.getByRole('link', { name: 'Book lokale' }).click());
  const main = page.getByRole('main');
  await main.getByLabel('Dato', { exact: true }).fill(dateAhead(38, 4));
  await main.getByLabel('Fra kl.').fill('19:00');
  await main.getByLabel('Til kl.').fill('21:00');
  await main.getByLabel('Antal deltagere').fill('12');

  // A missing title comes back with the error summary and what was typed.
  await visit(() => main.getByRole('button', { name: 'Send anmodning' }).click());
  await expect(page.getByRole('alert')).toContainText('Der er et problem');
  await expect(main.getByLabel('Hvad skal I bruge stedet til?')).toHaveAttribute('aria-invalid', 'true');
  await expect(main.getByLabel('Fra kl.')).toHaveValue('19:00');
  await main.getByLabel('Hvad skal I bruge stedet til?').fill(title);
  await visit(() => main.getByRole('button', { name: 'Send anmodning' }).click());
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(title);
  await expect(main).toContainText('Anmodet');
  const bookingPath = new URL(page.url()).pathname;

  const manager = await managerWithoutScripts(browser, baseURL);
  await manager.visit(bookingPath);
  await manager.visit(() => manager.page.getByRole('button', { name: 'Godkend' }).click());
  await expect(manager.page.getByRole('status')).toContainText('Bookingen er godkendt');
  await expect(manager.page.getByRole('main')).toContainText('Godkendt');
  await manager.close();

  await visit('/mine-bookinger');
  const row = page.getByRole('row').filter({ has: page.getByRole('link', { name: title, exact: true }) });
  await expect(row).toContainText('Godkendt');
});

test('without JavaScript the place page shows the week calendar and moves between weeks', async ({
  page,
  visit,
}) => {
  await visit(`/steder/${GYM}`);
  const calendar = page.getByRole('region', { name: 'Ugekalender' });
  const caption = calendar.getByRole('table').locator('caption');
  const thisWeek = (await caption.textContent()) ?? '';
  expect(thisWeek).toMatch(/^Optaget og ledig tid fra /);

  await visit(() => calendar.getByRole('link', { name: 'Næste uge →' }).click());
  expect(new URL(page.url()).searchParams.get('uge')).toMatch(/^\d{4}-\d{2}-\d{2}$/);
  await expect(caption).not.toHaveText(thisWeek);
  await expect(calendar.getByRole('cell', { name: 'Optaget' }).first()).toBeVisible();

  await visit(() => calendar.getByRole('link', { name: 'Næste uge →' }).click());
  await visit(() => calendar.getByRole('link', { name: 'Denne uge' }).click());
  expect(new URL(page.url()).searchParams.has('uge')).toBe(false);
  await expect(caption).toHaveText(thisWeek);
});
