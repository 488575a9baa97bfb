import { randomUUID } from 'node:crypto';
import type { Page } from '@playwright/test';
import sharp from 'sharp';
import { expectNoA11yViolations } from './support/axe.ts';
import { expect, test, type Visit } from './support/fixtures.ts';
import { sidewaysScrollProblems } from './support/layout-checks.ts';

/** Administers the housing association Boligforeningen Sluseholmen (member: Ahmed) in the demo data. */
const METTE = { email: 'mette@byliv.example', password: 'byliv-demo-2026' };
const GYM = { slug: 'gymnastiksalen-paa-skolen-i-sydhavnen', name: 'Gymnastiksalen på Skolen i Sydhavnen' };

async function logIn(page: Page, visit: Visit, who: { email: string; password: string }): Promise<void> {
  await visit('/log-ind');
  await page.getByLabel('E-mail').fill(who.email);
  await page.getByLabel('Adgangskode').fill(who.password);
  await visit(() => page.getByRole('main').getByRole('button', { name: 'Log ind' }).click());
  await expect(page.getByRole('button', { name: 'Log ud' })).toBeVisible();
}

/** The row of a two-column facts table, by its header. */
function factRow(page: Page, header: string) {
  return page.getByRole('row').filter({ has: page.getByRole('rowheader', { name: header, exact: true }) });
}

test('anyone filters the places to step-free ones, sees them on the map and in the list, and opens one', async ({
  page,
  visit,
}) => {
  await visit('/steder');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Steder og lokaler');
  const main = page.getByRole('main');
  await main.getByLabel('Type sted').selectOption({ label: 'Skolelokale eller gymnastiksal' });
  await main.getByLabel('Kun steder med niveaufri adgang').check();
  await visit(() => main.getByRole('button', { name: 'Vis steder' }).click());
  expect(new URL(page.url()).searchParams.get('niveaufri')).toBe('ja');
  await expect(main.getByLabel('Kun steder med niveaufri adgang')).toBeChecked();

  // The list is the map's fallback and says as much as the map: the school's three rooms.
  await expect(main.getByRole('heading', { name: '3 steder' })).toBeVisible();
  const cards = main.locator('.app-place-list > li');
  await expect(cards).toHaveCount(3);
  for (const card of await cards.all()) await expect(card).toContainText('Niveaufri adgang');
  await expect(main.getByRole('link', { name: 'Containeren på Bryggernes Plads' })).toHaveCount(0);

  // The map island draws the same three places as points, with no tiles from any server.
  const map = main.locator('[data-module="app-map"]');
  await expect(map).toHaveAttribute('data-map-ready', 'true');
  await expect(map.getByRole('region', { name: 'Kort over stederne' })).toBeVisible();
  await expect(map.locator('path.leaflet-interactive')).toHaveCount(3);
  await expect(map.locator('.leaflet-tile')).toHaveCount(0);
  await expectNoA11yViolations(page);

  await visit(() => main.getByRole('link', { name: GYM.name }).click());
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(GYM.name);
  await expect(factRow(page, 'Plads til')).toContainText('60 personer');
  await expect(factRow(page, 'Niveaufri adgang')).toContainText('Ja');
  await expect(factRow(page, 'Handicaptoilet')).toContainText('Ja');
  await expect(factRow(page, 'Teleslynge')).toContainText('Nej');
  await expect(page.getByRole('heading', { name: 'Regler for booking' })).toBeVisible();
  await expect(page.getByRole('table', { name: /^Optaget og ledig tid fra/ })).toBeVisible();
});

test('the week calendar of a place is a table, and the next and previous weeks are plain links', async ({
  page,
  visit,
}) => {
  await visit(`/steder/${GYM.slug}`);
  const calendar = page.getByRole('region', { name: 'Ugekalender' });
  const table = calendar.getByRole('table');
  await expect(table.getByRole('columnheader')).toHaveCount(8);
  await expect(table.getByRole('rowheader', { name: '17:00' })).toBeVisible();
  // Weekday mornings are outside the gym's windows: shown as a dash, said as "Lukket".
  await expect(table.getByRole('cell', { name: 'Lukket' }).first()).toBeVisible();
  const thisWeek = await table.locator('caption').textContent();

  await visit(() => calendar.getByRole('link', { name: 'Næste uge →' }).click());
  const nextWeek = new URL(page.url()).searchParams.get('uge');
  expect(nextWeek).toMatch(/^\d{4}-\d{2}-\d{2}$/);
  await expect(table.locator('caption')).not.toHaveText(thisWeek ?? '');
  // The demo data books the gym in each of the coming weeks: taken time is said in words.
  await expect(table.getByRole('cell', { name: 'Optaget' }).first()).toBeVisible();
  await expect(table.getByRole('cell', { name: 'Ledig' }).first()).toBeVisible();

  await visit(() => calendar.getByRole('link', { name: '← Forrige uge' }).click());
  await expect(table.locator('caption')).toHaveText(thisWeek ?? '');
});

test('the week calendar fits the page whatever its cells say, from a tablet to a laptop', async ({
  page,
  visit,
}) => {
  // Which words a week shows depends on the day the test runs (a Sunday shows a week of
  // "For kort varsel"): so every cell is given the longest state there is, and the page must fit.
  await visit(`/steder/${GYM.slug}`);
  await page.locator('.app-week-calendar__table td').evaluateAll((cells) => {
    for (const cell of cells) cell.textContent = 'Pause mellem bookinger';
  });
  for (const width of [768, 1024, 1280]) {
    await page.setViewportSize({ width, height: 800 });
    await expect(page.locator('.app-week-calendar__table')).toBeVisible();
    expect(await sidewaysScrollProblems(page), `at ${width} px`).toEqual([]);
  }
});

test('a place closed to the public says why and offers no booking', async ({ page, visit }) => {
  await visit('/steder/gaarden-paa-enghave-brygge');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Gården på Enghave Brygge');
  const notice = page.getByRole('note');
  await expect(notice).toContainText('Stedet er lukket for offentligheden');
  await expect(notice).toContainText('Privat gårdrum for ejerforeningens beboere – adgang kun med dørkode.');
  await expect(factRow(page, 'Adgang')).toContainText('Lukket for offentligheden');
  await expect(page.getByRole('link', { name: 'Book lokale' })).toHaveCount(0);
});

test('an organisation admin creates a place through its steps, adds a photo and a manager, and changes a rule', async ({
  page,
  visit,
}) => {
  const name = `Beboerlokalet i opgang ${randomUUID().slice(0, 6)}`;
  const altText = 'Lyst lokale med lange borde og udsigt til kanalen';
  await logIn(page, visit, METTE);
  await visit('/steder');
  await visit(() => page.getByRole('link', { name: 'Opret et sted' }).click());
  const main = page.getByRole('main');
  await main.getByLabel('Ejer (organisation)').selectOption({ label: 'Boligforeningen Sluseholmen' });
  await main.getByLabel('Navn', { exact: true }).fill(name);
  await main.getByLabel('Type sted').selectOption({ label: 'Fælleslokale i boligforening' });
  await main.getByLabel('Adresse', { exact: true }).fill('Sluseholmen 24, 2450 København SV');
  // The format hint describes the pair of coordinates; each access mode's hint describes its radio.
  await expect(main.getByRole('group', { name: 'Stedet på kortet' })).toHaveAccessibleDescription(
    /^Decimalgrader, fx 55,6512 og 12,5431/,
  );
  await expect(main.getByRole('radio', { name: 'Lukket for offentligheden' })).toHaveAccessibleDescription(
    'Stedet registreres, så det er synligt, at det er lukket – og hvorfor.',
  );
  await main.getByLabel('Breddegrad').fill('55,6455');
  await main.getByLabel('Længdegrad').fill('12,5471');
  await main.getByLabel('Antal personer').fill('30');
  await main.getByRole('checkbox', { name: 'Køkken' }).check();
  await main.getByRole('checkbox', { name: 'Niveaufri adgang' }).check();
  await main.getByRole('radio', { name: 'Kan bookes' }).check();
  await visit(() => main.getByRole('button', { name: 'Opret og fortsæt til regler' }).click());
  await expect(page.getByRole('status')).toContainText('Stedet er oprettet');
  await expect(page.getByRole('navigation', { name: 'Trin i redigeringen' })).toContainText(
    '2. Regler og nøgler',
  );

  // A window typed wrongly is named in the error summary, which links to the field.
  await main.getByLabel('Mandag').fill('17-22');
  await main.getByLabel('Onsdag').fill('17:00-22:00');
  await visit(() => main.getByRole('button', { name: 'Gem regler' }).click());
  const summary = page.getByRole('alert');
  await expect(summary).toBeFocused();
  await expect(summary.getByRole('link')).toHaveText(
    'Skriv tidsrum som 17:00-22:00, flere adskilt med komma',
  );
  await expect(main.getByLabel('Onsdag')).toHaveValue('17:00-22:00');
  await summary.getByRole('link').click();
  await expect(main.getByLabel('Mandag')).toBeFocused();
  await main.getByLabel('Mandag').fill('17:00-22:00');
  await visit(() => main.getByRole('button', { name: 'Gem regler' }).click());
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(name);
  await expect(page.getByRole('status')).toContainText('Ændringerne er gemt');
  await expect(factRow(page, 'Mandag')).toContainText('17:00–22:00');
  await expect(factRow(page, 'Tirsdag')).toContainText('Lukket');

  await visit(() => page.getByRole('link', { name: 'Rediger stedet' }).click());
  const steps = page.getByRole('navigation', { name: 'Trin i redigeringen' });
  await visit(() => steps.getByRole('link', { name: '3. Billeder' }).click());
  await expect(main).toContainText('Der er ingen billeder endnu.');
  const png = await sharp({
    create: { width: 64, height: 48, channels: 3, background: { r: 40, g: 120, b: 90 } },
  })
    .png()
    .toBuffer();
  await main.getByLabel('Beskrivelse af billedet').fill(altText);
  await main.getByLabel('Billede', { exact: true }).setInputFiles({
    name: 'lokalet.png',
    mimeType: 'image/png',
    buffer: png,
  });
  await visit(() => main.getByRole('button', { name: 'Tilføj billede' }).click());
  await expect(page.getByRole('status')).toContainText('Billedet er tilføjet');
  await expect(main.getByRole('img', { name: altText })).toBeVisible();

  await visit(() => steps.getByRole('link', { name: '4. Ansvarlige' }).click());
  await main.getByLabel('Medlem').selectOption({ label: 'Ahmed Yousef' });
  await visit(() => main.getByRole('button', { name: 'Tilføj ansvarlig' }).click());
  await expect(page.getByRole('status')).toContainText('Den ansvarlige er tilføjet');
  await expect(main.getByRole('button', { name: 'Fjern Ahmed Yousef' })).toBeVisible();

  await visit(() => steps.getByRole('link', { name: '2. Regler og nøgler' }).click());
  await expect(main.getByLabel('Mandag')).toHaveValue(/^17:00[-–]22:00$/);
  await main.getByLabel('Længste booking (minutter)').fill('180');
  await visit(() => main.getByRole('button', { name: 'Gem regler' }).click());
  await expect(page.getByRole('status')).toContainText('Ændringerne er gemt');
  const rules = page.getByRole('region', { name: 'Regler for booking' });
  await expect(rules).toContainText('Fra 30 til 180 minutter ad gangen');
  await expect(page.getByRole('img', { name: altText })).toBeVisible();
  await expect(factRow(page, 'Plads til')).toContainText('30 personer');
});
