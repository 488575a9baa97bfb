#!/usr/bin/env node
// What a first visit costs: opens each page in a fresh Chromium profile (cold cache), waits until
// the network is quiet (so lazily loaded map code and shapes count too) and sums the bytes that
// came over the wire (headers + encoded bodies), per page and per kind of file.
//
//   node scripts/page-weight.mjs --base http://127.0.0.1:3000 [--detail] [/path …]
//
// Without paths it measures /, /aktiviteter, /aktiviteter/kort and /steder. The browser asks for
// `gzip, br` as it does over HTTPS. An icon is counted as the browser would fetch it on a first
// visit: one the page links, or else /favicon.ico.
import { chromium } from '@playwright/test';

const DEFAULT_PATHS = ['/', '/aktiviteter', '/aktiviteter/kort', '/steder'];

function parseArgs(argv) {
  const options = { base: 'http://127.0.0.1:3000', detail: false };
  const paths = [];
  for (let index = 0; index < argv.length; index += 1) {
    const arg = argv[index];
    if (arg === '--base') options.base = argv[++index];
    else if (arg === '--detail') options.detail = true;
    else paths.push(arg);
  }
  return { options, paths: paths.length > 0 ? paths : DEFAULT_PATHS };
}

function kindOf(url, mimeType) {
  if (mimeType.includes('html')) return 'html';
  if (mimeType.includes('css')) return 'css';
  if (mimeType.includes('javascript')) return 'js';
  if (mimeType.includes('font') || /\.(woff2?|ttf|eot)$/.test(url)) return 'font';
  if (mimeType.includes('json')) return 'data';
  return 'other';
}

function kb(bytes) {
  return `${(bytes / 1024).toFixed(1)} KB`;
}

/** Loads one page in a fresh context and returns every response with its bytes on the wire. */
async function measure(browser, base, path) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Network.enable');
  await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
  await cdp.send('Network.setExtraHTTPHeaders', { headers: { 'Accept-Encoding': 'gzip, br' } });
  const responses = new Map();
  cdp.on('Network.responseReceived', ({ requestId, response }) => {
    if (response.url.startsWith('data:')) return;
    responses.set(requestId, {
      url: response.url,
      status: response.status,
      kind: kindOf(response.url, response.mimeType),
      encoding: response.headers['content-encoding'] ?? response.headers['Content-Encoding'] ?? '',
      bytes: 0,
      finished: false,
    });
  });
  cdp.on('Network.loadingFinished', ({ requestId, encodedDataLength }) => {
    const entry = responses.get(requestId);
    if (entry === undefined) return;
    entry.bytes = encodedDataLength;
    entry.finished = true;
  });
  await page.goto(`${base}${path}`, { waitUntil: 'networkidle' });
  const icons = await page.evaluate(() =>
    [...document.querySelectorAll('link[rel~="icon"]')].map((link) => link.href),
  );
  const iconUrls = icons.length > 0 ? icons : [new URL('/favicon.ico', `${base}${path}`).href];
  const iconFinished = () =>
    [...responses.values()].some((entry) => iconUrls.includes(entry.url) && entry.finished);
  // Chromium asks for an icon on its own shortly after the page has loaded; fetch one if it did not.
  for (let waited = 0; waited < 2000 && !iconFinished(); waited += 50) await page.waitForTimeout(50);
  if (!iconFinished()) {
    await page.evaluate((url) => fetch(url).then((response) => response.arrayBuffer()), iconUrls[0]);
    while (!iconFinished()) await page.waitForTimeout(20);
  }
  await context.close();
  return [...responses.values()];
}

const { options, paths } = parseArgs(process.argv.slice(2));
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  args: [
    '--no-sandbox',
    '--disable-gpu',
    '--disable-background-networking',
    '--no-first-run',
    '--disable-quic',
  ],
});
try {
  for (const path of paths) {
    const responses = await measure(browser, options.base, path);
    const total = responses.reduce((sum, entry) => sum + entry.bytes, 0);
    const byKind = new Map();
    for (const entry of responses) byKind.set(entry.kind, (byKind.get(entry.kind) ?? 0) + entry.bytes);
    const kinds = [...byKind.entries()].map(([kind, bytes]) => `${kind} ${kb(bytes)}`).join(', ');
    console.log(`${path.padEnd(20)} ${kb(total).padStart(9)}  ${responses.length} requests  (${kinds})`);
    if (options.detail) {
      for (const entry of responses) {
        const name = entry.url.replace(options.base, '');
        console.log(
          `    ${String(entry.status)} ${kb(entry.bytes).padStart(9)} ${entry.encoding.padEnd(4)} ${name}`,
        );
      }
    }
  }
} finally {
  await browser.close();
}
