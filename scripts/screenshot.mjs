#!/usr/bin/env node
// Screenshots of pages at a phone width (375 px) and a laptop width (1280 px), for looking at what
// a person sees. Prints, per page and width, whether the page scrolls sideways.
//
//   node scripts/screenshot.mjs --base http://127.0.0.1:3000 [--login mette@byliv.example]
//        [--out docs/screenshots] [--no-js] [--full] /path [/other/path …]
//
// The demo password is used for --login. Files are named after the path: "/" → home-375.png.
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { chromium } from '@playwright/test';

const DEMO_PASSWORD = 'byliv-demo-2026';
const WIDTHS = [375, 1280];

function parseArgs(argv) {
  const options = {
    base: 'http://127.0.0.1:3000',
    login: null,
    out: 'test-results/screenshots',
    js: true,
    full: false,
  };
  const paths = [];
  for (let index = 0; index < argv.length; index += 1) {
    const arg = argv[index];
    if (arg === '--base') options.base = argv[++index];
    else if (arg === '--login') options.login = argv[++index];
    else if (arg === '--out') options.out = argv[++index];
    else if (arg === '--no-js') options.js = false;
    else if (arg === '--full') options.full = true;
    else paths.push(arg);
  }
  return { options, paths };
}

function fileName(path) {
  const name = path.replace(/^\/+/, '').replace(/[^a-zA-Z0-9æøåÆØÅ-]+/g, '_');
  return name === '' ? 'home' : name;
}

async function logIn(page, base, email) {
  await page.goto(`${base}/log-ind`);
  await page.fill('input[name="email"]', email);
  await page.fill('input[name="password"]', DEMO_PASSWORD);
  await Promise.all([
    page.waitForLoadState('load'),
    page.locator('form[action^="/log-ind"] button[type="submit"]').click(),
  ]);
}

const { options, paths } = parseArgs(process.argv.slice(2));
mkdirSync(options.out, { recursive: true });
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  args: [
    '--no-sandbox',
    '--disable-gpu',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    '--no-first-run',
  ],
});
try {
  for (const width of WIDTHS) {
    const context = await browser.newContext({
      viewport: { width, height: width < 600 ? 740 : 800 },
      javaScriptEnabled: options.js,
    });
    const page = await context.newPage();
    if (options.login !== null) await logIn(page, options.base, options.login);
    for (const path of paths) {
      const response = await page.goto(`${options.base}${path}`);
      const sideways = await page.evaluate(
        () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
      );
      const file = join(options.out, `${fileName(path)}-${width}.png`);
      await page.screenshot({ path: file, fullPage: options.full });
      console.log(
        `${response?.status() ?? '?'} ${width}px ${path} → ${file}${sideways > 0 ? ` SCROLLS SIDEWAYS by ${sideways}px` : ''}`,
      );
    }
    await context.close();
  }
} finally {
  await browser.close();
}
