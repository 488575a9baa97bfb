import { expect, test } from '@playwright/test';
import { expectNoA11yViolations, expectNoA11yViolationsWithoutScripts } from './support/axe.ts';
import { test as siteTest } from './support/fixtures.ts';

// The accessibility checks guard every other spec; these make sure they can fail. A page with an
// unlabelled field and an image without text is served in place of a real address.

const BROKEN_PAGE = `<!doctype html><html lang="da"><head><title>Brudt</title></head><body>
<main><h1>Brudt side</h1><form><input type="text" name="q"></form><img src="/x.png"></main>
<script>document.querySelector('input').setAttribute('aria-label', 'Søg');</script>
</body></html>`;

test.describe('with JavaScript', () => {
  test('the accessibility check reports the rule and the element', async ({ page }) => {
    await page.route('**/brudt', (route) => route.fulfill({ contentType: 'text/html', body: BROKEN_PAGE }));
    await page.goto('/brudt');
    const failure = await expectNoA11yViolations(page).then(
      () => null,
      (error: Error) => error.message,
    );
    expect(failure).toContain('image-alt');
    expect(failure).toContain('at img');
    // The page's own script labelled the field, and the check sees the page as it is now.
    expect(failure).not.toContain('label (critical)');
  });
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('the accessibility check runs on the DOM as served, with no script run', async ({ page }) => {
    await page.route('**/brudt', (route) => route.fulfill({ contentType: 'text/html', body: BROKEN_PAGE }));
    await page.goto('/brudt');
    const failure = await expectNoA11yViolationsWithoutScripts(page).then(
      () => null,
      (error: Error) => error.message,
    );
    expect(failure).toContain('image-alt');
    // Without JavaScript nobody labelled the field.
    expect(failure).toContain('label (critical)');
    expect(failure).toContain('at input');
  });
});

siteTest(
  'a page reached without `visit` fails the test, so no page goes unchecked',
  async ({ page, visit }) => {
    // Expected to fail: the fixture's closing check must notice the unchecked accessibility statement.
    siteTest.fail();
    await visit('/');
    await page.getByRole('link', { name: 'Tilgængelighedserklæring' }).click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Tilgængelighedserklæring');
  },
);
