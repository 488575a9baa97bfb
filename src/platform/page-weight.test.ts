import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { brotliCompressSync, brotliDecompressSync, gunzipSync, gzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '#src/testing/test-app.ts';

/** A client build as Vite writes it (hashed names, manifest, .br/.gz beside the text files). */
function writeClientBuild(): string {
  const dir = mkdtempSync(join(tmpdir(), 'byliv-client-'));
  const manifest = {
    'src/client/styles/dkfds.scss': { file: 'assets/dkfds-Dk3fd5aa.css', isEntry: true },
    'src/client/main.ts': {
      file: 'assets/main-M41nAbCd.js',
      isEntry: true,
      css: ['assets/main-C55aBcDe.css'],
      dynamicImports: ['src/client/map.ts'],
    },
    'src/client/map.ts': {
      file: 'assets/map-L3afLe7s.js',
      isDynamicEntry: true,
      css: ['assets/map-C55mApXy.css'],
    },
    'node_modules/dkfds/dist/js/dkfds.min.js': { file: 'assets/dkfds.min-Js12AbCd.js' },
    'src/client/icons/favicon.svg': { file: 'assets/favicon-Svg1AbCd.svg' },
    'src/client/icons/apple-touch-icon.png': { file: 'assets/apple-touch-icon-Png1AbCd.png' },
    'src/client/icons/icon-192.png': { file: 'assets/icon-192-Png2AbCd.png' },
    'src/client/icons/icon-512.png': { file: 'assets/icon-512-Png3AbCd.png' },
  };
  const write = (name: string, content: string | Buffer) => {
    const path = join(dir, name);
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(path, content);
  };
  write('.vite/manifest.json', JSON.stringify(manifest));
  const script = `console.log(${JSON.stringify('byliv '.repeat(400))});\n`;
  write('assets/main-M41nAbCd.js', script);
  write('assets/main-M41nAbCd.js.br', brotliCompressSync(script));
  write('assets/main-M41nAbCd.js.gz', gzipSync(script));
  write('assets/dkfds-Dk3fd5aa.css', 'body{color:#1a1a1a}');
  return dir;
}

describe('page weight: compression, caching, icons and the map only where there is one', () => {
  let t: TestApp;
  let buildDir: string;
  beforeAll(async () => {
    buildDir = writeClientBuild();
    t = await createTestApp({ clientBuildDir: buildDir });
  });
  afterAll(async () => {
    await t.close();
    rmSync(buildDir, { recursive: true, force: true });
  });

  it('sends the home page brotli-compressed to a browser that accepts brotli', async () => {
    const response = await t.app.inject({ url: '/', headers: { 'accept-encoding': 'gzip, deflate, br' } });
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-encoding']).toBe('br');
    expect(response.headers.vary).toMatch(/accept-encoding/i);
    expect(brotliDecompressSync(response.rawPayload).toString('utf8')).toMatch(/^<!doctype html>/);
  });

  it('sends the home page gzipped to a client that accepts only gzip', async () => {
    const response = await t.app.inject({ url: '/', headers: { 'accept-encoding': 'gzip' } });
    expect(response.headers['content-encoding']).toBe('gzip');
    expect(gunzipSync(response.rawPayload).toString('utf8')).toMatch(/^<!doctype html>/);
  });

  it('sends the home page as it is to a client that asks for no compression, and never lets it be cached', async () => {
    const response = await t.app.inject({ url: '/' });
    expect(response.headers['content-encoding']).toBeUndefined();
    expect(response.body).toMatch(/^<!doctype html>/);
    expect(response.headers['cache-control']).toBe('no-store');
  });

  it('links only hashed client files: DKFDS styles before ours, DKFDS script deferred, islands as a module', async () => {
    const html = (await t.app.inject({ url: '/' })).body;
    const styles = [...html.matchAll(/<link rel="stylesheet" href="([^"]+)"/g)].map((match) => match[1]);
    expect(styles).toEqual([
      '/assets/client/assets/dkfds-Dk3fd5aa.css',
      '/assets/client/assets/main-C55aBcDe.css',
    ]);
    expect(html).toContain('<script defer src="/assets/client/assets/dkfds.min-Js12AbCd.js"></script>');
    expect(html).toContain('<script type="module" src="/assets/client/assets/main-M41nAbCd.js"></script>');
    expect(html).not.toContain('/assets/dkfds/');
  });

  it('serves a client file for a year as immutable, precompressed with brotli when asked', async () => {
    const response = await t.app.inject({
      url: '/assets/client/assets/main-M41nAbCd.js',
      headers: { 'accept-encoding': 'br, gzip' },
    });
    expect(response.statusCode).toBe(200);
    expect(response.headers['cache-control']).toBe('public, max-age=31536000, immutable');
    expect(response.headers['content-encoding']).toBe('br');
    expect(brotliDecompressSync(response.rawPayload).toString('utf8')).toContain('byliv byliv');
    const plain = await t.app.inject({ url: '/assets/client/assets/main-M41nAbCd.js' });
    expect(plain.headers['content-encoding']).toBeUndefined();
    expect(plain.body).toContain('byliv byliv');
  });

  it('answers /favicon.ico with an icon, not a 404, and sets no cookie for it', async () => {
    const response = await t.app.inject({ url: '/favicon.ico' });
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-type']).toBe('image/x-icon');
    expect(response.rawPayload.subarray(0, 4)).toEqual(Buffer.from([0, 0, 1, 0]));
    expect(response.headers['set-cookie']).toBeUndefined();
  });

  it('links the icons and the web app manifest, which names the site and its hashed icons', async () => {
    const html = (await t.app.inject({ url: '/' })).body;
    expect(html).toContain(
      '<link rel="icon" href="/assets/client/assets/favicon-Svg1AbCd.svg" type="image/svg+xml"/>',
    );
    expect(html).toContain('<link rel="manifest" href="/manifest.webmanifest"/>');
    const response = await t.app.inject({ url: '/manifest.webmanifest' });
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-type']).toBe('application/manifest+json; charset=utf-8');
    const manifest = response.json() as {
      short_name: string;
      start_url: string;
      icons: Array<{ src: string; sizes: string }>;
    };
    expect(manifest.short_name).toBe('Byliv');
    expect(manifest.start_url).toBe('/');
    expect(manifest.icons.map((icon) => icon.sizes)).toEqual(['any', '192x192', '512x512']);
    expect(manifest.icons[2]?.src).toBe('/assets/client/assets/icon-512-Png3AbCd.png');
  });

  it('gives a page without a map no Leaflet script or styles', async () => {
    const html = (await t.app.inject({ url: '/' })).body;
    expect(html).not.toContain('data-module="app-map"');
    expect(html).not.toContain('map-L3afLe7s.js');
    expect(html).not.toContain('map-C55mApXy.css');
  });

  it("gives a map page Leaflet's chunk to preload and its styles, and says when tiles are off", async () => {
    const html = (await t.app.inject({ url: '/aktiviteter/kort' })).body;
    expect(html).toContain('data-module="app-map"');
    expect(html).toContain('<link rel="modulepreload" href="/assets/client/assets/map-L3afLe7s.js"/>');
    expect(html).toContain('<link rel="stylesheet" href="/assets/client/assets/map-C55mApXy.css"/>');
    expect(html).toContain('<p class="app-map__notice" role="status">Kortet vises uden baggrundskort.</p>');
    expect(html).toContain('data-tiles-failed="Baggrundskortet kunne ikke hentes, så kortet vises uden."');
  });
});

describe('map tiles from a configured source', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp({ env: { MAP_TILE_URL: 'https://{s}.tiles.example.org/{z}/{x}/{y}.png' } });
  });
  afterAll(async () => {
    await t.close();
  });

  it('lets the browser load images from the tile server and from nowhere else', async () => {
    const response = await t.app.inject({ url: '/aktiviteter/kort' });
    const csp = String(response.headers['content-security-policy']);
    expect(csp).toContain("img-src 'self' data: https://*.tiles.example.org");
    expect(response.body).toContain('data-tile-url="https://{s}.tiles.example.org/{z}/{x}/{y}.png"');
    expect(response.body).toContain('<p class="app-map__notice" role="status"></p>');
  });
});
