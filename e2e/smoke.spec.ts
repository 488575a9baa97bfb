import { AxeBuilder } from '@axe-core/playwright';
import { expect, test } from '@playwright/test';

test('the home page has a skip link and no accessibility violations', async ({ page }) => {
  await page.goto('/');
  await expect(page.getByRole('link', { name: 'Gå til indhold' })).toBeAttached();
  const results = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'])
    .analyze();
  expect(results.violations).toEqual([]);
});
