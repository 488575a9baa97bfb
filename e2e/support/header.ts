import { expect, type Locator } from '@playwright/test';
import { menuControl } from './layout-checks.ts';

/**
 * The header's links and buttons on any screen. On a laptop they are in view; on a phone they sit
 * in the drawer behind "Menu", which is opened first, as a person would. The specs run at both
 * widths (the "phone" project in playwright.config.ts) with the same steps.
 */

/** The visible copy of `target`, opening the phone menu when it is hidden behind it. Returns whether the menu was opened. */
async function reveal(target: Locator): Promise<{ shown: Locator; opened: boolean }> {
  const shown = target.filter({ visible: true }).first();
  if (await shown.isVisible()) return { shown, opened: false };
  const menu = menuControl(target.page()).filter({ visible: true }).first();
  let opened = false;
  if (await menu.isVisible()) {
    await menu.click();
    opened = true;
  }
  await expect(shown).toBeVisible();
  return { shown, opened };
}

/** Clicks a header link or button (opening the phone menu first when needed). */
export async function clickInHeader(target: Locator): Promise<void> {
  const { shown } = await reveal(target);
  await shown.click();
}

/**
 * Expects a header link or button to be within reach: visible, or visible once the phone menu is
 * open. A drawer opened for it is closed again, so the page behind it can be used: with Escape, as
 * DKFDS closes it, or else with its close control ("Luk …"), as without JavaScript.
 */
export async function expectInHeader(target: Locator): Promise<void> {
  const { shown, opened } = await reveal(target);
  if (!opened) return;
  const page = target.page();
  await page.keyboard.press('Escape');
  if (await shown.isVisible()) {
    const close = /^(Luk|Close)\b/;
    await page
      .getByRole('button', { name: close })
      .or(page.getByRole('link', { name: close }))
      .filter({ visible: true })
      .first()
      .click();
  }
  await expect(target.filter({ visible: true })).toHaveCount(0);
}
