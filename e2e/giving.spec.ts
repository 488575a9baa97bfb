import { randomUUID } from 'node:crypto';
import type { Browser, Page } from '@playwright/test';
import { expectNoA11yViolations } from './support/axe.ts';
import { expect, type Person, test, type Visit } from './support/fixtures.ts';
import { expectInHeader } from './support/header.ts';
import { uniqueEmail, waitForMail } from './support/mail.ts';

const ADMIN = { email: 'admin@byliv.example', password: 'byliv-demo-2026' };

async function register(page: Page, visit: Visit, person: Person): Promise<void> {
  await visit('/opret-konto');
  await page.getByLabel('Navn').fill(person.name);
  await page.getByLabel('E-mail').fill(person.email);
  await page.getByLabel('Adgangskode').fill(person.password);
  await visit(() => page.getByRole('main').getByRole('button', { name: 'Opret konto' }).click());
  await expectInHeader(page.getByRole('button', { name: 'Log ud' }));
}

async function logIn(page: Page, visit: Visit, who: { email: string; password: string }): Promise<void> {
  await visit('/log-ind');
  await page.getByLabel('E-mail').fill(who.email);
  await page.getByLabel('Adgangskode').fill(who.password);
  await visit(() => page.getByRole('main').getByRole('button', { name: 'Log ind' }).click());
  await expectInHeader(page.getByRole('button', { name: 'Log ud' }));
}

interface Browsing {
  page: Page;
  visit: Visit;
  close: () => Promise<void>;
}

/** Another person in a browser (and from an address) of their own; every page they load is checked with axe. */
async function anotherBrowser(browser: Browser, baseURL: string | undefined): Promise<Browsing> {
  const address = `10.201.${Math.floor(Math.random() * 256)}.${Math.floor(Math.random() * 256)}`;
  const context = await browser.newContext({ baseURL, extraHTTPHeaders: { 'x-forwarded-for': address } });
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
  return { page, visit, close: () => context.close() };
}

/** Posts an offer from the board's button; returns the offer's path. */
async function postOffer(page: Page, visit: Visit, title: string): Promise<string> {
  await visit('/giv');
  await visit(() => page.getByRole('main').getByRole('link', { name: 'Slå et tilbud op' }).first().click());
  const main = page.getByRole('main');
  await expect(main.getByLabel('Tilbud eller ønske')).toHaveValue('offer');
  await main
    .getByLabel('Hvad drejer det sig om?')
    .selectOption({ label: 'Ting til udlån eller at give væk' });
  await main.getByLabel('Overskrift').fill(title);
  await main.getByLabel('Beskrivelse').fill('En solid boremaskine med bor. Hent den i Sluseholmen.');
  await visit(() => main.getByRole('button', { name: 'Slå op på Giv-tavlen' }).click());
  await expect(page.getByText('Dit opslag er på Giv-tavlen.')).toBeVisible();
  await expect(page.getByRole('heading', { level: 1, name: title })).toBeVisible();
  return new URL(page.url()).pathname;
}

test('an offer, "Det vil jeg gerne" with a message, the poster accepts, and only then do both see the other’s e-mail', async ({
  page,
  visit,
  person,
  browser,
  baseURL,
}) => {
  const title = `Boremaskine til udlån ${randomUUID().slice(0, 6)}`;
  await register(page, visit, person);
  const itemPath = await postOffer(page, visit, title);

  const taker = await anotherBrowser(browser, baseURL);
  const takerPerson = { ...person, name: 'Ole Låner', email: uniqueEmail('giving-taker') };
  await register(taker.page, taker.visit, takerPerson);
  await taker.visit('/giv');
  await taker.visit(() => taker.page.getByRole('link', { name: title }).click());
  const takerMain = taker.page.getByRole('main');
  await takerMain.getByLabel('Din besked').fill('Hej! Jeg skal hænge hylder op på lørdag. Må jeg låne den?');
  await taker.visit(() => takerMain.getByRole('button', { name: 'Det vil jeg gerne' }).click());
  await expect(taker.page.getByText('Din besked er sendt.')).toBeVisible();
  await expect(takerMain).toContainText('Ingen e-mailadresser er delt endnu.');
  await expect(takerMain).not.toContainText(person.email);
  const contactPath = new URL(taker.page.url()).pathname;

  // The poster is told by mail, without the taker's address, and decides on the request's page.
  const request = await waitForMail(person.email, { matching: (mail) => mail.subject.includes(title) });
  expect(request.text).not.toContain(takerPerson.email);
  await visit(itemPath);
  const main = page.getByRole('main');
  await visit(() => main.getByRole('link', { name: 'Ole Låner' }).click());
  expect(new URL(page.url()).pathname).toBe(contactPath);
  await expect(main).toContainText('Hej! Jeg skal hænge hylder op på lørdag.');
  await expect(main).not.toContainText(takerPerson.email);
  await visit(() => main.getByRole('button', { name: 'Ja, del vores e-mailadresser' }).click());
  await expect(page.getByText('I har nu hinandens e-mailadresser.')).toBeVisible();
  await expect(main.getByRole('link', { name: takerPerson.email })).toBeVisible();

  await taker.visit(contactPath);
  await expect(takerMain.getByRole('link', { name: person.email })).toBeVisible();
  await waitForMail(takerPerson.email, {
    matching: (mail) => mail.subject.startsWith('I er sat i forbindelse'),
  });
  await taker.close();
});

test('an offer is reported, the administrator hides it from the queue, and it is gone from the board', async ({
  page,
  visit,
  person,
  browser,
  baseURL,
}) => {
  const title = `Gratis sofa ${randomUUID().slice(0, 6)}`;
  await register(page, visit, person);
  const itemPath = await postOffer(page, visit, title);
  await visit('/giv');
  await expect(page.getByRole('link', { name: title })).toBeVisible();

  // Anyone may report, also without an account.
  const reporter = await anotherBrowser(browser, baseURL);
  await reporter.visit(itemPath);
  await reporter.visit(() => reporter.page.getByRole('link', { name: 'Rapportér opslaget' }).click());
  const reporterMain = reporter.page.getByRole('main');
  await expect(reporterMain.getByRole('link', { name: title })).toBeVisible();
  await reporterMain.getByLabel('Hvorfor?').selectOption({ label: 'Spam eller reklame' });
  await reporterMain.getByLabel('Uddyb').fill('Det samme opslag står her fem gange.');
  await reporter.visit(() => reporterMain.getByRole('button', { name: 'Send rapporten' }).click());
  await expect(reporter.page.getByText('Tak. En administrator ser på det.')).toBeVisible();
  await reporter.close();

  const admin = await anotherBrowser(browser, baseURL);
  await logIn(admin.page, admin.visit, ADMIN);
  await admin.visit('/admin/moderation');
  const adminMain = admin.page.getByRole('main');
  const entry = adminMain
    .getByRole('listitem')
    .filter({ has: admin.page.getByRole('heading', { name: new RegExp(title) }) });
  await expect(entry).toContainText('Det samme opslag står her fem gange.');
  await admin.visit(() => entry.getByRole('link', { name: 'Behandl' }).click());
  await adminMain.getByLabel('Begrundelse').fill('Gentaget opslag (spam).');
  await admin.visit(() => adminMain.getByRole('button', { name: 'Skjul indholdet' }).click());
  await expect(adminMain.getByRole('heading', { name: 'Vil du skjule indholdet?' })).toBeVisible();
  await admin.visit(() => adminMain.getByRole('button', { name: 'Ja, skjul indholdet' }).click());
  await expect(admin.page.getByText('Indholdet er skjult, og ejeren har fået en e-mail.')).toBeVisible();
  await admin.close();

  await waitForMail(person.email, {
    matching: (mail) => mail.subject.includes(title) && /skjult/.test(mail.subject),
  });
  await visit('/giv');
  await expect(page.getByRole('main')).toBeVisible();
  await expect(page.getByRole('link', { name: title })).toHaveCount(0);
});
