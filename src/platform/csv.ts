import { localParts } from '#src/platform/local-time.ts';

/**
 * CSV in two forms, both labelled where they are offered:
 * - `rfc4180`: as RFC 4180 describes it – comma-separated, CRLF line ends, a field quoted when it
 *   holds a comma, a quote or a line break, quotes inside doubled; times in UTC (ISO 8601, "Z").
 * - `excel-da`: what Excel with Danish settings opens straight into columns – semicolon-separated,
 *   decimal comma, times as Copenhagen wall-clock time with the zone named in the header.
 * Both start with a byte-order mark so spreadsheet programs read æ, ø and å as UTF-8.
 */
export type CsvDialect = 'rfc4180' | 'excel-da';

export const CSV_DIALECTS: readonly CsvDialect[] = ['rfc4180', 'excel-da'];

/** An instant (epoch ms): written in UTC or in local time, as the dialect says. */
export interface CsvInstant {
  readonly at: number;
}
export type CsvCell = string | number | null | CsvInstant;

/** A column holding instants: its header names the zone in the Danish Excel form. */
export interface CsvTimeColumn {
  readonly time: string;
}
export type CsvHeader = string | CsvTimeColumn;

const TIME_ZONE_NAME = 'Europe/Copenhagen';

// A spreadsheet runs a cell that starts like a formula; an apostrophe in front makes it text
// (OWASP's advice on CSV injection). Numbers are written as numbers and need no guard.
const FORMULA_START = /^[=+\-@\t\r]/;

function separatorOf(dialect: CsvDialect): string {
  return dialect === 'excel-da' ? ';' : ',';
}

function instantText(at: number, dialect: CsvDialect): string {
  if (!Number.isFinite(at)) return '';
  if (dialect === 'rfc4180') return new Date(at).toISOString();
  const local = localParts(at);
  const hours = String(Math.floor(local.minute / 60)).padStart(2, '0');
  const minutes = String(local.minute % 60).padStart(2, '0');
  return `${local.date} ${hours}:${minutes}`;
}

export function csvField(cell: CsvCell, dialect: CsvDialect = 'rfc4180'): string {
  if (cell === null) return '';
  if (typeof cell === 'number') {
    if (!Number.isFinite(cell)) return '';
    return dialect === 'excel-da' ? String(cell).replace('.', ',') : String(cell);
  }
  if (typeof cell === 'object') return instantText(cell.at, dialect);
  const text = FORMULA_START.test(cell) ? `'${cell}` : cell;
  const needsQuotes = text.includes(separatorOf(dialect)) || /[",\r\n]/.test(text);
  return needsQuotes ? `"${text.replaceAll('"', '""')}"` : text;
}

function headerText(column: CsvHeader, dialect: CsvDialect): string {
  if (typeof column === 'string') return column;
  return dialect === 'excel-da' ? `${column.time} (${TIME_ZONE_NAME})` : column.time;
}

/** A whole CSV document: a header row, then the rows, each line ended by CRLF. */
export function csvDocument(
  header: readonly CsvHeader[],
  rows: ReadonlyArray<readonly CsvCell[]>,
  dialect: CsvDialect = 'rfc4180',
): string {
  const separator = separatorOf(dialect);
  const head = header.map((column) => csvField(headerText(column, dialect), dialect)).join(separator);
  const lines = rows.map((row) => `${row.map((cell) => csvField(cell, dialect)).join(separator)}\r\n`);
  return `\uFEFF${head}\r\n${lines.join('')}`;
}

/** The dialect a request asks for with `?format=excel`; the RFC 4180 form otherwise. */
export function csvDialectOf(format: string | undefined): CsvDialect {
  return format === 'excel' ? 'excel-da' : 'rfc4180';
}

/** The file name of an export in the given form: `aktiviteter.csv` or `aktiviteter-excel.csv`. */
export function csvFilename(stem: string, dialect: CsvDialect): string {
  return dialect === 'excel-da' ? `${stem}-excel.csv` : `${stem}.csv`;
}

export const CSV_TYPE = 'text/csv; charset=utf-8; header=present';
