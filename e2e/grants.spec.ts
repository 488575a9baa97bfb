import type { Page } from '@playwright/test';
import { expect, type Person, test, type Visit } from './support/fixtures.ts';
import { clickInHeader, expectInHeader } from './support/header.ts';
import { waitForMail } from './support/mail.ts';

/** The chair of the local committee in the demo data: administers it, so he can run a pool. */
const LARS = { email: 'lars@byliv.example', password: 'byliv-demo-2026', name: 'Lars Bech' };

/** A local date (Copenhagen) some days from today, typed the Danish way: "8.12.2026". */
function dayFromToday(days: number): string {
  const [year, month, day] = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Copenhagen' })
    .format(Date.now() + days * 86_400_000)
    .split('-')
    .map(Number);
  return `${day}.${month}.${year}`;
}

/** The same without the year, as people often type it: "8.12". */
function shortDayFromToday(days: number): string {
  return dayFromToday(days).split('.').slice(0, 2).join('.');
}

async function logIn(page: Page, visit: Visit, who: { email: string; password: string }): Promise<void> {
  await visit('/log-ind');
  await page.getByLabel('E-mail').fill(who.email);
  await page.getByLabel('Adgangskode').fill(who.password);
  await visit(() => page.getByRole('main').getByRole('button', { name: 'Log ind' }).click());
  await expectInHeader(page.getByRole('button', { name: 'Log ud' }));
}

async function logOut(page: Page, visit: Visit): Promise<void> {
  await visit(() => clickInHeader(page.getByRole('button', { name: 'Log ud' })));
  await expectInHeader(page.getByRole('link', { name: 'Log ind', exact: true }));
}

async function register(page: Page, visit: Visit, person: Person): Promise<void> {
  await visit('/opret-konto');
  await page.getByLabel('Navn').fill(person.name);
  await page.getByLabel('E-mail').fill(person.email);
  await page.getByLabel('Adgangskode').fill(person.password);
  await visit(() => page.getByRole('main').getByRole('button', { name: 'Opret konto' }).click());
  await expectInHeader(page.getByRole('button', { name: 'Log ud' }));
}

/** Lars opens a pool of 50.000 kr. with himself and Fatima as reviewers; returns its slug. */
async function openPool(page: Page, visit: Visit, title: string): Promise<string> {
  await logIn(page, visit, LARS);
  await visit('/puljer/ny');
  const main = page.getByRole('main');
  await main.getByLabel('Puljens navn').fill(title);
  await main.getByLabel('Åbner for ansøgninger').fill(dayFromToday(-1));
  await main.getByLabel('Sidste ansøgningsdag').fill(dayFromToday(60));
  await main.getByLabel('Budget i alt (kr.)').fill('50.000');
  await main.getByLabel('Højst pr. ansøgning (kr.)').fill('10.000');
  for (const category of ['Bænk', 'Byttehylde', 'Fællesspisning']) {
    await main.getByRole('checkbox', { name: category, exact: true }).check();
  }
  await main.getByRole('checkbox', { name: 'Lars Bech' }).check();
  await main.getByRole('checkbox', { name: 'Fatima Rahimi' }).check();
  await main.getByRole('radio', { name: 'Flertal blandt de bedømmere, der har stemt' }).check();
  await visit(() => main.getByRole('button', { name: 'Opret pulje' }).click());
  await expect(page.getByRole('status')).toContainText('Puljen er oprettet');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(title);
  const slug = new URL(page.url()).pathname.split('/')[2] ?? '';
  await logOut(page, visit);
  return slug;
}

/** A new resident applies for 4.000 kr. for a swap shelf at Sluseholmen; returns the application's path. */
async function apply(page: Page, visit: Visit, person: Person, slug: string, title: string): Promise<string> {
  await register(page, visit, person);
  await visit(`/puljer/${slug}`);
  await visit(() => page.getByRole('link', { name: 'Søg puljen' }).click());
  const main = page.getByRole('main');
  await main.getByLabel('Titel', { exact: true }).fill(title);
  await main
    .getByLabel('Hvad vil I lave, og hvem får glæde af det?')
    .fill('En byttehylde i gården, hvor naboer bytter bøger og legetøj.');
  await main.getByLabel('Kategori', { exact: true }).selectOption({ label: 'Byttehylde' });
  await main.getByLabel(/^Kvarter/).selectOption({ label: 'Sluseholmen' });
  await main.getByLabel('Beskriv stedet').fill('Ved Karen Blixens opgang, Sluseholmen 12');
  await main.getByLabel('Startdato').fill(shortDayFromToday(7));
  await main.getByLabel('Slutdato').fill(dayFromToday(14));
  await main.getByLabel(/^Udgift 1\b/).fill('Hylde, skruer og maling');
  await main.getByLabel(/^Beløb 1 \(kr\.\)/).fill('4.000');
  await main.getByLabel('Ansøgt beløb (kr.)').fill('4.000');
  await main.getByLabel('Jeg accepterer betingelserne').check();
  await visit(() => main.getByRole('button', { name: 'Indsend', exact: true }).click());
  await expect(page.getByRole('status')).toContainText('Ansøgningen er indsendt');
  const path = new URL(page.url()).pathname;
  await logOut(page, visit);
  return path;
}

/** Lars votes and records the decision on an application from the pool's review queue. */
async function decide(
  page: Page,
  visit: Visit,
  slug: string,
  title: string,
  decision: { vote: 'Bevil' | 'Afvis'; outcome: string; amount?: string; reason?: string },
): Promise<void> {
  await logIn(page, visit, LARS);
  await visit(`/puljer/${slug}/bedoem`);
  await visit(() => page.getByRole('main').getByRole('link', { name: title }).click());
  const main = page.getByRole('main');
  await main.getByRole('radio', { name: decision.vote, exact: true }).check();
  await visit(() => main.getByRole('button', { name: 'Afgiv stemme' }).click());
  await expect(page.getByRole('status')).toContainText('Din stemme er gemt');
  await main.getByRole('radio', { name: decision.outcome }).check();
  if (decision.amount !== undefined) await main.getByLabel('Bevilget beløb (kr.)').fill(decision.amount);
  if (decision.reason !== undefined) {
    await main.getByLabel('Begrundelse eller spørgsmål til ansøgeren').fill(decision.reason);
  }
  await visit(() => main.getByRole('button', { name: 'Gem afgørelse' }).click());
}

test('a resident applies, the committee grants a smaller amount and pays it out, and the report shows in the open', async ({
  page,
  visit,
  person,
}) => {
  const suffix = person.email.split('@')[0]?.slice(-8);
  const slug = await openPool(page, visit, `Hurtige handlinger ${suffix}`);
  const title = `Byttehylde i gården ${suffix}`;
  const applicationPath = await apply(page, visit, person, slug, title);

  await decide(page, visit, slug, title, {
    vote: 'Bevil',
    outcome: 'Bevil ansøgningen (hele eller et mindre beløb)',
    amount: '3.000',
  });
  await expect(page.getByRole('status')).toContainText('Ansøgningen er bevilget');
  await visit(() => page.getByRole('main').getByRole('link', { name: 'Registrér udbetaling' }).click());
  const payout = page.getByRole('main');
  await payout.getByLabel('Dato', { exact: true }).fill(dayFromToday(0));
  await payout.getByLabel('Beløb (kr.)').fill('3.000');
  await payout.getByLabel(/^Reference/).fill('Bilag 17');
  await visit(() => payout.getByRole('button', { name: 'Registrér udbetaling' }).click());
  await expect(page.getByRole('status')).toContainText('Udbetalingen er registreret');
  await logOut(page, visit);

  await logIn(page, visit, person);
  await visit(applicationPath);
  await expect(page.getByRole('main')).toContainText('Pengene er udbetalt');
  await visit(() => page.getByRole('main').getByRole('link', { name: 'Send rapport' }).click());
  await page
    .getByLabel('Hvordan gik det?')
    .fill('Hylden står i gården, og 30 naboer har allerede byttet bøger.');
  await page.getByLabel('Faktisk forbrug (kr.)').fill('2.850');
  await visit(() => page.getByRole('main').getByRole('button', { name: 'Send rapport' }).click());
  await expect(page.getByRole('status')).toContainText('Tak for rapporten');
  await logOut(page, visit);

  // In the open: the funded initiative, its money and report, and the pool's figures.
  await visit(`/puljer/${slug}/bevillinger`);
  const list = page.getByRole('main');
  await expect(list.getByRole('heading', { level: 2, name: '1 bevilling' })).toBeVisible();
  await expect(list).toContainText('Rapporteret');
  await expect(list).toContainText('3.000 kr. til En beboer');
  await expect(list).not.toContainText(person.name);
  await expect(list).not.toContainText('Sluseholmen 12');
  await visit(() => list.getByRole('link', { name: title }).click());
  const grant = page.getByRole('main');
  await expect(grant).toContainText('Hylden står i gården');
  await expect(grant).toContainText('Faktisk forbrug: 2.850 kr.');
  await expect(grant.getByRole('row', { name: /Ansøgt beløb/ })).toContainText('4.000 kr.');
  await expect(grant.getByRole('row', { name: /Bevilget beløb/ })).toContainText('3.000 kr.');
  await visit(() => grant.getByRole('link', { name: /Se tal og sagsbehandlingstid/ }).click());
  const figures = page.getByRole('main');
  await expect(figures.getByRole('img', { name: 'Puljens penge' })).toBeVisible();
  await expect(
    figures.getByRole('table', { name: 'Puljens penge' }).getByRole('row', { name: /Tilbage/ }),
  ).toContainText('47.000 kr.');
  const time = figures.getByRole('table', { name: 'Dage fra ansøgning til afgørelse' });
  await expect(time.getByRole('row', { name: /Afgørelser i alt/ })).toContainText('1');
  await expect(time.getByRole('row', { name: /Afgjort inden for målet/ })).toContainText('1');

  const csv = await page.request.get(`/puljer/${slug}/bevillinger.csv`);
  const text = await csv.text();
  expect(text).toContain(title);
  expect(text).toContain(',En beboer,');
  expect(text).not.toContain(person.email);
  expect(text).not.toContain(person.name);
});

test('a rejected applicant sees the reason, and the rejection stays out of the open pages', async ({
  page,
  visit,
  person,
}) => {
  const suffix = person.email.split('@')[0]?.slice(-8);
  const slug = await openPool(page, visit, `Hurtige handlinger ${suffix}`);
  const title = `Byttehylde ved kajen ${suffix}`;
  const applicationPath = await apply(page, visit, person, slug, title);
  const reason = 'Hylden skal stå på foreningens grund, og grundejeren har ikke givet lov endnu.';

  await decide(page, visit, slug, title, { vote: 'Afvis', outcome: 'Afvis ansøgningen', reason });
  await expect(page.getByRole('status')).toContainText('Ansøgningen er afvist');
  await logOut(page, visit);

  const mail = await waitForMail(person.email, {
    matching: (received) => received.subject.includes('afvist'),
  });
  expect(mail.text).toContain(reason);

  await logIn(page, visit, person);
  await visit(applicationPath);
  const own = page.getByRole('main');
  await expect(own).toContainText('Ansøgningen er afvist. Begrundelse:');
  await expect(own).toContainText(reason);
  await logOut(page, visit);

  await visit(`/puljer/${slug}/bevillinger`);
  await expect(page.getByRole('main')).toContainText('Puljen har ikke givet penge til noget endnu.');
  await expect(page.getByRole('main')).not.toContainText(title);
  await visit(`/puljer/${slug}/tal`);
  const figures = page.getByRole('main');
  const time = figures.getByRole('table', { name: 'Dage fra ansøgning til afgørelse' });
  await expect(time.getByRole('row', { name: /Afgørelser i alt/ })).toContainText('1');
  await expect(
    figures.getByRole('table', { name: 'Ansøgninger efter status' }).getByRole('row', { name: /Afvist/ }),
  ).toContainText('1');
  await expect(figures).not.toContainText(reason);
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('the pool overview and the dashboard draw their charts with tables beside them', async ({
    page,
    visit,
    person,
  }) => {
    const suffix = person.email.split('@')[0]?.slice(-8);
    const title = `Hurtige handlinger ${suffix}`;
    const slug = await openPool(page, visit, title);

    await visit('/hurtige-handlinger');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Hurtige handlinger');
    await visit(() => page.getByRole('main').getByRole('link', { name: title }).click());
    expect(new URL(page.url()).pathname).toBe(`/puljer/${slug}`);
    await visit(`/puljer/${slug}/tal`);
    const figures = page.getByRole('main');
    await expect(figures.getByRole('img', { name: 'Puljens penge' })).toBeVisible();
    await expect(
      figures.getByRole('table', { name: 'Puljens penge' }).getByRole('row', { name: /Budget/ }),
    ).toContainText('50.000 kr.');
    await expect(figures).toContainText('Ingen afgørelser endnu.');
    await visit(() => figures.getByRole('link', { name: 'Bevillinger', exact: true }).click());
    await expect(page.getByRole('main')).toContainText('Puljen har ikke givet penge til noget endnu.');
  });
});
