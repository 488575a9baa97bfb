import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '#src/testing/test-app.ts';

const PAGES = [
  { path: '/privatliv', da: 'Privatlivspolitik', en: 'Privacy notice' },
  { path: '/vilkaar', da: 'Vilkår for brug', en: 'Terms of use' },
  { path: '/kontakt', da: 'Kontakt', en: 'Contact' },
  { path: '/tilgaengelighed', da: 'Tilgængelighedserklæring', en: 'Accessibility statement' },
] as const;

const CONTROLLER = {
  CONTROLLER_NAME: 'Vesterbro Lokaludvalg',
  CONTROLLER_ADDRESS: 'Valdemarsgade 4, 1665 København V',
  CONTROLLER_EMAIL: 'byliv@lokaludvalg.example',
  CONTROLLER_PHONE: '+45 33 66 33 66',
  DPO_EMAIL: 'dpo@lokaludvalg.example',
};

function heading(body: string): string | undefined {
  return /<h1[^>]*>([^<]*)<\/h1>/.exec(body)?.[1];
}

describe('the privacy notice, terms, contact page and accessibility statement', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp({
      env: {
        ...CONTROLLER,
        MAP_TILE_URL: 'https://{s}.tiles.example.dk/{z}/{x}/{y}.png',
        MAP_TILE_ATTRIBUTION: '© Kortfirmaet',
      },
    });
  });
  afterAll(async () => {
    await t.close();
  });

  it.each(PAGES)('answers $path in Danish and in English', async ({ path, da, en }) => {
    const danish = await t.app.inject({ url: path });
    expect(danish.statusCode).toBe(200);
    expect(danish.body).toContain('<html lang="da">');
    expect(heading(danish.body)).toBe(da);
    const english = await t.app.inject({ url: path, cookies: { byliv_lang: 'en' } });
    expect(english.statusCode).toBe(200);
    expect(english.body).toContain('<html lang="en">');
    expect(heading(english.body)).toBe(en);
  });

  it.each(['/privatliv', '/kontakt'])('names the data controller from configuration on %s', async (path) => {
    const body = (await t.app.inject({ url: path })).body;
    expect(body).toContain('Vesterbro Lokaludvalg');
    expect(body).toContain('Valdemarsgade 4, 1665 København V');
    expect(body).toContain('href="mailto:byliv@lokaludvalg.example"');
    expect(body).toContain('href="tel:+4533663366"');
    expect(body).toContain('href="mailto:dpo@lokaludvalg.example"');
    expect(body).not.toContain('Byliv (demo)');
  });

  it('gives the accessibility statement the parts the Danish template asks for', async () => {
    const body = (await t.app.inject({ url: '/tilgaengelighed' })).body;
    expect(body).toContain('http://localhost:3000');
    expect(body).toContain('WCAG 2.1');
    expect(body).toContain('EN 301 549');
    expect(body).toContain('delvist');
    expect(body).toContain('6. december 2026');
    expect(body).toContain('selvevaluering');
    expect(body).toContain('byliv@lokaludvalg.example');
    expect(body).toContain('href="https://www.was.digst.dk"');
  });

  it('names the tile server and its credit as a recipient of the visitor’s IP address', async () => {
    const body = (await t.app.inject({ url: '/privatliv' })).body;
    expect(body).toContain('*.tiles.example.dk');
    expect(body).toContain('© Kortfirmaet');
  });

  it('lists every cookie the site sets, and the rights with their links', async () => {
    const body = (await t.app.inject({ url: '/privatliv' })).body;
    for (const cookie of ['byliv_session', 'byliv_csrf', 'byliv_lang', 'byliv_flash'])
      expect(body).toContain(cookie);
    expect(body).toContain('href="/profil/data.json"');
    expect(body).toContain('href="/profil/slet"');
    expect(body).toContain('href="https://www.datatilsynet.dk"');
  });

  it('sets no cookie of its own beyond those the notice lists', async () => {
    const response = await t.app.inject({ url: '/privatliv' });
    const names = response.cookies.map((cookie) => cookie.name);
    expect(
      names.every((name) => ['byliv_session', 'byliv_csrf', 'byliv_lang', 'byliv_flash'].includes(name)),
    ).toBe(true);
  });

  it.each(['/', '/opret-konto'])('links to all four pages from the footer of %s', async (path) => {
    const body = (await t.app.inject({ url: path })).body;
    for (const page of PAGES) expect(body).toContain(`href="${page.path}"`);
  });

  it('tells a person signing up who processes their data and links to the notice and terms', async () => {
    const body = (await t.app.inject({ url: '/opret-konto' })).body;
    const form = body.slice(body.indexOf('<form'), body.indexOf('</form>'));
    expect(form).toContain('Vesterbro Lokaludvalg behandler dit navn');
    expect(form).toContain('href="/privatliv"');
    expect(form).toContain('href="/vilkaar"');
    expect(form.indexOf('href="/privatliv"')).toBeLessThan(form.indexOf('type="submit"'));
  });
});

describe('the legal pages of a demo installation with tiles off', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp();
  });
  afterAll(async () => {
    await t.close();
  });

  it('says that maps fetch no tiles from anyone', async () => {
    const body = (await t.app.inject({ url: '/privatliv' })).body;
    expect(body).toContain('henter ingen kortbilleder fra andre servere');
    expect(body).not.toContain('tile.openstreetmap.org');
  });

  it('marks the example controller as an example', async () => {
    const body = (await t.app.inject({ url: '/kontakt' })).body;
    expect(body).toContain('Byliv (demo)');
    expect(body).toContain('privacy@byliv.example');
    expect(body).toContain('er eksempler');
  });
});

describe('the privacy notice with OpenStreetMap tiles', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp({ env: { MAP_TILE_URL: '' } });
  });
  afterAll(async () => {
    await t.close();
  });

  it('names tile.openstreetmap.org, its credit and where it is based', async () => {
    const body = (await t.app.inject({ url: '/privatliv', cookies: { byliv_lang: 'en' } })).body;
    expect(body).toContain('tile.openstreetmap.org (© OpenStreetMap contributors)');
    expect(body).toContain('United Kingdom');
  });
});
