/**
 * The one table of the site. On a wide screen a plain DKFDS table; below 768 px (DKFDS's
 * `table--responsive-headers`) each row becomes a card of "label: value" lines, so nothing
 * scrolls sideways on a phone. It stays a real table for screen readers: the roles are written
 * out, because some browsers drop table semantics once the CSS stops displaying it as a table,
 * and the column headings stay in the accessibility tree (styles in src/client/styles/tables.css).
 */
// biome-ignore-all lint/a11y/noRedundantRoles: the roles keep table semantics once the phone layout sets display:block (WebKit drops them otherwise).
import type { ComponentChildren } from 'preact';

export interface TableColumn<Row> {
  /** The column's heading; on a phone, the label before each value. */
  heading: string;
  /** Read by screen readers only (e.g. a column of buttons): no label on a phone either. */
  headingHidden?: boolean;
  /** The cell names its row (`<th scope="row">`); on a phone, the card's title. */
  rowHeader?: boolean;
  /** Numbers align right on a wide screen. */
  numeric?: boolean;
  cell: (row: Row) => ComponentChildren;
}

export interface DataTableProps<Row> {
  /** What the table holds; always in the markup, shown only when `captionHidden` is not set. */
  caption: string;
  captionHidden?: boolean;
  columns: ReadonlyArray<TableColumn<Row>>;
  rows: readonly Row[];
  rowKey: (row: Row, index: number) => string | number;
  compact?: boolean;
  zebra?: boolean;
  /** An extra class for the table (BEM block of the page, e.g. `app-chart__table`). */
  class?: string;
  id?: string;
}

function tableClass(options: { compact?: boolean; zebra?: boolean; extra?: string[] }): string {
  return [
    'table',
    'table--responsive-headers',
    'app-table',
    options.compact === true ? 'table--compact' : '',
    options.zebra === true ? 'table--zebra' : '',
    ...(options.extra ?? []),
  ]
    .filter((name) => name !== '')
    .join(' ');
}

function Caption({ text, hidden }: { text: string; hidden?: boolean }) {
  return <caption class={hidden === true ? 'sr-only' : undefined}>{text}</caption>;
}

function HeadingCell<Row>({ column }: { column: TableColumn<Row> }) {
  const classes = column.numeric === true ? 'align-text-right' : undefined;
  return (
    <th scope="col" role="columnheader" class={classes}>
      {column.headingHidden === true ? <span class="sr-only">{column.heading}</span> : column.heading}
    </th>
  );
}

function BodyCell<Row>({ column, row }: { column: TableColumn<Row>; row: Row }) {
  const numeric = column.numeric === true ? 'align-text-right' : undefined;
  if (column.rowHeader === true) {
    return (
      <th
        scope="row"
        role="rowheader"
        class={['app-table__row-title', numeric].filter(Boolean).join(' ')}
        // An empty title tells DKFDS's script not to label the card's own title with its heading.
        data-title=""
      >
        {column.cell(row)}
      </th>
    );
  }
  return (
    <td role="cell" class={numeric} data-title={column.headingHidden === true ? '' : column.heading}>
      {column.cell(row)}
    </td>
  );
}

/** A table of rows under column headings, e.g. "Mine bookinger". */
export function DataTable<Row>(props: DataTableProps<Row>) {
  return (
    <table
      class={tableClass({
        compact: props.compact,
        zebra: props.zebra,
        extra: props.class ? [props.class] : [],
      })}
      role="table"
      id={props.id}
    >
      <Caption text={props.caption} hidden={props.captionHidden} />
      <thead role="rowgroup">
        <tr role="row">
          {props.columns.map((column) => (
            <HeadingCell key={column.heading} column={column} />
          ))}
        </tr>
      </thead>
      <tbody role="rowgroup">
        {props.rows.map((row, index) => (
          <tr role="row" key={props.rowKey(row, index)}>
            {props.columns.map((column) => (
              <BodyCell key={column.heading} column={column} row={row} />
            ))}
          </tr>
        ))}
      </tbody>
    </table>
  );
}

/** One line of a facts table; `false`/`null` entries are left out, so callers can write conditions inline. */
export interface Fact {
  label: string;
  value: ComponentChildren;
}

/**
 * Facts about one thing, a heading per row (`<th scope="row">`) beside its value, e.g. a place's
 * address and capacity. On a phone the label stands above its value (DKFDS's structured list).
 */
export function FactsTable(props: {
  caption: string;
  captionHidden?: boolean;
  facts: ReadonlyArray<Fact | null | false>;
  compact?: boolean;
  /** The values are amounts: aligned right on a wide screen. */
  numeric?: boolean;
  class?: string;
}) {
  const facts = props.facts.filter((fact): fact is Fact => fact !== null && fact !== false);
  return (
    <table
      class={tableClass({
        compact: props.compact,
        extra: ['structured-list', 'app-table--facts', ...(props.class ? [props.class] : [])],
      })}
      role="table"
    >
      <Caption text={props.caption} hidden={props.captionHidden} />
      <tbody role="rowgroup">
        {facts.map((fact) => (
          <tr role="row" key={fact.label}>
            <th scope="row" role="rowheader">
              {fact.label}
            </th>
            <td role="cell" class={props.numeric === true ? 'align-text-right' : undefined}>
              {fact.value}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
