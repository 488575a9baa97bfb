import { randomInt } from 'node:crypto';
import { type Browser, expect, type Page, test } from '@playwright/test';
import { expectNoA11yViolations, expectNoA11yViolationsWithoutScripts } from './support/axe.ts';
import { DESKTOP, layoutProblems, PHONE } from './support/layout-checks.ts';

// Every page of the site, as the people who use it see it, on a phone (375 px) and a laptop
// (1280 px): axe finds no violation, the page does not scroll sideways, its form controls are on
// the screen beside their labels, nothing covers the header, and the navigation with log-in or
// log-out is within reach. A new page is one line in PAGES.

/** Who looks: nobody logged in, or a demo person (seeded by the e2e server) logged in through the form. */
const PEOPLE = {
  anonymous: null,
  /** Ildsjæl: organisation admin, manager of Fælleshuset ved kanalen, applicant for grants. */
  mette: 'mette@byliv.example',
  /** Chair of the local committee: runs and reviews the grant pool. */
  lars: 'lars@byliv.example',
  /** Administrator of Byliv: moderation. */
  admin: 'admin@byliv.example',
} as const;
type Who = keyof typeof PEOPLE;
const DEMO_PASSWORD = 'byliv-demo-2026';

const POOL = '/puljer/hurtige-handlinger-puljen';
/** A give-board post, and the link to report it on its page. */
const POST = /^\/giv\/\d+$/;
const REPORT = /^\/rapporter\?/;
const COMMON_ROOM = '/steder/faelleshuset-ved-kanalen';

/** A date a week from today in Copenhagen, YYYY-MM-DD, for searches with an answer. */
const NEXT_WEEK = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Copenhagen' }).format(
  Date.now() + 7 * 86_400_000,
);

interface SeenPage {
  name: string;
  who: Who;
  /** The address; or, for pages whose address comes from data, found as below. */
  path?: string;
  /**
   * Follows links from `list` (as `who` sees it): on each page the first link whose path and query
   * match the next pattern; the last one found, rewritten by `to` if given, is the page.
   */
  from?: { list: string; follow: RegExp[]; to?: (href: string) => string };
  /** The status the page answers with; 200 unless said. */
  status?: number;
}

const PAGES: SeenPage[] = [
  // Anyone, logged out.
  { who: 'anonymous', name: 'the home page', path: '/' },
  { who: 'anonymous', name: 'the list of places', path: '/steder' },
  {
    who: 'anonymous',
    name: 'a place with its week calendar',
    path: '/steder/gymnastiksalen-paa-skolen-i-sydhavnen',
  },
  { who: 'anonymous', name: 'a members-only place', path: COMMON_ROOM },
  { who: 'anonymous', name: 'the room finder', path: '/find-lokale' },
  {
    who: 'anonymous',
    name: 'the room finder with an answer',
    path: `/find-lokale?antal=20&dato=${NEXT_WEEK}&fra=19:00&til=21:00`,
  },
  { who: 'anonymous', name: 'the list of activities', path: '/aktiviteter' },
  { who: 'anonymous', name: 'the activity calendar', path: '/aktiviteter/kalender' },
  { who: 'anonymous', name: 'the activity map', path: '/aktiviteter/kort' },
  { who: 'anonymous', name: 'activities near me', path: '/aktiviteter/naer-mig' },
  { who: 'anonymous', name: 'activities near a point', path: '/aktiviteter/naer-mig?lat=55.6465&lon=12.548' },
  { who: 'anonymous', name: 'an activity', from: { list: '/aktiviteter', follow: [/^\/aktiviteter\/\d+$/] } },
  { who: 'anonymous', name: 'the give-board', path: '/giv' },
  { who: 'anonymous', name: 'a give-board post', from: { list: '/giv', follow: [POST] } },
  { who: 'anonymous', name: 'the report form', from: { list: '/giv', follow: [POST, REPORT] } },
  { who: 'anonymous', name: 'the list of pools', path: '/puljer' },
  { who: 'anonymous', name: 'a pool', path: POOL },
  { who: 'anonymous', name: 'the quick-action overview', path: '/hurtige-handlinger' },
  { who: 'anonymous', name: 'a pool dashboard', path: `${POOL}/tal` },
  { who: 'anonymous', name: "a pool's grants", path: `${POOL}/bevillinger` },
  {
    who: 'anonymous',
    name: 'a funded initiative',
    from: { list: `${POOL}/bevillinger`, follow: [/^\/puljer\/[^/]+\/bevillinger\/\d+$/] },
  },
  { who: 'anonymous', name: 'the list of districts', path: '/bydele' },
  { who: 'anonymous', name: 'a district', path: '/bydele/vesterbro-kongens-enghave' },
  {
    who: 'anonymous',
    name: 'a neighbourhood',
    from: {
      list: '/bydele/vesterbro-kongens-enghave',
      follow: [/^\/bydele\/vesterbro-kongens-enghave\/[^/?]+$/],
    },
  },
  { who: 'anonymous', name: 'the area finder', path: '/bydele/find?lat=55.6505&lon=12.5335' },
  { who: 'anonymous', name: 'the list of organisations', path: '/organisationer' },
  { who: 'anonymous', name: 'an organisation', path: '/organisationer/boligforeningen-sluseholmen' },
  { who: 'anonymous', name: 'the log-in page', path: '/log-ind' },
  { who: 'anonymous', name: 'the registration page', path: '/opret-konto' },
  { who: 'anonymous', name: 'the forgotten-password page', path: '/glemt-adgangskode' },
  { who: 'anonymous', name: 'the accessibility statement', path: '/tilgaengelighed' },
  { who: 'anonymous', name: 'the privacy notice', path: '/privatliv' },
  { who: 'anonymous', name: 'the terms of use', path: '/vilkaar' },
  { who: 'anonymous', name: 'the contact page', path: '/kontakt' },
  { who: 'anonymous', name: 'the API documentation', path: '/api/docs' },
  { who: 'anonymous', name: 'a missing page', path: '/findes-ikke-her', status: 404 },

  // Mette: organisation admin, place manager, applicant.
  { who: 'mette', name: 'Mit overblik', path: '/mit-overblik' },
  { who: 'mette', name: 'the home page, logged in', path: '/' },
  { who: 'mette', name: 'the profile', path: '/profil' },
  { who: 'mette', name: 'the API tokens', path: '/profil/api-tokens' },
  { who: 'mette', name: 'deleting the account', path: '/profil/slet' },
  { who: 'mette', name: 'Mine bookinger', path: '/mine-bookinger' },
  { who: 'mette', name: 'a booking', from: { list: '/mine-bookinger', follow: [/^\/bookinger\/\d+$/] } },
  { who: 'mette', name: 'the booking requests to decide', path: '/administrer/bookinger' },
  {
    who: 'mette',
    name: 'a request to decide',
    from: { list: '/administrer/bookinger', follow: [/^\/bookinger\/\d+$/] },
  },
  { who: 'mette', name: 'the booking form', path: `${COMMON_ROOM}/book` },
  { who: 'mette', name: 'a new activity', path: '/aktiviteter/ny' },
  { who: 'mette', name: 'a new activity from a template', path: '/aktiviteter/ny?type=nabokaffe' },
  { who: 'mette', name: 'her activity calendar', path: '/aktiviteter/min-kalender' },
  { who: 'mette', name: 'a new give-board post', path: '/giv/nyt?retning=tilbud' },
  { who: 'mette', name: 'her give-board posts', path: '/giv/mine' },
  {
    who: 'mette',
    name: 'editing a give-board post',
    from: { list: '/giv/mine', follow: [POST], to: (href) => `${href}/rediger` },
  },
  { who: 'mette', name: 'a new organisation', path: '/organisationer/ny' },
  {
    who: 'mette',
    name: 'her organisation, as its admin',
    path: '/organisationer/boligforeningen-sluseholmen',
  },
  { who: 'mette', name: 'a new place', path: '/steder/ny' },
  { who: 'mette', name: 'editing a place', path: `${COMMON_ROOM}/rediger` },
  { who: 'mette', name: "a place's rules", path: `${COMMON_ROOM}/rediger/regler` },
  { who: 'mette', name: "a place's photos", path: `${COMMON_ROOM}/rediger/fotos` },
  { who: 'mette', name: "a place's managers", path: `${COMMON_ROOM}/rediger/ansvarlige` },
  { who: 'mette', name: 'the grant application form', path: `${POOL}/ansog` },
  { who: 'mette', name: 'Mine ansøgninger', path: '/mine-ansogninger' },
  {
    who: 'mette',
    name: 'her application',
    from: { list: '/mine-ansogninger', follow: [/^\/mine-ansogninger\/\d+$/] },
  },

  // Lars: runs and reviews the pool.
  { who: 'lars', name: 'Mit overblik', path: '/mit-overblik' },
  { who: 'lars', name: 'the review queue', path: `${POOL}/bedoem` },
  {
    who: 'lars',
    name: 'an application under review',
    from: { list: `${POOL}/bedoem`, follow: [/^\/puljer\/[^/]+\/ansogninger\/\d+$/] },
  },
  { who: 'lars', name: 'a new pool', path: '/puljer/ny' },
  { who: 'lars', name: 'editing a pool', path: `${POOL}/rediger` },

  // The administrator: moderation.
  { who: 'admin', name: 'Mit overblik', path: '/mit-overblik' },
  { who: 'admin', name: 'the moderation queue', path: '/admin/moderation' },
  { who: 'admin', name: 'hidden content', path: '/admin/moderation/skjult' },
  {
    who: 'admin',
    name: 'a moderation case',
    from: { list: '/giv', follow: [POST, REPORT], to: moderationCase },
  },
];

/** The moderation case of the content a report link names (`/rapporter?type=offer&id=1`). */
function moderationCase(reportHref: string): string {
  const query = new URLSearchParams(reportHref.split('?')[1]);
  return `/admin/moderation/${query.get('type')}/${query.get('id')}`;
}

const SIZES = [
  { label: '375 px', size: PHONE, phone: true },
  { label: '1280 px', size: DESKTOP, phone: false },
] as const;

/** Time for one page under a busy machine: loading, axe and the layout checks. */
const PER_PAGE_MS = 30_000;

async function logIn(page: Page, email: string): Promise<void> {
  await page.goto('/log-ind');
  const main = page.getByRole('main');
  await main.getByLabel('E-mail').fill(email);
  await main.getByLabel('Adgangskode').fill(DEMO_PASSWORD);
  await Promise.all([
    page.waitForURL((url) => url.pathname !== '/log-ind'),
    main.getByRole('button', { name: 'Log ind' }).click(),
  ]);
}

/** The path a data-driven entry stands for, read off the list page as this person sees it. */
async function resolve(page: Page, entry: SeenPage): Promise<string> {
  if (entry.path !== undefined) return entry.path;
  if (entry.from === undefined) throw new Error(`${entry.name}: give a path or where to find it`);
  const { list, follow, to } = entry.from;
  let found = list;
  for (const href of follow) found = await linkOn(page, found, href);
  return to === undefined ? found : to(found);
}

/** The first link on a page whose path (and query) matches; fetched with this browser's cookies. */
async function linkOn(page: Page, list: string, href: RegExp): Promise<string> {
  const response = await page.request.get(list);
  expect(response.status(), `${list} answers`).toBe(200);
  const html = await response.text();
  for (const match of html.matchAll(/href="([^"]+)"/g)) {
    const path = (match[1] ?? '').replaceAll('&amp;', '&');
    if (href.test(path)) return path;
  }
  throw new Error(`${list} has no link matching ${href}`);
}

/** Loads the page and returns what is wrong with it: its status, axe's findings, the layout checks. */
async function problemsOf(
  page: Page,
  entry: SeenPage,
  javaScriptEnabled: boolean,
): Promise<{ path: string; problems: string[] }> {
  const path = await resolve(page, entry);
  const response = await page.goto(path);
  const status = response?.status() ?? 0;
  const expected = entry.status ?? 200;
  if (status !== expected) return { path, problems: [`answers ${status}, not ${expected}`] };
  const problems: string[] = [];
  const axe = javaScriptEnabled ? expectNoA11yViolations : expectNoA11yViolationsWithoutScripts;
  await axe(page).catch((error: Error) =>
    problems.push((error.message.split('\n\n')[0] ?? '').replace(/\n/g, '\n  ')),
  );
  problems.push(...(await layoutProblems(page, { loggedIn: entry.who !== 'anonymous' })));
  return { path, problems };
}

interface Looking {
  who: Who;
  size: (typeof SIZES)[number];
  pages: SeenPage[];
  javaScriptEnabled: boolean;
}

/** Opens one browser context for the person at the size, logs in, and checks each page as a step. */
async function lookAtEvery(browser: Browser, baseURL: string | undefined, looking: Looking): Promise<void> {
  const { who, size, pages, javaScriptEnabled } = looking;
  const as = `${who === 'anonymous' ? 'logged out' : `as ${who}`} at ${size.label}${javaScriptEnabled ? '' : ' without JavaScript'}`;
  const context = await browser.newContext({
    baseURL,
    javaScriptEnabled,
    viewport: size.size,
    isMobile: size.phone,
    hasTouch: size.phone,
    // An address of its own, so the per-address log-in limit counts this browser alone.
    extraHTTPHeaders: { 'x-forwarded-for': `10.207.${randomInt(256)}.${randomInt(256)}` },
  });
  try {
    const page = await context.newPage();
    const email = PEOPLE[who];
    if (email !== null) await logIn(page, email);
    for (const entry of pages) {
      await test.step(entry.name, async () => {
        const { path, problems } = await problemsOf(page, entry, javaScriptEnabled);
        expect.soft(problems, `${entry.name} (${path}) ${as}:\n  ${problems.join('\n  ')}`).toEqual([]);
      });
    }
  } finally {
    await context.close();
  }
}

// One test per person and screen, in one browser context, so a page costs one load; each page is
// a step and a soft expectation, so one run names every page and every fault.
for (const size of SIZES) {
  for (const who of Object.keys(PEOPLE) as Who[]) {
    const pages = PAGES.filter((entry) => entry.who === who);
    const as = who === 'anonymous' ? 'logged out' : `as ${who}`;
    test(`every page ${as} at ${size.label}: no accessibility violations, and a layout that fits`, async ({
      browser,
      baseURL,
    }) => {
      test.setTimeout(PER_PAGE_MS * (pages.length + 1));
      await lookAtEvery(browser, baseURL, { who, size, pages, javaScriptEnabled: true });
    });
  }
}

/** Without JavaScript the phone's "Menu" must still lead to the navigation and log-in or log-out. */
const WITHOUT_JAVASCRIPT: SeenPage[] = [
  { who: 'anonymous', name: 'the home page', path: '/' },
  { who: 'anonymous', name: 'the list of places', path: '/steder' },
  { who: 'mette', name: 'Mine bookinger', path: '/mine-bookinger' },
];

const [PHONE_SIZE] = SIZES;
for (const who of ['anonymous', 'mette'] as const) {
  const pages = WITHOUT_JAVASCRIPT.filter((entry) => entry.who === who);
  const as = who === 'anonymous' ? 'logged out' : `as ${who}`;
  test(`without JavaScript, pages ${as} at 375 px keep the navigation within reach, with no accessibility violations`, async ({
    browser,
    baseURL,
  }) => {
    test.setTimeout(PER_PAGE_MS * (pages.length + 1));
    await lookAtEvery(browser, baseURL, { who, size: PHONE_SIZE, pages, javaScriptEnabled: false });
  });
}
