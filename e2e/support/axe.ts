import { AxeBuilder } from '@axe-core/playwright';
import { expect, type Page } from '@playwright/test';

/** WCAG 2.1 A and AA: what the Danish web accessibility act requires. */
export const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];

type AxeResults = Awaited<ReturnType<AxeBuilder['analyze']>>;

/** One line per violation and per element, so a failing run says what to fix and where. */
export function describeViolations(violations: AxeResults['violations']): string {
  return violations
    .map((violation) => {
      const nodes = violation.nodes.map((node) => {
        const summary = (node.failureSummary ?? '').replace(/\s*\n\s*/g, ' ');
        return `    at ${node.target.join(' ')}: ${summary}`;
      });
      return [`  ${violation.id} (${violation.impact ?? 'n/a'}): ${violation.help}`, ...nodes].join('\n');
    })
    .join('\n');
}

/**
 * axe in "legacy mode" runs in the page itself; the default mode opens an extra page per check to
 * combine frame results, which halves the speed and buys nothing here: Byliv has no iframes.
 */
function axe(page: Page): AxeBuilder {
  return new AxeBuilder({ page }).withTags(WCAG_TAGS).setLegacyMode(true);
}

/** Runs axe-core on the page as it is now; needs JavaScript in the page (see the no-JS variant). */
export async function expectNoA11yViolations(page: Page): Promise<void> {
  const results = await axe(page).analyze();
  const report = describeViolations(results.violations);
  expect(results.violations.length, `Accessibility violations on ${page.url()}:\n${report}`).toBe(0);
}

/**
 * axe-core cannot run in a page whose JavaScript is switched off (its timers never fire). So the
 * DOM the person without JavaScript got is copied into a fresh page in a JavaScript-enabled
 * context, at the same URL (so styles and relative links resolve alike), with every script
 * refused (a `script-src 'none'` policy) so no enhancement changes that DOM, and axe runs there. A copy rather than a
 * second request: fetching the URL again would repeat side effects (single-use links, the flash
 * message) and would lack the session cookie.
 */
export async function expectNoA11yViolationsWithoutScripts(page: Page): Promise<void> {
  const url = page.url();
  const documentUrl = url.replace(/#.*$/, '');
  const html = await page.content();
  const browser = page.context().browser();
  if (browser === null) throw new Error('The page has no browser to open a checking context in');
  const context = await browser.newContext({ javaScriptEnabled: true });
  try {
    const copy = await context.newPage();
    await copy.route('**/*', async (route) => {
      const request = route.request();
      if (request.isNavigationRequest() && request.url() === documentUrl) {
        // The policy stops inline scripts too; axe itself is evaluated by the browser's driver.
        await route.fulfill({
          status: 200,
          contentType: 'text/html; charset=utf-8',
          headers: { 'content-security-policy': "script-src 'none'" },
          body: html,
        });
      } else if (request.resourceType() === 'script') {
        await route.abort();
      } else {
        await route.continue();
      }
    });
    await copy.goto(url);
    const results = await axe(copy).analyze();
    const report = describeViolations(results.violations);
    expect(
      results.violations.length,
      `Accessibility violations on ${url} (as served without JavaScript):\n${report}`,
    ).toBe(0);
  } finally {
    await context.close();
  }
}
