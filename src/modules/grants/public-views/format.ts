import type { Translator } from '#src/platform/i18n.ts';

/** An amount in øre as kroner: "1.500 kr." for whole kroner, "1.500,50 kr." otherwise. */
export function formatMoney(t: Translator, ore: number): string {
  return t.money(ore);
}

/** A local date (YYYY-MM-DD) written out, e.g. "3. december 2026". */
export function formatDate(t: Translator, date: string): string {
  const [year = 1970, month = 1, day = 1] = date.split('-').map(Number);
  // Noon UTC is the same calendar day in Copenhagen, summer or winter.
  return t.dateTime(Date.UTC(year, month - 1, day, 12), { dateStyle: 'long' });
}

/** Days with one decimal, e.g. "9,5 dage". */
export function formatDays(t: Translator, days: number): string {
  const rounded = Math.round(days * 10) / 10;
  return t.plural(rounded, 'grantsPublic.days.one', 'grantsPublic.days.other');
}
