import { expect, type Page, test } from '@playwright/test';
import {
  DESKTOP,
  formControlProblems,
  headerOverlapProblems,
  layoutProblems,
  navigationProblems,
  PHONE,
  sidewaysScrollProblems,
} from './support/layout-checks.ts';

// The layout checks guard every page (every-page.spec.ts); these make sure each one can fail, on
// small pages that have exactly the faults issue 9 found, and that a page done right passes.

const STYLE = `
  body { margin: 0; font: 16px/1.5 sans-serif; }
  header { display: flex; flex-wrap: wrap; gap: 8px; padding: 8px; background: #eee; }
  .skip { position: absolute; left: -999em; top: 0; }
  .skip:focus { left: 0; }
  .menu { display: none; }
  @media (max-width: 991px) { .menu { display: inline-block; } #drawer { display: none; } #drawer.open { display: block; } }
  main { padding: 16px; }
  label { display: block; }
  .check { position: relative; padding-left: 32px; margin-top: 16px; }
  .check input { position: absolute; left: 0; top: 0; opacity: 0; width: 24px; height: 24px; margin: 0; }
  .check.broken { position: static; }
`;

const MENU_BUTTON = `<button type="button" class="menu" aria-expanded="false"
  onclick="document.getElementById('drawer').classList.toggle('open')">Menu</button>`;

const NAVIGATION = `<nav aria-label="Hovedmenu"><a href="/aktiviteter">Aktiviteter</a> <a href="/steder">Steder</a>
  <a href="/giv">Giv</a> <a href="/puljer">Puljer</a></nav>`;

const LOGGED_OUT = '<a href="/log-ind">Log ind</a> <a href="/opret-konto">Opret konto</a>';
const LOGGED_IN = '<form method="post" action="/log-ud"><button type="submit">Log ud</button></form>';

const FORM = `<label for="name">Navn</label><input id="name" type="text" aria-describedby="name-hint">
  <p id="name-hint">Som det står på dørskiltet, så naboerne kan finde dig. Det kan ændres senere.</p>
  <div class="check"><input type="checkbox" id="step-free"><label for="step-free">Kun steder med niveaufri adgang</label></div>
  <fieldset><legend>Hvornår</legend><input type="radio" id="today" name="when"><label for="today">I dag</label></fieldset>
  <button type="submit">Søg</button>`;

interface Fixture {
  menu?: string;
  account?: string;
  drawer?: string;
  main?: string;
  after?: string;
}

function html(fixture: Fixture = {}): string {
  const drawer = fixture.drawer ?? `${NAVIGATION} ${fixture.account ?? LOGGED_OUT}`;
  return `<!doctype html><html lang="da"><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1"><title>Prøve</title><style>${STYLE}</style></head>
<body><a class="skip" href="#main">Gå til indhold</a>
<header><a href="/">Byliv</a> ${fixture.menu ?? MENU_BUTTON} <div id="drawer">${drawer}</div></header>
<main id="main"><h1>Side</h1>${fixture.main ?? FORM}</main>${fixture.after ?? ''}</body></html>`;
}

async function show(page: Page, size: { width: number; height: number }, fixture?: Fixture): Promise<void> {
  await page.setViewportSize(size);
  await page.setContent(html(fixture));
}

for (const [name, size] of [
  ['a phone', PHONE],
  ['a laptop', DESKTOP],
] as const) {
  test(`a page done right passes every layout check on ${name}, logged out and logged in`, async ({
    page,
  }) => {
    await show(page, size);
    expect(await layoutProblems(page, { loggedIn: false })).toEqual([]);
    await show(page, size, { account: LOGGED_IN });
    expect(await layoutProblems(page, { loggedIn: true })).toEqual([]);
  });
}

test('a "Menu" link to the navigation further down, as without JavaScript, passes on a phone', async ({
  page,
}) => {
  await show(page, PHONE, {
    menu: '<a href="#menu">Menu</a>',
    drawer: '',
    after: `<nav id="menu" aria-label="Menu">${NAVIGATION} ${LOGGED_OUT}</nav>`,
  });
  expect(await navigationProblems(page, { loggedIn: false })).toEqual([]);
});

test('a page wider than the screen is reported, with what makes it wide', async ({ page }) => {
  const wide = `${FORM}<table style="width: 620px"><tr><td>Hvornår</td><td>Status</td><td>Annuller</td></tr></table>`;
  await show(page, PHONE, { main: wide });
  const problems = await sidewaysScrollProblems(page);
  expect(problems).toHaveLength(1);
  expect(problems[0]).toMatch(/^the page is 6\d\d px wide on a 375 px screen, so it scrolls sideways/);
  expect(problems[0]).toContain('<table>');
  await show(page, DESKTOP, { main: wide });
  expect(await sidewaysScrollProblems(page)).toEqual([]);
});

test('a checkbox drawn at the top-left corner, away from its label, is reported', async ({ page }) => {
  // The single checkbox without its positioned wrapper: the fault of issue 9, item 2.
  const broken = `${FORM.replace('class="check"', 'class="check broken"')}
    <div style="height: 400px"></div>
    <div class="check broken"><input type="checkbox" id="terms"><label for="terms">Jeg accepterer betingelserne</label></div>`;
  for (const size of [PHONE, DESKTOP]) {
    await show(page, size, { main: broken });
    const problems = await formControlProblems(page);
    expect(problems).toHaveLength(2);
    expect(problems[0]).toMatch(
      /^checkbox field "Kun steder med niveaufri adgang" is drawn away from its label \(\d+ px across, \d+ px down/,
    );
    expect(problems[1]).toMatch(
      /^checkbox field "Jeg accepterer betingelserne" is drawn away from its label/,
    );
    // It is also drawn over the header, where it would catch a tap meant for it.
    expect(await headerOverlapProblems(page)).toEqual([
      expect.stringMatching(/^<input#step-free> is drawn over the header/),
      expect.stringMatching(/^<input#terms> is drawn over the header/),
    ]);
  }
});

test('a field with its label far above it is reported; a long hint between them is allowed', async ({
  page,
}) => {
  await show(page, DESKTOP, {
    main: '<label for="far">Titel</label><div style="height: 120px"></div><input id="far" type="text">',
  });
  expect(await formControlProblems(page)).toEqual([
    expect.stringMatching(/^text field "Titel" is drawn away from its label \(0 px across, 12\d px down/),
  ]);
  await show(page, DESKTOP, {
    main: `<label for="near">Titel</label><p id="near-hint" style="height: 120px">En lang vejledning.</p>
      <input id="near" type="text" aria-describedby="near-hint">`,
  });
  expect(await formControlProblems(page)).toEqual([]);
});

test('a control off the screen in a table that scrolls on its own is reported, though the page does not scroll', async ({
  page,
}) => {
  await show(page, PHONE, {
    main: `<div style="overflow-x: auto"><table><tr><td style="min-width: 600px">Strikkeklub</td>
      <td><button type="submit">Annuller</button></td></tr></table></div>`,
  });
  expect(await sidewaysScrollProblems(page)).toEqual([]);
  expect(await formControlProblems(page)).toEqual([
    expect.stringMatching(/^button "Annuller" lies outside the screen \(x 6\d\d–\d+ px, screen 375 px\)$/),
  ]);
});

test('an element drawn over the header is reported; the skip link is not', async ({ page }) => {
  await show(page, DESKTOP, {
    after:
      '<div class="badge" style="position: absolute; top: 4px; left: 300px; padding: 4px">Ny funktion!</div>',
  });
  await page.keyboard.press('Tab');
  await expect(page.getByRole('link', { name: 'Gå til indhold' })).toBeInViewport();
  expect(await headerOverlapProblems(page)).toEqual([
    expect.stringMatching(/^<div\.badge> "Ny funktion!" is drawn over the header \(\d+×\d+ px\)$/),
  ]);
});

test('a phone header with no "Menu" is reported, and so is a wide header without its links', async ({
  page,
}) => {
  // Today's header: below 992 px the navigation and the log-in links are hidden, with no menu.
  await show(page, PHONE, { menu: '' });
  expect(await navigationProblems(page, { loggedIn: false })).toEqual([
    'at 375 px the header has no visible "Menu" button or link, so the navigation is out of reach',
  ]);
  await show(page, DESKTOP, { drawer: LOGGED_OUT });
  const problems = await navigationProblems(page, { loggedIn: false });
  expect(problems).toContain('at 1280 px, the navigation link to /aktiviteter is not visible');
  expect(problems).toHaveLength(4);
});

test('a "Menu" that opens nothing, or a menu without log-in or log-out, is reported', async ({ page }) => {
  // A DKFDS menu button whose script never ran (no JavaScript, no link to follow).
  await show(page, PHONE, { menu: '<button type="button" class="menu">Menu</button>' });
  const problems = await navigationProblems(page, { loggedIn: false });
  expect(problems).toContain(
    'at 375 px after activating "Menu", the navigation link to /steder is not visible',
  );
  expect(problems).toContain('at 375 px after activating "Menu", the "Log ind" link is not visible');

  await show(page, PHONE, { drawer: NAVIGATION });
  expect(await navigationProblems(page, { loggedIn: false })).toEqual([
    'at 375 px after activating "Menu", the "Log ind" link is not visible',
    'at 375 px after activating "Menu", the "Opret konto" link is not visible',
  ]);
  await show(page, DESKTOP, { drawer: NAVIGATION });
  expect(await navigationProblems(page, { loggedIn: true })).toEqual([
    'at 1280 px, the "Log ud" button is not visible',
  ]);
});
