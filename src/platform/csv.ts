/**
 * CSV as RFC 4180 describes it: comma-separated, CRLF line ends, a field quoted when it holds a
 * comma, a quote or a line break, and quotes inside doubled. Twenty lines do not earn a dependency.
 */
export type CsvCell = string | number | null;

// A spreadsheet runs a cell that starts like a formula; an apostrophe in front makes it text
// (OWASP's advice on CSV injection). Numbers are written as numbers and need no guard.
const FORMULA_START = /^[=+\-@\t\r]/;

export function csvField(cell: CsvCell): string {
  if (cell === null) return '';
  if (typeof cell === 'number') return Number.isFinite(cell) ? String(cell) : '';
  const text = FORMULA_START.test(cell) ? `'${cell}` : cell;
  return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

/**
 * A whole CSV document: a header row, then the rows, each line ended by CRLF. It starts with a
 * byte-order mark so that spreadsheet programs read æ, ø and å as UTF-8.
 */
export function csvDocument(header: readonly string[], rows: ReadonlyArray<readonly CsvCell[]>): string {
  const lines = [header, ...rows].map((row) => `${row.map(csvField).join(',')}\r\n`);
  return `\uFEFF${lines.join('')}`;
}
