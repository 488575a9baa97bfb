import { expect, test } from './support/fixtures.ts';

/** A place manager in the demo data: her places have booking requests waiting. */
const METTE = { email: 'mette@byliv.example', password: 'byliv-demo-2026' };

test('a place manager lands on Mit overblik after logging in and follows the waiting requests to the queue', async ({
  page,
  visit,
}) => {
  await visit('/log-ind');
  const main = page.getByRole('main');
  await main.getByLabel('E-mail').fill(METTE.email);
  await main.getByLabel('Adgangskode').fill(METTE.password);
  await visit(() => main.getByRole('button', { name: 'Log ind' }).click());

  await expect(page).toHaveURL(/\/mit-overblik$/);
  await expect(page.getByRole('heading', { level: 1, name: 'Mit overblik' })).toBeVisible();
  const waiting = main.getByRole('link', { name: /^\d+ anmodninger? venter$/ });
  await expect(waiting).toBeVisible();
  await expect(main.getByRole('heading', { name: 'Dine næste bookinger' })).toBeVisible();

  await visit(() => waiting.click());
  await expect(page).toHaveURL(/\/administrer\/bookinger$/);
});

test('a visitor searches from the home page and sees places, activities and give-board posts', async ({
  page,
  visit,
}) => {
  await visit('/');
  const main = page.getByRole('main');
  await expect(main.getByRole('link', { name: 'Find et lokale' })).toBeVisible();
  await expect(main.getByRole('link', { name: 'Vær med i en aktivitet' })).toBeVisible();
  await expect(main.getByRole('link', { name: 'Søg penge' })).toBeVisible();

  await main.getByLabel('Søg i steder, aktiviteter og Giv-tavlen').fill('KAFFE');
  await visit(() => main.getByRole('button', { name: 'Søg', exact: true }).click());

  await expect(page).toHaveURL(/\/soeg\?q=KAFFE$/);
  await expect(page.getByRole('heading', { level: 1, name: 'Søgeresultater for »KAFFE«' })).toBeVisible();
  for (const section of ['Steder', 'Aktiviteter', 'Giv-tavlen']) {
    await expect(
      main.getByRole('heading', { level: 2, name: new RegExp(`^${section} \\d+ resultat`) }),
    ).toBeVisible();
  }
  await expect(main.getByRole('link', { name: /kaffe/i }).first()).toBeVisible();

  await main.getByLabel('Søg i steder, aktiviteter og Giv-tavlen').fill('k');
  await visit(() => main.getByRole('button', { name: 'Søg', exact: true }).click());
  await expect(main.getByText('Skriv mindst 2 tegn for at søge.')).toBeVisible();
});
