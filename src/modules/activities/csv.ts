/**
 * CSV (RFC 4180) for spreadsheets. Every cell is quoted, and a cell that a spreadsheet would read
 * as a formula (starting with =, +, -, @, tab or carriage return) gets a leading apostrophe, so a
 * participant named "=HYPERLINK(…)" stays text when the organiser opens the file.
 */
const FORMULA_START = /^[=+\-@\t\r]/;

export function csvCell(value: string | number | null): string {
  const text = value === null ? '' : String(value);
  const safe = typeof value === 'string' && FORMULA_START.test(text) ? `'${text}` : text;
  return `"${safe.replace(/"/g, '""')}"`;
}

export function csvTable(
  header: readonly string[],
  rows: ReadonlyArray<ReadonlyArray<string | number | null>>,
): string {
  // A byte-order mark so that spreadsheet programs read æ, ø and å as UTF-8.
  return `\uFEFF${[header, ...rows].map((row) => row.map(csvCell).join(',')).join('\r\n')}\r\n`;
}
