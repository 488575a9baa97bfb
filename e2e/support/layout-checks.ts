import { expect, type Locator, type Page } from '@playwright/test';

/**
 * Checks of what a person sees on the page as it is now, at the size of the browser window: no
 * sideways scroll, form controls on the screen and beside their labels, nothing drawn over the
 * header, and the navigation with log-in or log-out within reach (on a phone: behind "Menu").
 * They read boxes and roles, not markup, so any header or form markup that looks right passes.
 *
 * Each check returns the problems it found, one sentence each; `expectGoodLayout` runs them all
 * and fails with the whole list, so one run tells what to fix on a page.
 */

/** The phone the issue was tried on, and a laptop. */
export const PHONE = { width: 375, height: 740 } as const;
export const DESKTOP = { width: 1280, height: 800 } as const;

/** Below this width DKFDS folds the header navigation into the "Menu" drawer. */
export const DRAWER_BELOW_PX = 992;

/**
 * How far (in CSS pixels) a label may be from its control, horizontally and vertically: about two
 * lines of text. The vertical allowance grows by the height of the control's hint and error
 * message (its aria-describedby), which sit between the label and the field. A checkbox drawn at
 * the top-left corner of the page, away from its label, is hundreds of pixels off.
 */
export const LABEL_GAP_PX = 48;

/** Rounding of sub-pixel layout: boxes may touch or stick out by this much without counting. */
const SLACK_PX = 1;

/** How long a tap on "Menu" may wait for the control to take it (Playwright retries meanwhile). */
const MENU_TAP_MS = 15_000;

/** The main destinations every page's navigation leads to, by path. */
export const MAIN_DESTINATIONS = ['/aktiviteter', '/steder', '/giv', '/puljer'] as const;

export interface NavigationExpectation {
  /** Logged in: "Log ud" must be reachable; logged out: "Log ind" and "Opret konto". */
  loggedIn: boolean;
}

/** (a) The page is no wider than the screen, so it never scrolls sideways. */
export async function sidewaysScrollProblems(page: Page): Promise<string[]> {
  return page.evaluate((slack) => {
    const root = document.documentElement;
    const screen = root.clientWidth;
    const width = Math.max(root.scrollWidth, document.body.scrollWidth);
    if (width <= screen + slack) return [];
    // The outermost elements that stick out on the right, to say where the width comes from.
    const culprits: string[] = [];
    for (const element of document.body.querySelectorAll('*')) {
      const right = element.getBoundingClientRect().right + window.scrollX;
      const parent = element.parentElement;
      const parentRight = parent === null ? 0 : parent.getBoundingClientRect().right + window.scrollX;
      if (right > screen + slack && (parent === document.body || parentRight <= screen + slack)) {
        const id = element.id === '' ? '' : `#${element.id}`;
        const classes = [...element.classList]
          .slice(0, 2)
          .map((name) => `.${name}`)
          .join('');
        culprits.push(`<${element.tagName.toLowerCase()}${id}${classes}> to ${Math.round(right)} px`);
      }
      if (culprits.length === 3) break;
    }
    const where = culprits.length === 0 ? '' : ` (wider: ${culprits.join(', ')})`;
    return [`the page is ${width} px wide on a ${screen} px screen, so it scrolls sideways${where}`];
  }, SLACK_PX);
}

/**
 * (b) Every visible form control (input except hidden, select, textarea, button) lies inside the
 * screen horizontally, and every control but a button is next to its label: its `<label>` (for=
 * or wrapping), else the element named by aria-labelledby, else – for a control labelled only by
 * its group – inside the fieldset its legend heads. Controls with no visible label (aria-label
 * only, or a visually hidden label) are left to axe.
 */
export async function formControlProblems(page: Page): Promise<string[]> {
  return page.evaluate(
    ({ gap, slack }) => {
      const screen = document.documentElement.clientWidth;
      const problems: string[] = [];
      const rendered = (element: Element, opacity: boolean): boolean =>
        element.checkVisibility({ visibilityProperty: true, opacityProperty: opacity }) &&
        element.getBoundingClientRect().width * element.getBoundingClientRect().height > 0;
      // A visually hidden label (the 1 px "sr-only" box) says nothing about where things are drawn.
      const seen = (element: Element): boolean => {
        const box = element.getBoundingClientRect();
        return rendered(element, true) && box.width > 2 && box.height > 2;
      };
      const text = (element: Element): string =>
        (element.textContent ?? '').replace(/\s+/g, ' ').trim().slice(0, 60);
      const nameOf = (control: HTMLElement, labels: Element[]): string => {
        const kind =
          control instanceof HTMLInputElement ? `${control.type} field` : control.tagName.toLowerCase();
        const name = labels.length > 0 ? text(labels[0] as Element) : '';
        const fallback =
          control.getAttribute('aria-label') ?? control.getAttribute('name') ?? text(control) ?? '';
        return `${kind} "${name === '' ? fallback : name}"`;
      };
      const distance = (a: DOMRect, b: DOMRect): { dx: number; dy: number } => ({
        dx: Math.max(0, a.left - b.right, b.left - a.right),
        dy: Math.max(0, a.top - b.bottom, b.top - a.bottom),
      });
      const byIds = (ids: string | null): Element[] =>
        (ids ?? '')
          .split(/\s+/)
          .filter((id) => id !== '')
          .map((id) => document.getElementById(id))
          .filter((element): element is HTMLElement => element !== null);

      // A wrapping label holds the control; measure from its words, not its whole box.
      const textBox = (label: Element): DOMRect => {
        const walker = document.createTreeWalker(label, NodeFilter.SHOW_TEXT);
        const range = document.createRange();
        for (let node = walker.nextNode(); node !== null; node = walker.nextNode()) {
          if ((node.textContent ?? '').trim() === '') continue;
          range.selectNodeContents(node);
          const rect = range.getBoundingClientRect();
          if (rect.width > 0) return rect;
        }
        return label.getBoundingClientRect();
      };
      const controls = document.querySelectorAll<HTMLElement>(
        'input:not([type="hidden"]), select, textarea, button',
      );
      for (const control of controls) {
        // An invisible checkbox (opacity 0 under its drawn box) still has a place on the page.
        if (!rendered(control, false)) continue;
        const box = control.getBoundingClientRect();
        const input = control as HTMLInputElement;
        const labels = [...(input.labels ?? [])];
        const name = nameOf(control, labels);
        if (box.left < -slack || box.right > screen + slack) {
          problems.push(
            `${name} lies outside the screen (x ${Math.round(box.left)}–${Math.round(box.right)} px, screen ${screen} px)`,
          );
        }
        const isButton =
          control instanceof HTMLButtonElement ||
          ['submit', 'reset', 'button', 'image'].includes(input.type ?? '');
        if (isButton) continue;

        const visibleLabels = (
          labels.length > 0 ? labels : byIds(control.getAttribute('aria-labelledby'))
        ).filter(seen);
        if (visibleLabels.length > 0) {
          const between = byIds(control.getAttribute('aria-describedby'))
            .filter((element) => rendered(element, true))
            .reduce((sum, element) => sum + element.getBoundingClientRect().height, 0);
          const nearest = visibleLabels
            .map((label) =>
              distance(label.contains(control) ? textBox(label) : label.getBoundingClientRect(), box),
            )
            .sort((a, b) => a.dx + a.dy - (b.dx + b.dy))[0];
          if (nearest !== undefined && (nearest.dx > gap || nearest.dy > gap + between)) {
            problems.push(
              `${name} is drawn away from its label (${Math.round(nearest.dx)} px across, ${Math.round(nearest.dy)} px down; at most ${gap} px, plus its hint and error text down)`,
            );
          }
          continue;
        }
        if (labels.length > 0) continue;
        const legend = control.closest('fieldset')?.querySelector(':scope > legend');
        if (legend !== null && legend !== undefined && seen(legend)) {
          const group = (control.closest('fieldset') as HTMLFieldSetElement).getBoundingClientRect();
          const { dx, dy } = distance(group, box);
          if (dx > 0 || dy > 0) {
            problems.push(`${name} is drawn outside its group "${text(legend)}"`);
          }
        }
      }
      return problems;
    },
    { gap: LABEL_GAP_PX, slack: SLACK_PX },
  );
}

/** The page's header: the `banner` landmark. */
function banner(page: Page): Locator {
  return page.getByRole('banner');
}

/**
 * (c) Nothing outside the header is drawn over it: no visible element outside the banner (and
 * not holding it) has a box that overlaps the banner's box, where its scrolling or clipping
 * ancestors let it show. The skip link before the header (shown only on focus) and an opened
 * dialog or drawer are allowed over it. Elements at opacity 0 count only when they are form
 * controls (they can still be clicked there).
 */
export async function headerOverlapProblems(page: Page): Promise<string[]> {
  const header = banner(page);
  const count = await header.count();
  if (count !== 1) return [`the page has ${count} banner landmarks (the header), not 1`];
  return header.evaluate((headerElement, slack) => {
    const headerBox = headerElement.getBoundingClientRect();
    const isControl = (element: Element): boolean =>
      element.matches('input:not([type="hidden"]), select, textarea, button');
    const clipped = (element: Element): DOMRect | null => {
      let box = element.getBoundingClientRect();
      for (let parent = element.parentElement; parent !== null; parent = parent.parentElement) {
        if (parent === document.body || parent === document.documentElement) break;
        const style = getComputedStyle(parent);
        if (style.overflowX === 'visible' && style.overflowY === 'visible') continue;
        const clip = parent.getBoundingClientRect();
        const left = Math.max(box.left, clip.left);
        const top = Math.max(box.top, clip.top);
        const right = Math.min(box.right, clip.right);
        const bottom = Math.min(box.bottom, clip.bottom);
        if (right <= left || bottom <= top) return null;
        box = new DOMRect(left, top, right - left, bottom - top);
      }
      return box;
    };
    const allowedOver = (element: Element): boolean => {
      const skipLink = element.closest('a[href^="#"]');
      if (
        skipLink !== null &&
        skipLink.compareDocumentPosition(headerElement) & Node.DOCUMENT_POSITION_FOLLOWING
      ) {
        return true;
      }
      return element.closest('dialog[open], [aria-modal="true"], [role="dialog"]') !== null;
    };
    const reported: Element[] = [];
    const problems: string[] = [];
    for (const element of document.body.querySelectorAll('*')) {
      if (headerElement.contains(element) || element.contains(headerElement)) continue;
      // Most of the page lies below the header: its own box rules it out before any style is read.
      const raw = element.getBoundingClientRect();
      if (raw.bottom <= headerBox.top + slack || raw.top >= headerBox.bottom - slack) continue;
      if (reported.some((outer) => outer.contains(element))) continue;
      if (!element.checkVisibility({ visibilityProperty: true, opacityProperty: !isControl(element) })) {
        continue;
      }
      if (allowedOver(element)) continue;
      const box = clipped(element);
      if (box === null || box.width <= slack || box.height <= slack) continue;
      const across = Math.min(box.right, headerBox.right) - Math.max(box.left, headerBox.left);
      const down = Math.min(box.bottom, headerBox.bottom) - Math.max(box.top, headerBox.top);
      if (across <= slack || down <= slack) continue;
      reported.push(element);
      const id = element.id === '' ? '' : `#${element.id}`;
      const classes = [...element.classList]
        .slice(0, 2)
        .map((name) => `.${name}`)
        .join('');
      const words = (element.textContent ?? '').replace(/\s+/g, ' ').trim().slice(0, 40);
      problems.push(
        `<${element.tagName.toLowerCase()}${id}${classes}>${words === '' ? '' : ` "${words}"`} is drawn over the header (${Math.round(across)}×${Math.round(down)} px)`,
      );
      if (problems.length === 5) break;
    }
    return problems;
  }, SLACK_PX);
}

/** The control that opens the navigation on a phone: a button or a link named "Menu", in the header. */
export function menuControl(page: Page): Locator {
  const header = banner(page);
  return header
    .getByRole('button', { name: 'Menu', exact: true })
    .or(header.getByRole('link', { name: 'Menu', exact: true }));
}

/** Where navigation may live: the header, a navigation landmark, or an opened drawer/dialog. */
function navigationArea(page: Page): Locator {
  return banner(page).or(page.getByRole('navigation')).or(page.getByRole('dialog'));
}

function visibleIn(area: Locator, target: Locator): Locator {
  return area.locator(target).filter({ visible: true }).first();
}

/** The header's log-in or log-out controls for this person, by their visible names. */
function accountControls(page: Page, expectation: NavigationExpectation): Array<[string, Locator]> {
  if (expectation.loggedIn) {
    return [
      [
        'the "Log ud" button',
        page
          .getByRole('button', { name: 'Log ud', exact: true })
          .or(page.getByRole('link', { name: 'Log ud', exact: true })),
      ],
    ];
  }
  return [
    ['the "Log ind" link', page.getByRole('link', { name: 'Log ind', exact: true })],
    ['the "Opret konto" link', page.getByRole('link', { name: 'Opret konto', exact: true })],
  ];
}

/**
 * (d) The navigation is within reach. On a wide screen the main navigation links and the log-in
 * or log-out controls are visible; on a phone a visible "Menu" control in the header shows them
 * once activated (a button opening the drawer, or, without JavaScript, a link to them). On a
 * phone this opens the menu and may follow a link, so run it after the other checks.
 */
export async function navigationProblems(page: Page, expectation: NavigationExpectation): Promise<string[]> {
  const width = page.viewportSize()?.width ?? DESKTOP.width;
  const problems: string[] = [];
  let how = `at ${width} px`;
  let opened = false;
  if (width < DRAWER_BELOW_PX) {
    const menu = menuControl(page).filter({ visible: true }).first();
    if ((await menu.count()) === 0) {
      return [
        `at ${width} px the header has no visible "Menu" button or link, so the navigation is out of reach`,
      ];
    }
    // Something drawn over it that takes the tap is a fault too; it is named, not waited out.
    const tapped = await menu.click({ timeout: MENU_TAP_MS }).then(
      () => null,
      (error: Error) =>
        error.message.split('\n').find((line) => line.includes('intercepts')) ?? error.message,
    );
    if (tapped !== null) {
      return [`at ${width} px the "Menu" control cannot be activated: ${tapped.trim()}`];
    }
    opened = true;
    how = `at ${width} px after activating "Menu"`;
  }
  const area = navigationArea(page);
  const wanted: Array<[string, Locator]> = [
    ...MAIN_DESTINATIONS.map((path): [string, Locator] => [
      `the navigation link to ${path}`,
      page.locator(`a[href="${path}"]`),
    ]),
    ...accountControls(page, expectation),
  ];
  // After "Menu" the first waits for the drawer (or the followed link's page); the rest are there or not.
  for (const [index, [what, target]] of wanted.entries()) {
    const found = visibleIn(area, target);
    const shown =
      opened && index === 0
        ? await expect(found)
            .toBeVisible()
            .then(
              () => true,
              () => false,
            )
        : await found.isVisible();
    if (!shown) problems.push(`${how}, ${what} is not visible`);
  }
  return problems;
}

/** All four checks on the page as it is now; the navigation check last, as it opens the menu. */
export async function layoutProblems(page: Page, expectation: NavigationExpectation): Promise<string[]> {
  return [
    ...(await sidewaysScrollProblems(page)),
    ...(await formControlProblems(page)),
    ...(await headerOverlapProblems(page)),
    ...(await navigationProblems(page, expectation)),
  ];
}

/** Fails with every layout problem of the page, one per line. */
export async function expectGoodLayout(page: Page, expectation: NavigationExpectation): Promise<void> {
  const problems = await layoutProblems(page, expectation);
  expect(problems, `Layout problems on ${page.url()}:\n  ${problems.join('\n  ')}`).toEqual([]);
}
