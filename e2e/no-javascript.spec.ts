import { expect, test } from './support/fixtures.ts';
import { linkTo, waitForMail } from './support/mail.ts';

// Every page and form works without JavaScript: plain links and POST → redirect → GET.
// axe-core cannot run in such a page; `visit` checks a copy of the same DOM instead (see
// expectNoA11yViolationsWithoutScripts in support/axe.ts).
test.use({ javaScriptEnabled: false });

test('without JavaScript a person registers, confirms the address, logs out and logs in again', async ({
  page,
  visit,
  person,
}) => {
  await visit('/opret-konto');
  expect(await page.evaluate(() => document.body.classList.contains('js-enabled'))).toBe(false);
  await page.getByLabel('Navn').fill(person.name);
  await page.getByLabel('E-mail').fill(person.email);
  await page.getByLabel('Adgangskode').fill(person.password);
  await visit(() => page.getByRole('main').getByRole('button', { name: 'Opret konto' }).click());
  await expect(page.getByRole('status')).toBeVisible();
  await expect(page.getByRole('button', { name: 'Log ud' })).toBeVisible();

  const mail = await waitForMail(person.email);
  await visit(linkTo(mail, '/bekraeft-email'));
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Din e-mailadresse er bekræftet');

  await visit(() => page.getByRole('button', { name: 'Log ud' }).click());
  await expect(page.getByRole('button', { name: 'Log ud' })).toHaveCount(0);

  await visit(() => page.getByRole('link', { name: 'Log ind', exact: true }).click());
  await page.getByLabel('E-mail').fill(person.email);
  await page.getByLabel('Adgangskode').fill(person.password);
  await visit(() => page.getByRole('main').getByRole('button', { name: 'Log ind' }).click());
  await expect(page.getByRole('button', { name: 'Log ud' })).toBeVisible();
  // A log-in without a return address lands on the person's own overview.
  await expect(page).toHaveURL(/\/mit-overblik$/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Mit overblik');
});

test('without JavaScript a refused log-in shows the error summary', async ({ page, visit, person }) => {
  await visit('/log-ind');
  await page.getByLabel('E-mail').fill(person.email);
  await page.getByLabel('Adgangskode').fill(person.password);
  await visit(() => page.getByRole('main').getByRole('button', { name: 'Log ind' }).click());
  await expect(page.getByRole('alert')).toContainText('Der er et problem');
  await expect(page.getByLabel('E-mail')).toHaveValue(person.email);
});
