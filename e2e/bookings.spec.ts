import { randomUUID } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Browser, Page } from '@playwright/test';
import { expectNoA11yViolations } from './support/axe.ts';
import { expect, type Person, test, type Visit } from './support/fixtures.ts';
import { clickInHeader, expectInHeader } from './support/header.ts';
import { linkTo, type ReceivedMail, waitForMail } from './support/mail.ts';
import { decodeQuotedPrintable } from './support/mime.ts';
import { E2E_MAIL_DIR } from './support/paths.mjs';

/** The head of the school: administers it, so she decides on requests for its rooms. */
const BIRGITTE = { email: 'birgitte@byliv.example', password: 'byliv-demo-2026' };
const CLASSROOM_1 = 'Klasselokale 1 på Skolen i Sydhavnen';
const CLASSROOM_2 = {
  slug: 'klasselokale-2-paa-skolen-i-sydhavnen',
  name: 'Klasselokale 2 på Skolen i Sydhavnen',
};
const LIBRARY = { slug: 'moedelokalet-paa-sydhavns-bibliotek', name: 'Mødelokalet på Sydhavns Bibliotek' };

const DAY_MS = 86_400_000;

/**
 * Each project (desktop, phone) and each retry books weeks of its own, so no run meets the times
 * another run of the same test took in the shared demo places.
 */
function runIndex(): number {
  const info = test.info();
  const project = info.project.name === 'phone' ? 1 : 0;
  return project * 2 + Math.min(info.retry, 1);
}

function runOffsetDays(): number {
  return 7 * runIndex();
}

/** A weekly series spans more weeks than the runs are apart, so each run books its own hours too. */
function seriesHours(): { from: string; to: string } {
  const start = [16, 18, 12, 14][runIndex()] ?? 16;
  return { from: `${start}:00`, to: `${start + 2}:00` };
}

/**
 * A local date (Copenhagen), YYYY-MM-DD: the first given ISO weekday at least `days` from today.
 * Each test books its own place and weekday beyond the demo bookings (four weeks), so tests
 * running side by side never take each other's times.
 */
function dateAhead(days: number, weekday: number, { ownWeek = true } = {}): string {
  if (ownWeek) days += runOffsetDays();
  const start = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Copenhagen' }).format(
    Date.now() + days * DAY_MS,
  );
  const noon = Date.parse(`${start}T12:00:00Z`);
  const current = new Date(noon).getUTCDay() || 7;
  return new Date(noon + ((weekday - current + 7) % 7) * DAY_MS).toISOString().slice(0, 10);
}

function weeksLater(date: string, weeks: number): string {
  return new Date(Date.parse(`${date}T12:00:00Z`) + weeks * 7 * DAY_MS).toISOString().slice(0, 10);
}

/** A date as the site writes it in Danish, e.g. "tirsdag den 5. januar 2027". */
function danishDate(date: string): string {
  return new Intl.DateTimeFormat('da-DK', {
    timeZone: 'UTC',
    weekday: 'long',
    day: 'numeric',
    month: 'long',
    year: 'numeric',
  }).format(Date.parse(`${date}T12:00:00Z`));
}

async function register(page: Page, visit: Visit, person: Person): Promise<void> {
  await visit('/opret-konto');
  await page.getByLabel('Navn').fill(person.name);
  await page.getByLabel('E-mail').fill(person.email);
  await page.getByLabel('Adgangskode').fill(person.password);
  await visit(() => page.getByRole('main').getByRole('button', { name: 'Opret konto' }).click());
  await expectInHeader(page.getByRole('button', { name: 'Log ud' }));
}

/** A second person in a browser of their own, logged in; every page they load is checked with axe. */
async function signedIn(
  browser: Browser,
  baseURL: string | undefined,
  who: { email: string; password: string },
): Promise<{ page: Page; visit: Visit; close: () => Promise<void> }> {
  const context = await browser.newContext({ baseURL });
  const page = await context.newPage();
  const visit: Visit = async (target) => {
    const loaded = page.waitForEvent('load');
    let response = null;
    if (typeof target === 'string') response = await page.goto(target);
    else await target();
    await loaded;
    await expectNoA11yViolations(page);
    return response;
  };
  await visit('/log-ind');
  await page.getByLabel('E-mail').fill(who.email);
  await page.getByLabel('Adgangskode').fill(who.password);
  await visit(() => page.getByRole('main').getByRole('button', { name: 'Log ind' }).click());
  await expectInHeader(page.getByRole('button', { name: 'Log ud' }));
  return { page, visit, close: () => context.close() };
}

interface BookingFields {
  title: string;
  date?: string;
  from?: string;
  to?: string;
  attendees?: string;
}

async function fillBooking(page: Page, fields: BookingFields): Promise<void> {
  const main = page.getByRole('main');
  await main.getByLabel('Hvad skal I bruge stedet til?').fill(fields.title);
  if (fields.date !== undefined) await main.getByLabel('Dato', { exact: true }).fill(fields.date);
  if (fields.from !== undefined) await main.getByLabel('Fra kl.').fill(fields.from);
  if (fields.to !== undefined) await main.getByLabel('Til kl.').fill(fields.to);
  if (fields.attendees !== undefined) await main.getByLabel('Antal deltagere').fill(fields.attendees);
}

/** The row of a booking in a table, by its title. */
function bookingRow(page: Page, title: string) {
  return page.getByRole('row').filter({ has: page.getByRole('link', { name: title, exact: true }) });
}

/** The text of the mail's text/calendar attachment, decoded. */
async function calendarAttachment(mail: ReceivedMail): Promise<string> {
  const raw = (await readFile(join(E2E_MAIL_DIR, mail.file), 'latin1')).replace(/\r\n/g, '\n');
  const parts = raw.split(/\n--[^\n]+\n/);
  const part = parts.find((candidate) => /^content-type:\s*text\/calendar/im.test(candidate));
  if (part === undefined) throw new Error(`"${mail.subject}" has no text/calendar part`);
  const end = part.indexOf('\n\n');
  const head = part.slice(0, end);
  const body = part.slice(end + 2).replace(/\n--[^\n]*--\s*$/, '');
  expect(head).toMatch(/filename="?[^"\n]+\.ics"?/i);
  const encoding = /content-transfer-encoding:\s*([\w-]+)/i.exec(head)?.[1]?.toLowerCase();
  const text =
    encoding === 'base64'
      ? Buffer.from(body.replace(/\s+/g, ''), 'base64').toString('utf8')
      : encoding === 'quoted-printable'
        ? decodeQuotedPrintable(body)
        : Buffer.from(body, 'latin1').toString('utf8');
  // Unfolded (RFC 5545 §3.1): a line break followed by a space continues the line.
  return text.replace(/\r\n/g, '\n').replace(/\n[ \t]/g, '');
}

test('a resident finds a room, asks for it, the manager approves it from the queue, the mail brings an .ics, and the resident cancels', async ({
  page,
  visit,
  person,
  browser,
  baseURL,
}) => {
  const date = dateAhead(36, 2);
  const title = `Strikkeklub ${randomUUID().slice(0, 6)}`;
  await register(page, visit, person);

  await visit(() => clickInHeader(page.getByRole('link', { name: 'Find lokale' })));
  const main = page.getByRole('main');
  await main.getByLabel('Antal personer').fill('20');
  await main.getByLabel('Dato', { exact: true }).fill(date);
  await main.getByLabel('Fra kl.').fill('19:00');
  await main.getByLabel('Til kl.').fill('21:00');
  await main.getByRole('checkbox', { name: 'Niveaufri adgang' }).check();
  await visit(() => main.getByRole('button', { name: 'Find lokale' }).click());
  const results = page.getByRole('region', { name: /ledige? steder?$/ });
  await expect(results.getByRole('link', { name: CLASSROOM_1, exact: true })).toBeVisible();
  // The library room closes at 20 on weekdays, so it is not free for the whole evening.
  await expect(results.getByRole('link', { name: LIBRARY.name, exact: true })).toHaveCount(0);

  await visit(() =>
    results.getByRole('link', { name: new RegExp(`^Book lokale\\s*: ${CLASSROOM_1}$`) }).click(),
  );
  await expect(main.getByLabel('Dato', { exact: true })).toHaveValue(date);
  await expect(main.getByLabel('Fra kl.')).toHaveValue('19:00');
  await expect(main.getByLabel('Antal deltagere')).toHaveValue('20');
  await fillBooking(page, { title });
  await visit(() => main.getByRole('button', { name: 'Send anmodning' }).click());
  await expect(page.getByRole('status')).toContainText('Din booking er registreret');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(title);
  await expect(main).toContainText('Anmodet');
  const bookingPath = new URL(page.url()).pathname;

  const manager = await signedIn(browser, baseURL, BIRGITTE);
  await manager.visit('/administrer/bookinger');
  await manager.page.getByRole('checkbox', { name: `Vælg ${title}` }).check();
  await manager.visit(() => manager.page.getByRole('button', { name: 'Godkend de valgte' }).click());
  await expect(manager.page.getByRole('status')).toContainText('De valgte anmodninger er besluttet');
  await expect(manager.page.getByRole('checkbox', { name: `Vælg ${title}` })).toHaveCount(0);
  await manager.close();

  await visit(() => clickInHeader(page.getByRole('link', { name: 'Mine bookinger' })));
  await expect(bookingRow(page, title)).toContainText('Godkendt');

  const mail = await waitForMail(person.email, {
    matching: (received) => received.subject.includes('godkendt'),
  });
  expect(mail.subject).toBe(`Din booking af ${CLASSROOM_1} er godkendt`);
  expect(new URL(linkTo(mail, '/bookinger/')).pathname).toBe(bookingPath);
  const invite = await calendarAttachment(mail);
  expect(invite).toContain('BEGIN:VCALENDAR');
  expect(invite).toContain('BEGIN:VEVENT');
  expect(invite).toContain(`SUMMARY:${title}`);
  // The event starts at 19:00 Copenhagen time, whatever zone the file writes it in.
  const start = /DTSTART:(\d{4})(\d{2})(\d{2})T(\d{2})(\d{2})(\d{2})Z/.exec(invite);
  expect(start, 'DTSTART in UTC').not.toBeNull();
  const [, year, month, day, hour, minute] = start ?? [];
  const local = new Intl.DateTimeFormat('sv-SE', {
    timeZone: 'Europe/Copenhagen',
    dateStyle: 'short',
    timeStyle: 'short',
  }).format(Date.parse(`${year}-${month}-${day}T${hour}:${minute}:00Z`));
  expect(local).toBe(`${date} 19:00`);

  await visit(() =>
    bookingRow(page, title)
      .getByRole('button', { name: new RegExp(`^Annuller\\s*: ${title}$`) })
      .click(),
  );
  // The confirmation page names the booking and who is told; only its button cancels.
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Vil du annullere bookingen?');
  await expect(page.getByRole('main')).toContainText(title);
  await expect(page.getByRole('main')).toContainText('Stedets ansvarlige får en e-mail');
  await visit(() => page.getByRole('button', { name: 'Ja, annuller bookingen' }).click());
  await expect(page.getByRole('status')).toContainText('Bookingen er annulleret');
  await expect(page.getByRole('main')).toContainText('Annulleret');
  await expect(page.getByRole('button', { name: 'Annuller' })).toHaveCount(0);
});

test('a manager rejects a request with a reason, and the resident reads the reason', async ({
  page,
  visit,
  person,
  browser,
  baseURL,
}) => {
  const title = `Bestyrelsesmøde ${randomUUID().slice(0, 6)}`;
  const reason = 'Skolen holder forældremøde i lokalet den aften.';
  await register(page, visit, person);
  await visit(`/steder/${CLASSROOM_2.slug}`);
  await visit(() => page.getByRole('link', { name: 'Book lokale' }).click());
  await fillBooking(page, { title, date: dateAhead(37, 3), from: '19:00', to: '21:00', attendees: '8' });
  await visit(() => page.getByRole('button', { name: 'Send anmodning' }).click());
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(title);

  const manager = await signedIn(browser, baseURL, BIRGITTE);
  await manager.visit('/administrer/bookinger');
  // Deciding with nothing ticked is refused; the summary's link leads to the first box.
  await manager.visit(() => manager.page.getByRole('button', { name: 'Godkend de valgte' }).click());
  const none = manager.page.getByRole('alert');
  await expect(none).toBeFocused();
  await none.getByRole('link', { name: 'Vælg mindst én anmodning' }).click();
  await expect(manager.page.getByRole('checkbox').first()).toBeFocused();
  await manager.visit(() => manager.page.getByRole('link', { name: title, exact: true }).click());
  // A rejection without a reason is refused with the error summary, which takes focus.
  await manager.visit(() => manager.page.getByRole('button', { name: 'Afvis' }).click());
  const summary = manager.page.getByRole('alert');
  await expect(summary).toBeFocused();
  await expect(summary).toContainText('Skriv en begrundelse, så den, der har booket, ved hvorfor');
  await manager.page.getByLabel('Begrundelse for afvisning').fill(reason);
  await manager.visit(() => manager.page.getByRole('button', { name: 'Afvis' }).click());
  await expect(manager.page.getByRole('status')).toContainText('Anmodningen er afvist');
  await expect(manager.page.getByRole('main')).toContainText('Afvist');
  await manager.close();

  await visit('/mine-bookinger');
  await expect(bookingRow(page, title)).toContainText('Afvist');
  await visit(() => bookingRow(page, title).getByRole('link', { name: title }).click());
  await expect(page.getByRole('main')).toContainText(reason);
  const mail = await waitForMail(person.email, {
    matching: (received) => received.subject.includes('afvist'),
  });
  expect(mail.subject).toBe(`Din anmodning om at booke ${CLASSROOM_2.name} er afvist`);
  expect(mail.text).toContain(reason);
});

test('a booking that clashes, or that the rules refuse, is explained in the error summary, which leads to the field', async ({
  page,
  visit,
  person,
}) => {
  const date = dateAhead(38, 4);
  await register(page, visit, person);
  await visit(`/steder/${LIBRARY.slug}/book`);
  await fillBooking(page, { title: 'Læseklub', date, from: '12:00', to: '14:00', attendees: '10' });
  // The library room is booked at once, without a manager's approval.
  await visit(() => page.getByRole('button', { name: 'Book lokale' }).click());
  await expect(page.getByRole('main')).toContainText('Godkendt');

  await visit(`/steder/${LIBRARY.slug}/book`);
  await fillBooking(page, { title: 'Læseklub igen', date, from: '13:00', to: '15:00', attendees: '10' });
  await visit(() => page.getByRole('button', { name: 'Book lokale' }).click());
  const clash = `Stedet er allerede optaget ${danishDate(date)} kl. 12.00–14.00. Vælg et andet tidspunkt`;
  const summary = page.getByRole('alert');
  await expect(summary).toBeFocused();
  await expect(summary.getByRole('link')).toHaveText(clash);
  const from = page.getByRole('main').getByLabel('Fra kl.');
  await expect(from).toHaveAttribute('aria-invalid', 'true');
  await expect(from).toHaveAccessibleDescription(new RegExp(`Fejl: ${clash}`));
  await expect(from).toHaveValue('13:00');
  await expect(page.getByRole('main').getByLabel('Hvad skal I bruge stedet til?')).toHaveValue(
    'Læseklub igen',
  );
  await summary.getByRole('link').click();
  await expect(from).toBeFocused();

  // The housing association's common room is for its members: a newcomer is told so instead of a form.
  await visit('/steder/faelleshuset-ved-kanalen/book');
  const notice = page.getByRole('note', { name: 'Hvem kan booke' });
  await expect(notice).toContainText('Kun medlemmer af Boligforeningen Sluseholmen kan booke dette sted.');
  await expect(notice.getByRole('link', { name: 'Se Boligforeningen Sluseholmen' })).toBeVisible();
  await expect(page.getByRole('main').getByLabel('Hvad skal I bruge stedet til?')).toHaveCount(0);
});

test('a weekly series is previewed with the clashing week named, and the free weeks are booked', async ({
  page,
  visit,
  person,
}) => {
  // Four weeks from day 43 stay inside the library's 90-day horizon; runs differ by the hour instead.
  const first = dateAhead(43, 2, { ownWeek: false });
  const { from, to } = seriesHours();
  const taken = weeksLater(first, 1);
  const title = `Sprogcafé ${randomUUID().slice(0, 6)}`;
  await register(page, visit, person);
  await visit(`/steder/${LIBRARY.slug}/book`);
  await fillBooking(page, { title: 'Lektiehjælp', date: taken, from, to, attendees: '6' });
  await visit(() => page.getByRole('button', { name: 'Book lokale' }).click());
  await expect(page.getByRole('main')).toContainText('Godkendt');

  await visit(`/steder/${LIBRARY.slug}/book`);
  const main = page.getByRole('main');
  await fillBooking(page, { title, date: first, from, to, attendees: '12' });
  await main.getByLabel('Gentagelse').selectOption({ label: 'Hver uge' });
  await main.getByLabel('Gentag til og med').fill(weeksLater(first, 3));
  await visit(() => main.getByRole('button', { name: 'Book lokale' }).click());

  await expect(page.getByRole('heading', { level: 1 })).toHaveText(
    `Gentaget booking af ${LIBRARY.name}: se alle gange`,
  );
  await expect(main).toContainText('4 gange i alt: 3 ledige og 1 optaget eller uden for reglerne');
  const occurrences = main.getByRole('table', { name: 'Alle gange i serien' }).getByRole('row');
  await expect(occurrences).toHaveCount(5);
  const clashing = occurrences.filter({ hasText: danishDate(taken) });
  await expect(clashing).toContainText(
    `Stedet er allerede optaget ${danishDate(taken)} kl. ${from.replace(':', '.')}–${to.replace(':', '.')}. Vælg et andet tidspunkt`,
  );
  await expect(occurrences.filter({ hasText: 'Ledig' })).toHaveCount(3);

  await visit(() => main.getByRole('button', { name: 'Book de 3 ledige gange' }).click());
  expect(new URL(page.url()).pathname).toBe('/mine-bookinger');
  await expect(page.getByRole('status')).toContainText('Serien er booket');
  const series = page.getByRole('row').filter({ has: page.getByRole('link', { name: title, exact: true }) });
  await expect(series).toHaveCount(3);
  for (const row of await series.all()) await expect(row).toContainText('Godkendt');
  await expect(series.filter({ hasText: danishDate(taken) })).toHaveCount(0);
});
