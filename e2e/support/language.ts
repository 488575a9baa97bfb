import type { BrowserContext } from '@playwright/test';

/** The words the tests look for in each language: what a person sees, from the catalogue. */
export const LANGUAGES = [
  {
    code: 'da',
    name: 'Danish',
    mainMenu: 'Hovedmenu',
    homeLink: 'Forside',
    skipLink: 'Gå til indhold',
    notFound: 'Siden findes ikke',
    goHome: 'Gå til forsiden',
  },
  {
    code: 'en',
    name: 'English',
    mainMenu: 'Main menu',
    homeLink: 'Home',
    skipLink: 'Skip to content',
    notFound: 'Page not found',
    goHome: 'Go to the home page',
  },
] as const;

export type LanguageCode = (typeof LANGUAGES)[number]['code'];

/** Chooses the language as the header's language link does: with the `byliv_lang` cookie. */
export async function useLanguage(
  context: BrowserContext,
  baseURL: string | undefined,
  code: LanguageCode,
): Promise<void> {
  if (baseURL === undefined) throw new Error('playwright.config.ts sets no baseURL');
  await context.addCookies([{ name: 'byliv_lang', value: code, url: baseURL }]);
}
