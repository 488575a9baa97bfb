import type { Page } from '@playwright/test';
import { expect, type Person, test, type Visit } from './support/fixtures.ts';
import { clickInHeader, expectInHeader } from './support/header.ts';
import { linkTo, waitForMail } from './support/mail.ts';

/** A valid CVR number (modulus 11): Københavns Kommune's. */
const CVR = '64942212';

async function register(page: Page, visit: Visit, person: Person): Promise<void> {
  await visit('/');
  await visit(() => clickInHeader(page.getByRole('link', { name: 'Opret konto', exact: true })));
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await page.getByLabel('Navn').fill(person.name);
  await page.getByLabel('E-mail').fill(person.email);
  await page.getByLabel('Adgangskode').fill(person.password);
  await visit(() => page.getByRole('main').getByRole('button', { name: 'Opret konto' }).click());
  await expectInHeader(page.getByRole('button', { name: 'Log ud' }));
}

async function logOut(page: Page, visit: Visit, buttonName = 'Log ud', loginName = 'Log ind'): Promise<void> {
  await visit(() => clickInHeader(page.getByRole('button', { name: buttonName })));
  await expectInHeader(page.getByRole('link', { name: loginName, exact: true }));
  await expect(page.getByRole('button', { name: buttonName })).toHaveCount(0);
}

test('a person registers, confirms the address, logs in, creates an organisation and reads it in English', async ({
  page,
  visit,
  person,
}) => {
  await register(page, visit, person);

  const mail = await waitForMail(person.email);
  await visit(linkTo(mail, '/bekraeft-email'));
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Din e-mailadresse er bekræftet');

  await logOut(page, visit);

  await visit(() => clickInHeader(page.getByRole('link', { name: 'Log ind', exact: true })));
  await page.getByLabel('E-mail').fill(person.email);
  await page.getByLabel('Adgangskode').fill(person.password);
  await visit(() => page.getByRole('main').getByRole('button', { name: 'Log ind' }).click());
  await expectInHeader(page.getByRole('button', { name: 'Log ud' }));
  await expectInHeader(page.getByRole('link', { name: person.name }));

  const menu = page.getByRole('navigation', { name: 'Hovedmenu' });
  await visit(() => clickInHeader(menu.getByRole('link', { name: 'Organisationer' })));
  await visit(() => page.getByRole('link', { name: 'Opret organisation' }).click());
  const organisation = `Enghave Brygge Beboerforening ${person.email.split('@')[0]?.slice(-8)}`;
  await page.getByLabel('Navn').fill(organisation);
  await page.getByLabel('Type').selectOption({ label: 'Forening' });
  await page.getByLabel('CVR-nummer').fill(CVR);
  await visit(() => page.getByRole('button', { name: 'Opret organisation' }).click());

  await expect(page.getByRole('heading', { level: 1 })).toHaveText(organisation);
  await expect(page.getByRole('status')).toContainText('Organisationen er oprettet');
  await expect(page.getByRole('main')).toContainText(CVR);
  const organisationUrl = page.url();

  await visit(() => clickInHeader(page.getByRole('link', { name: 'English' })));
  expect(page.url()).toBe(organisationUrl);
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(organisation);
  await expectInHeader(page.getByRole('navigation', { name: 'Main menu' }));
  await expect(page.getByRole('main')).toContainText('Association');

  // The choice is remembered on the next page.
  await visit(() =>
    clickInHeader(page.getByRole('navigation', { name: 'Main menu' }).getByRole('link', { name: 'Home' })),
  );
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(`Welcome, ${person.name}`);

  await logOut(page, visit, 'Log out', 'Log in');
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await expectInHeader(page.getByRole('link', { name: 'Create account', exact: true }));
});

test('a wrong password shows the error summary and keeps the e-mail address typed', async ({
  page,
  visit,
  person,
}) => {
  await register(page, visit, person);
  await logOut(page, visit);

  await visit('/log-ind');
  await page.getByLabel('E-mail').fill(person.email);
  await page.getByLabel('Adgangskode').fill('ikke min adgangskode');
  await visit(() => page.getByRole('main').getByRole('button', { name: 'Log ind' }).click());

  const summary = page.getByRole('alert');
  await expect(summary).toContainText('Der er et problem');
  await expect(summary).toBeFocused();
  await expect(page.getByLabel('E-mail')).toHaveValue(person.email);
  await expect(page.getByLabel('E-mail')).toHaveAttribute('aria-invalid', 'true');
  await expect(page.getByLabel('Adgangskode')).toHaveValue('');
  await expect(page.getByRole('button', { name: 'Log ud' })).toHaveCount(0);
});

test('a registration with mistakes lists each one in the error summary, linked to its field', async ({
  page,
  visit,
}) => {
  await visit('/opret-konto');
  await page.getByLabel('E-mail').fill('ikke-en-adresse');
  await visit(() => page.getByRole('main').getByRole('button', { name: 'Opret konto' }).click());

  const summary = page.getByRole('alert');
  await expect(summary).toBeFocused();
  await expect(summary.getByRole('link')).toHaveText([
    'Skriv dit navn',
    'Skriv en gyldig e-mailadresse, fx navn@eksempel.dk',
    'Skriv din adgangskode',
  ]);
  await expect(page.getByLabel('E-mail')).toHaveValue('ikke-en-adresse');
  await expect(page.getByLabel('Navn')).toHaveAccessibleDescription('Fejl: Skriv dit navn');
  await summary.getByRole('link', { name: 'Skriv dit navn' }).click();
  await expect(page.getByLabel('Navn')).toBeFocused();
});

test('a person who forgot the password sets a new one from the mailed link, which then stops working', async ({
  page,
  visit,
  person,
}) => {
  await register(page, visit, person);
  const verification = await waitForMail(person.email);
  await logOut(page, visit);

  await visit(() => clickInHeader(page.getByRole('link', { name: 'Log ind', exact: true })));
  await visit(() => page.getByRole('link', { name: 'Glemt adgangskode' }).click());
  await page.getByLabel('E-mail').fill(person.email);
  await visit(() => page.getByRole('button', { name: 'Send link' }).click());
  await expect(page.getByRole('status')).toBeVisible();

  const mail = await waitForMail(person.email, { ignore: [verification.file] });
  expect(mail.subject).toBe('Nulstil din adgangskode på Byliv');
  const resetLink = linkTo(mail, '/nulstil-adgangskode');
  await visit(resetLink);
  await page.getByLabel('Ny adgangskode').fill('Et nyt efterår i Vesterbro');
  await visit(() => page.getByRole('button', { name: 'Gem' }).click());
  await expect(page.getByRole('status')).toContainText('Din adgangskode er ændret');
  await expectInHeader(page.getByRole('button', { name: 'Log ud' }));

  await logOut(page, visit);
  const response = await visit(resetLink);
  expect(response?.status()).toBe(410);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Linket kan ikke bruges');
});
