import { test as base, type Response } from '@playwright/test';
import { expectNoA11yViolations, expectNoA11yViolationsWithoutScripts } from './axe.ts';
import { uniqueEmail } from './mail.ts';

/**
 * Goes to a path, or does something that loads a new page (follow a link, submit a form), waits
 * for that page to load and checks it with axe. Returns the response when given a path.
 */
export type Visit = (target: string | (() => Promise<unknown>)) => Promise<Response | null>;

export interface Person {
  name: string;
  email: string;
  password: string;
}

interface Fixtures {
  visit: Visit;
  /** A new person for this test, with an address no other test uses. */
  person: Person;
}

interface VisitedDocument {
  url: string;
  checked: boolean;
}

/**
 * Each test browses from its own address (the e2e server trusts X-Forwarded-For), so the per-address
 * limits on log-in and registration count one test's attempts, as they would one person's.
 */
function addressFor(testId: string): string {
  let hash = 0;
  for (const character of testId) hash = (hash * 31 + character.charCodeAt(0)) >>> 0;
  return `10.${(hash >>> 16) & 255}.${(hash >>> 8) & 255}.${hash & 255}`;
}

export const test = base.extend<Fixtures>({
  extraHTTPHeaders: async ({ extraHTTPHeaders }, use, testInfo) => {
    await use({ ...extraHTTPHeaders, 'x-forwarded-for': addressFor(testInfo.testId) });
  },

  visit: async ({ page, javaScriptEnabled }, use, testInfo) => {
    // Every document the page loads is recorded, so the test fails if a page went unchecked.
    const documents: VisitedDocument[] = [];
    page.on('domcontentloaded', () => documents.push({ url: page.url(), checked: false }));
    const check = javaScriptEnabled ? expectNoA11yViolations : expectNoA11yViolationsWithoutScripts;

    await use(async (target) => {
      const loaded = page.waitForEvent('load');
      let response: Response | null = null;
      if (typeof target === 'string') response = await page.goto(target);
      else await target();
      await loaded;
      await check(page);
      const current = documents.at(-1);
      if (current !== undefined) current.checked = true;
      return response;
    });

    // After a failure or skip the list says nothing new.
    if (testInfo.status !== 'passed') return;
    const unchecked = documents.filter((document) => !document.checked).map((document) => document.url);
    if (unchecked.length > 0) {
      throw new Error(`Pages visited without an accessibility check:\n  ${unchecked.join('\n  ')}`);
    }
  },

  // biome-ignore lint/correctness/noEmptyPattern: Playwright fixtures take their dependencies as the first argument.
  person: async ({}, use, testInfo) => {
    const label = testInfo.title.split(' ').slice(0, 3).join(' ');
    await use({
      name: 'Karen Blixen Hansen',
      email: uniqueEmail(label),
      password: 'Sommer i Sydhavnen 2026',
    });
  },
});

export { expect } from '@playwright/test';
