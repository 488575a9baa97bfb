import { expect, test } from './support/fixtures.ts';

test('the home page has a skip link and no accessibility violations', async ({ page, visit }) => {
  await visit('/');
  await expect(page.getByRole('link', { name: 'Gå til indhold' })).toBeAttached();
});
