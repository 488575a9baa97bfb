import { expect, test } from './support/fixtures.ts';
import { LANGUAGES, useLanguage } from './support/language.ts';

/** Every public page, as anyone can reach it without logging in. */
const PUBLIC_PAGES = [
  { name: 'the home page', path: '/' },
  { name: 'the district list', path: '/bydele' },
  { name: 'a district page', path: '/bydele/vesterbro-kongens-enghave' },
  { name: 'the area finder', path: '/bydele/find' },
  { name: 'the area finder with an answer', path: '/bydele/find?lat=55.6505&lon=12.5335' },
  { name: 'the organisation list', path: '/organisationer' },
  { name: 'the list of places', path: '/steder' },
  { name: 'the log-in page', path: '/log-ind' },
  { name: 'the registration page', path: '/opret-konto' },
  { name: 'the forgotten-password page', path: '/glemt-adgangskode' },
  { name: 'the accessibility statement', path: '/tilgaengelighed' },
  { name: 'the privacy notice', path: '/privatliv' },
  { name: 'the terms of use', path: '/vilkaar' },
  { name: 'the contact page', path: '/kontakt' },
  { name: 'the API documentation', path: '/api/docs' },
];

for (const language of LANGUAGES) {
  test.describe(`in ${language.name}`, () => {
    test.beforeEach(async ({ context, baseURL }) => {
      await useLanguage(context, baseURL, language.code);
    });

    for (const { name, path } of PUBLIC_PAGES) {
      test(`${name} (${path}) opens in ${language.name} with no accessibility violations`, async ({
        page,
        visit,
      }) => {
        const response = await visit(path);
        expect(response?.status()).toBe(200);
        await expect(page.locator('html')).toHaveAttribute('lang', language.code);
        await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
        const menu = page.getByRole('navigation', { name: language.mainMenu });
        await expect(menu.getByRole('link', { name: language.homeLink, exact: true })).toBeVisible();
      });
    }

    /** Pages whose address comes from data: reached by the first link of that kind on a list page. */
    const REACHED_FROM_LISTS = [
      {
        name: 'an organisation page from the demo data',
        list: '/organisationer',
        prefix: '/organisationer/',
      },
      { name: 'a place page from the demo data', list: '/steder', prefix: '/steder/' },
      {
        name: 'a neighbourhood page',
        list: '/bydele/vesterbro-kongens-enghave',
        prefix: '/bydele/vesterbro-kongens-enghave/',
      },
    ];

    for (const { name, list, prefix } of REACHED_FROM_LISTS) {
      test(`${name} opens in ${language.name} with no accessibility violations`, async ({ page, visit }) => {
        await visit(list);
        const links = page.getByRole('main').locator(`a[href^="${prefix}"]:not([href$="/ny"])`);
        const first = links.first();
        await expect(first, `${list} links to at least one page under ${prefix}`).toBeVisible();
        const title = (await first.textContent())?.trim() ?? '';
        await visit(() => first.click());
        await expect(page.getByRole('heading', { level: 1 })).toContainText(title);
        await expect(page.locator('html')).toHaveAttribute('lang', language.code);
      });
    }

    test(`a missing page says so in ${language.name} with status 404`, async ({ page, visit }) => {
      const response = await visit('/findes-ikke-her');
      expect(response?.status()).toBe(404);
      await expect(page.locator('html')).toHaveAttribute('lang', language.code);
      await expect(page.getByRole('heading', { level: 1 })).toHaveText(language.notFound);
      await expect(page.getByRole('link', { name: language.goHome })).toHaveAttribute('href', '/');
    });

    test(`the skip link is the first stop and moves focus to the main content (${language.name})`, async ({
      page,
      visit,
    }) => {
      await visit('/');
      await page.keyboard.press('Tab');
      const skipLink = page.getByRole('link', { name: language.skipLink });
      await expect(skipLink).toBeFocused();
      await expect(skipLink).toBeVisible();
      await page.keyboard.press('Enter');
      await expect(page.getByRole('main')).toBeFocused();
      expect(new URL(page.url()).hash).toBe('#main-content');
    });
  });
}
