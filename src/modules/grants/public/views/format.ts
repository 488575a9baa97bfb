import { formatDate as formatLocalDate } from '#src/platform/dates/format.ts';
import type { Translator } from '#src/platform/i18n.ts';

/** An amount in øre as kroner: "1.500 kr." for whole kroner, "1.500,50 kr." otherwise. */
export function formatMoney(t: Translator, ore: number): string {
  return t.money(ore);
}

/** A local date (YYYY-MM-DD) written out, e.g. "3. december 2026". */
export function formatDate(t: Translator, date: string): string {
  return formatLocalDate(t.locale, date);
}

/** Days with one decimal, e.g. "9,5 dage". */
export function formatDays(t: Translator, days: number): string {
  const rounded = Math.round(days * 10) / 10;
  return t.plural(rounded, 'grantsPublic.days.one', 'grantsPublic.days.other');
}
