import { expect, test } from './support/fixtures.ts';

// An address on this machine where nothing listens: tiles "from the internet" that never come.
const UNREACHABLE_TILES = 'http://127.0.0.1:9/{z}/{x}/{y}.png';

test('the home page loads only hashed, long-cached, compressed files and no map code', async ({
  page,
  visit,
  request,
}) => {
  const loaded: string[] = [];
  page.on('response', (response) => loaded.push(new URL(response.url()).pathname));
  await visit('/');
  await page.waitForLoadState('networkidle');
  const assets = loaded.filter((path) => path.startsWith('/assets/'));
  expect(assets.length).toBeGreaterThan(0);
  for (const path of assets) expect(path).toMatch(/^\/assets\/client\/assets\/[\w.-]+-[\w-]{8}\.\w+$/);
  expect(assets.some((path) => /\/map-/.test(path))).toBe(false);
  expect(assets.filter((path) => /\.woff$|\.ttf$|\.eot$/.test(path))).toEqual([]);

  const script = assets.find((path) => path.endsWith('.js'));
  expect(script).toBeDefined();
  const response = await request.get(script ?? '', { headers: { 'accept-encoding': 'br' } });
  expect(response.headers()['cache-control']).toBe('public, max-age=31536000, immutable');
  expect(response.headers()['content-encoding']).toBe('br');
});

test('a map page draws its map and says in one line that there is no background map', async ({
  page,
  visit,
}) => {
  await visit('/aktiviteter/kort');
  const map = page.locator('[data-module="app-map"]');
  await expect(map).toHaveAttribute('data-map-ready', 'true');
  await expect(map.getByRole('status')).toHaveText('Kortet vises uden baggrundskort.');
});

test('a map whose tiles cannot be fetched says so in one line instead of a grey box', async ({
  page,
  visit,
}) => {
  // The server runs with tiles off; point this page at a tile server that is not there.
  await page.route('**/aktiviteter/kort', async (route) => {
    const response = await route.fetch();
    const csp = response.headers()['content-security-policy'] ?? '';
    const body = (await response.text())
      .replace('data-module="app-map"', `data-module="app-map" data-tile-url="${UNREACHABLE_TILES}"`)
      .replace('Kortet vises uden baggrundskort.', '');
    const { 'content-encoding': _encoding, 'content-length': _length, ...headers } = response.headers();
    await route.fulfill({
      status: response.status(),
      body,
      headers: {
        ...headers,
        'content-security-policy': csp.replace("img-src 'self'", "img-src 'self' http://127.0.0.1:9"),
      },
    });
  });
  await visit('/aktiviteter/kort');
  const map = page.locator('[data-module="app-map"]');
  await expect(map.getByRole('status')).toHaveText(
    'Baggrundskortet kunne ikke hentes, så kortet vises uden.',
  );
  await expect(map.locator('.leaflet-tile')).toHaveCount(0);
  await expect(map.locator('.app-map__canvas')).toHaveClass(/app-map__canvas--no-tiles/);
});

test('the site has an icon and a web app manifest', async ({ request }) => {
  const icon = await request.get('/favicon.ico');
  expect(icon.status()).toBe(200);
  expect(icon.headers()['content-type']).toBe('image/x-icon');
  const manifest = await request.get('/manifest.webmanifest');
  const { icons } = (await manifest.json()) as { icons: Array<{ src: string }> };
  for (const { src } of icons) expect((await request.get(src)).status()).toBe(200);
});
