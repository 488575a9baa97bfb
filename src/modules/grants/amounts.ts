import { MAX_AMOUNT_ORE } from '#src/modules/grants/limits.ts';
import type { FieldError } from '#src/platform/errors.ts';
import type { Translator } from '#src/platform/i18n.ts';

/**
 * Money as people type it in Danish ("1.500", "1500,50", "1 500 kr.") and as the system keeps it:
 * whole øre in integers, so sums never drift. The largest amount accepted is `MAX_AMOUNT_ORE`.
 */
export type AmountResult = { ok: true; ore: number } | { ok: false; error: FieldError };

/** Strips "kr", "kr.", "DKK" and the spaces people use between thousands. */
function stripDecoration(raw: string): string {
  return raw
    .trim()
    .replace(/^(dkk|kr\.?)\s*/i, '')
    .replace(/\s*(dkk|kr\.?|,-|\.-)$/i, '')
    .replace(/[\s\u00a0\u202f]/g, '');
}

/**
 * Reads a Danish amount in kroner. The comma is the decimal mark; a dot groups thousands
 * ("1.500" is fifteen hundred). A lone dot followed by one or two digits ("12.5") is read as
 * decimals, since nobody groups thousands that way. At most two decimals.
 */
export function parseDkk(raw: string): AmountResult {
  const text = stripDecoration(raw);
  if (text === '') return { ok: false, error: { key: 'grants.amount.required' } };
  if (/^[-−–]/.test(text)) return { ok: false, error: { key: 'grants.amount.negative' } };
  let normalised: string | null = null;
  if (/^\d{1,3}(\.\d{3})+(,\d{1,2})?$/.test(text)) normalised = text.replace(/\./g, '').replace(',', '.');
  else if (/^\d+(,\d{1,2})?$/.test(text)) normalised = text.replace(',', '.');
  else if (/^\d+\.\d{1,2}$/.test(text)) normalised = text;
  if (normalised === null) return { ok: false, error: { key: 'grants.amount.notANumber' } };
  const [whole = '0', fraction = ''] = normalised.split('.');
  const ore = Number(whole) * 100 + Number(fraction.padEnd(2, '0'));
  if (!Number.isSafeInteger(ore) || ore > MAX_AMOUNT_ORE) {
    return { ok: false, error: { key: 'grants.amount.tooLarge' } };
  }
  return { ok: true, ore };
}

/** The same rules for an amount that must be above zero. */
export function parsePositiveDkk(raw: string): AmountResult {
  const result = parseDkk(raw);
  if (result.ok && result.ore === 0) return { ok: false, error: { key: 'grants.amount.zero' } };
  return result;
}

/** For the API's readable companion field: "1500.00". */
export function oreToDkkString(ore: number): string {
  const sign = ore < 0 ? '-' : '';
  const abs = Math.abs(ore);
  return `${sign}${Math.floor(abs / 100)}.${String(abs % 100).padStart(2, '0')}`;
}

/** For a form field: "1500" or "1500,50", which parseDkk reads back. */
export function oreToInput(ore: number): string {
  return ore % 100 === 0 ? String(ore / 100) : oreToDkkString(ore).replace('.', ',');
}

/** For people: "1.500 kr." for whole kroner, "1.500,50 kr." otherwise, in the reader's language. */
export function formatDkk(t: Translator, ore: number): string {
  return t.money(ore);
}

/** An amount as a message parameter, written in the reader's language by a `{name:money}` placeholder. */
export function amountParam(ore: number): number {
  return ore;
}
