import { expect, test } from './support/fixtures.ts';
import { LANGUAGES, useLanguage } from './support/language.ts';

/** Every public page, as anyone can reach it without logging in. */
const PUBLIC_PAGES = [
  { name: 'the home page', path: '/' },
  { name: 'the district list', path: '/bydele' },
  { name: 'a district page', path: '/bydele/vesterbro-kongens-enghave' },
  { name: 'the organisation list', path: '/organisationer' },
  { name: 'the log-in page', path: '/log-ind' },
  { name: 'the registration page', path: '/opret-konto' },
  { name: 'the forgotten-password page', path: '/glemt-adgangskode' },
  { name: 'the accessibility statement', path: '/tilgaengelighed' },
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

    test(`an organisation page from the demo data opens in ${language.name} with no accessibility violations`, async ({
      page,
      visit,
    }) => {
      await visit('/organisationer');
      const organisations = page.getByRole('main').locator('a[href^="/organisationer/"]:not([href$="/ny"])');
      const first = organisations.first();
      await expect(first, 'the demo data has at least one organisation').toBeVisible();
      const name = (await first.textContent())?.trim() ?? '';
      await visit(() => first.click());
      await expect(page.getByRole('heading', { level: 1 })).toHaveText(name);
      await expect(page.locator('html')).toHaveAttribute('lang', language.code);
    });

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
