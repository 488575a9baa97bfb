import { randomUUID } from 'node:crypto';
import type { Browser, Page } from '@playwright/test';
import { expectNoA11yViolations, expectNoA11yViolationsWithoutScripts } from './support/axe.ts';
import { expect, type Person, test, type Visit } from './support/fixtures.ts';
import { expectInHeader } from './support/header.ts';
import { type ReceivedMail, uniqueEmail, waitForMail } from './support/mail.ts';

const DAY_MS = 86_400_000;

/** A local date (Copenhagen), YYYY-MM-DD, `days` from today. Titles are unique, so tests never collide. */
function dateAhead(days: number): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Copenhagen' }).format(
    Date.now() + days * DAY_MS,
  );
}

async function register(page: Page, visit: Visit, person: Person): Promise<void> {
  await visit('/opret-konto');
  await page.getByLabel('Navn').fill(person.name);
  await page.getByLabel('E-mail').fill(person.email);
  await page.getByLabel('Adgangskode').fill(person.password);
  await visit(() => page.getByRole('main').getByRole('button', { name: 'Opret konto' }).click());
  await expectInHeader(page.getByRole('button', { name: 'Log ud' }));
}

interface Browsing {
  page: Page;
  visit: Visit;
  close: () => Promise<void>;
}

/** Another person in a browser of their own; every page they load is checked with axe. */
async function anotherBrowser(
  browser: Browser,
  baseURL: string | undefined,
  javaScriptEnabled = true,
): Promise<Browsing> {
  // An address of its own, so per-address limits count this person alone (as fixtures.ts does).
  const address = `10.200.${Math.floor(Math.random() * 256)}.${Math.floor(Math.random() * 256)}`;
  const context = await browser.newContext({
    baseURL,
    javaScriptEnabled,
    extraHTTPHeaders: { 'x-forwarded-for': address },
  });
  const page = await context.newPage();
  const check = javaScriptEnabled ? expectNoA11yViolations : expectNoA11yViolationsWithoutScripts;
  const visit: Visit = async (target) => {
    const loaded = page.waitForEvent('load');
    let response = null;
    if (typeof target === 'string') response = await page.goto(target);
    else await target();
    await loaded;
    await check(page);
    return response;
  };
  return { page, visit, close: () => context.close() };
}

interface NewActivity {
  title: string;
  date: string;
  startTime: string;
  address: string;
  capacity?: string;
}

/** Publishes from the neighbour-coffee template; returns the activity's path. */
async function publishCoffee(page: Page, visit: Visit, activity: NewActivity): Promise<string> {
  await visit('/aktiviteter/ny?type=nabokaffe');
  const main = page.getByRole('main');
  // The template fills in the kind, a title and a description.
  await expect(main.getByLabel('Type')).toHaveValue('neighbour_coffee');
  await expect(main.getByLabel('Titel')).toHaveValue('Nabokaffe');
  await expect(main.getByLabel('Beskrivelse')).not.toHaveValue('');
  await main.getByLabel('Titel').fill(activity.title);
  await main.getByLabel('Dato').fill(activity.date);
  await main.getByLabel('Starttid').fill(activity.startTime);
  await main.getByLabel('En adresse eller et mødested').check();
  await main.getByLabel('Adresse eller mødested').fill(activity.address);
  await main.getByLabel('Breddegrad').fill('55.6465');
  await main.getByLabel('Længdegrad').fill('12.5480');
  if (activity.capacity !== undefined) {
    await main.getByText('Flere detaljer (frivilligt)').click();
    await main.getByLabel('Antal pladser').fill(activity.capacity);
  }
  await visit(() => main.getByRole('button', { name: 'Offentliggør aktiviteten' }).click());
  await expect(page.getByText('Aktiviteten er offentliggjort')).toBeVisible();
  await expect(page.getByRole('heading', { level: 1, name: activity.title })).toBeVisible();
  return new URL(page.url()).pathname;
}

function linkIn(mail: ReceivedMail, pattern: RegExp): string {
  const link = mail.links.find((candidate) => pattern.test(new URL(candidate).pathname));
  if (link === undefined)
    throw new Error(`No link matching ${pattern} in "${mail.subject}": ${mail.links.join(', ')}`);
  return link;
}

test('a resident publishes a neighbour coffee, it is listed and in the calendar; one joins, a guest waits and is promoted when the first cancels; the organiser sees the list', async ({
  page,
  visit,
  person,
  browser,
  baseURL,
}) => {
  const date = dateAhead(9);
  const title = `Nabokaffe i gården ${randomUUID().slice(0, 6)}`;
  await register(page, visit, person);
  const path = await publishCoffee(page, visit, {
    title,
    date,
    startTime: '10:00',
    address: 'Gården bag Sluseholmen 8',
    capacity: '1',
  });
  const main = page.getByRole('main');
  await expect(main.getByText('Gården bag Sluseholmen 8')).toBeVisible();
  await expect(main.getByText('1 plads', { exact: true })).toBeVisible();

  // The list, filtered to the day, and the month calendar show it.
  await visit(`/aktiviteter?fra=${date}&til=${date}`);
  await expect(main.getByRole('link', { name: title })).toBeVisible();
  await visit(`/aktiviteter/kalender?maaned=${date.slice(0, 7)}`);
  const dayOfMonth = `${Number(date.slice(8, 10))}.`;
  if ((page.viewportSize()?.width ?? 1280) < 768) {
    // On a phone the month is an agenda: the day as a heading, its activities below it.
    const agenda = main.getByRole('region', { name: 'Dag for dag' });
    const day = agenda
      .locator('.app-agenda__day')
      .filter({ has: page.getByRole('link', { name: new RegExp(title) }) });
    await expect(day.getByRole('heading')).toContainText(dayOfMonth);
    await expect(day.getByRole('link', { name: `10:00 ${title}` })).toBeVisible();
  } else {
    const day = main.getByRole('cell').filter({ has: page.getByRole('link', { name: new RegExp(title) }) });
    await expect(day).toContainText(dayOfMonth);
    await expect(day.getByRole('link', { name: `10:00 ${title}` })).toBeVisible();
  }

  // Another resident joins with one click: the one place is taken.
  const neighbour = await anotherBrowser(browser, baseURL);
  const neighbourPerson = { ...person, name: 'Jens Nabo', email: uniqueEmail('activities-neighbour') };
  await register(neighbour.page, neighbour.visit, neighbourPerson);
  await neighbour.visit(path);
  await neighbour.visit(() => neighbour.page.getByRole('button', { name: 'Tilmeld dig' }).click());
  await expect(neighbour.page.getByText('Du er tilmeldt. Vi har sendt dig en bekræftelse')).toBeVisible();
  await waitForMail(neighbourPerson.email, {
    matching: (mail) => mail.subject === `Du er tilmeldt: ${title}`,
  });

  // A guest without an account: name and e-mail; it is full, so the confirmed sign-up waits.
  const guest = await anotherBrowser(browser, baseURL);
  const guestEmail = uniqueEmail('activities-guest');
  await guest.visit(path);
  await guest.visit(() => guest.page.getByRole('link', { name: 'Skriv dig på ventelisten' }).click());
  const guestMain = guest.page.getByRole('main');
  await guestMain.getByLabel('Dit navn').fill('Gitte Gæst');
  await guestMain.getByLabel('Din e-mail').fill(guestEmail);
  await guest.visit(() => guestMain.getByRole('button', { name: 'Tilmeld dig' }).click());
  await expect(guest.page.getByRole('heading', { name: 'Tjek din e-mail' })).toBeVisible();
  const confirm = await waitForMail(guestEmail, { matching: (mail) => mail.subject.startsWith('Bekræft') });
  await guest.visit(linkIn(confirm, /\/bekraeft$/));
  await guest.visit(() => guestMain.getByRole('button', { name: 'Bekræft tilmelding' }).click());
  await expect(guest.page.getByRole('heading', { name: 'Du er på ventelisten' })).toBeVisible();

  // The first cancels; the guest moves up and is told by e-mail.
  await neighbour.visit(path);
  await neighbour.visit(() => neighbour.page.getByRole('button', { name: 'Afmeld' }).click());
  await expect(neighbour.page.getByText('Du er afmeldt')).toBeVisible();
  await waitForMail(guestEmail, { matching: (mail) => mail.subject === `Du har fået en plads: ${title}` });

  // The organiser sees who joined; the one who left is off the list.
  await visit(path);
  await visit(() => main.getByRole('link', { name: 'Se deltagerne' }).click());
  const guestRow = main.getByRole('row').filter({ hasText: 'Gitte Gæst' });
  await expect(guestRow).toContainText('Tilmeldt');
  await expect(guestRow).toContainText(guestEmail);
  await expect(main.getByRole('row').filter({ hasText: 'Jens Nabo' })).toHaveCount(0);

  await Promise.all([neighbour.close(), guest.close()]);
});

test('the home page shows what is on this week', async ({ page, visit }) => {
  await visit('/');
  const week = page.getByRole('region', { name: 'Det sker i denne uge' });
  await expect(week).toBeVisible();
  await visit(() => week.getByRole('link', { name: /^Se alle aktiviteter/ }).click());
  await expect(page.getByRole('heading', { level: 1, name: 'Aktiviteter' })).toBeVisible();
});

test('the form shows only the chosen location fields; a weekly coffee is listed once with its next dates', async ({
  page,
  visit,
  person,
}) => {
  const date = dateAhead(3);
  const title = `Ugentlig kaffe ${randomUUID().slice(0, 6)}`;
  await register(page, visit, person);
  await visit('/aktiviteter/ny?type=nabokaffe');
  const main = page.getByRole('main');
  // The address (the default) shows; the place and the route wait until chosen.
  await expect(main.getByLabel('Adresse eller mødested')).toBeVisible();
  await expect(main.getByLabel('Sted', { exact: true })).toBeHidden();
  await expect(main.getByLabel('Rutens stoppesteder')).toBeHidden();
  await main.getByRole('radio', { name: 'En rute med flere stop' }).check();
  await expect(main.getByLabel('Rutens stoppesteder')).toBeVisible();
  await expect(main.getByLabel('Adresse eller mødested')).toBeHidden();
  await main.getByRole('radio', { name: 'En adresse eller et mødested' }).check();

  await main.getByLabel('Titel').fill(title);
  await main.getByLabel('Dato').fill(date);
  await main.getByLabel('Starttid').fill('10:00');
  await main.getByLabel('Adresse eller mødested').fill('Teglholmens Østkaj');
  await main.getByText('Flere detaljer (frivilligt)').click();
  await main.getByLabel('Gentagelse').selectOption('weekly');
  await visit(() => main.getByRole('button', { name: 'Offentliggør aktiviteten' }).click());
  await expect(page.getByText('Aktiviteten er offentliggjort')).toBeVisible();

  await visit(`/aktiviteter?fra=${date}`);
  await expect(main.getByRole('link', { name: title })).toHaveCount(1);
  const card = main.getByRole('listitem').filter({ has: page.getByRole('link', { name: title }) });
  await expect(card).toContainText(/hver \p{L}+dag kl\. 10\.00–\d\d\.\d\d · næste: /u);
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('a resident publishes an activity and joins it', async ({ page, visit, person }) => {
    const title = `Byttehjørne uden script ${randomUUID().slice(0, 6)}`;
    await register(page, visit, person);
    const main = page.getByRole('main');
    await visit('/aktiviteter/ny?type=byttehjoerne');
    await main.getByLabel('Titel').fill(title);
    await main.getByLabel('Dato').fill(dateAhead(12));
    await main.getByLabel('Starttid').fill('14:00');
    await main.getByLabel('Adresse eller mødested').fill('Ved broen på Teglholmen');

    // A start time that is no time of day: an error summary, the typed values kept.
    await main.getByLabel('Starttid').fill('25:00');
    await visit(() => main.getByRole('button', { name: 'Offentliggør aktiviteten' }).click());
    await expect(page.getByRole('alert')).toContainText('Der er et problem');
    await expect(main.getByLabel('Starttid')).toHaveAttribute('aria-invalid', 'true');
    await expect(main.getByLabel('Titel')).toHaveValue(title);
    await main.getByLabel('Starttid').fill('14:00');
    await visit(() => main.getByRole('button', { name: 'Offentliggør aktiviteten' }).click());
    await expect(page.getByText('Aktiviteten er offentliggjort')).toBeVisible();

    await visit(() => main.getByRole('button', { name: 'Tilmeld dig' }).click());
    await expect(page.getByText('Du er tilmeldt. Vi har sendt dig en bekræftelse')).toBeVisible();
    await expect(main.getByText('Du er tilmeldt.', { exact: true })).toBeVisible();
    await waitForMail(person.email, { matching: (mail) => mail.subject === `Du er tilmeldt: ${title}` });
  });
});
