/**
 * Charts drawn on the server as SVG, so they show without JavaScript, and each with a table of the
 * same numbers beside it: the table is the primary way to read them (screen readers, copying,
 * printing); the picture shows the proportions at a glance. Only SVG presentation attributes are
 * used – the content security policy forbids inline styles.
 */
import type { ComponentChildren } from 'preact';
import { DataTable } from '#src/platform/views/table.tsx';

/** A column of numbers: its heading and how to write a number in it. */
export interface ChartColumn {
  heading: string;
  format: (value: number) => string;
}

export interface BarChartRow {
  label: string;
  value: number;
  /** Further numbers, shown only in the table, one per `extraColumns` entry. */
  extra?: readonly number[];
}

interface ChartFrame {
  /** Unique on the page; the ids of the heading, title and description derive from it. */
  id: string;
  title: string;
  /** One sentence under the heading: what is counted, and from when. */
  caption?: string;
  headingLevel?: 2 | 3;
  /** Heading of the table's first column (what each row is). */
  labelHeading: string;
}

export interface BarChartProps extends ChartFrame {
  value: ChartColumn;
  extraColumns?: readonly ChartColumn[];
  rows: readonly BarChartRow[];
  /** Shown instead of chart and table when there are no rows. */
  emptyText: string;
}

const WIDTH = 480;
const ROW_HEIGHT = 40;
const LABEL_SIZE = 13;
const BAR_HEIGHT = 14;
const VALUE_ROOM = 120;
const BLUE = '#004993';
const INK = '#1a1a1a';
const ORANGE = '#a0430b';

function barLength(value: number, max: number, room: number): number {
  if (max <= 0 || value <= 0) return 0;
  // A sliver stays visible for a small non-zero value.
  return Math.max(2, Math.round((value / max) * room));
}

function ChartSection(props: ChartFrame & { children: ComponentChildren }) {
  const Heading = props.headingLevel === 2 ? 'h2' : 'h3';
  return (
    <section class="app-chart" aria-labelledby={`${props.id}-heading`} id={props.id}>
      <Heading id={`${props.id}-heading`}>{props.title}</Heading>
      {props.caption !== undefined && <p class="app-chart__caption">{props.caption}</p>}
      {props.children}
    </section>
  );
}

function Svg(props: {
  id: string;
  title: string;
  summary: string;
  height: number;
  children: ComponentChildren;
}) {
  return (
    <svg
      class="app-chart__svg"
      role="img"
      aria-labelledby={`${props.id}-svg-title`}
      aria-describedby={`${props.id}-svg-desc`}
      viewBox={`0 0 ${WIDTH} ${props.height}`}
      width="100%"
      preserveAspectRatio="xMinYMin meet"
      xmlns="http://www.w3.org/2000/svg"
    >
      <title id={`${props.id}-svg-title`}>{props.title}</title>
      <desc id={`${props.id}-svg-desc`}>{props.summary}</desc>
      {props.children}
    </svg>
  );
}

function summaryOf(
  rows: ReadonlyArray<{ label: string; value: number }>,
  format: (value: number) => string,
): string {
  return rows.map((row) => `${row.label}: ${format(row.value)}`).join('; ');
}

/** Horizontal bars, the label above each bar and the value after it, with the data table beside. */
export function BarChart(props: BarChartProps) {
  const { rows, value } = props;
  const extra = props.extraColumns ?? [];
  if (rows.length === 0) {
    return (
      <ChartSection {...props}>
        <p>{props.emptyText}</p>
      </ChartSection>
    );
  }
  const max = Math.max(...rows.map((row) => row.value));
  const room = WIDTH - VALUE_ROOM;
  return (
    <ChartSection {...props}>
      <div class="row">
        <div class="col-12 col-lg-6">
          <Svg
            id={props.id}
            title={props.title}
            summary={summaryOf(rows, value.format)}
            height={rows.length * ROW_HEIGHT + 4}
          >
            {rows.map((row, index) => {
              const top = index * ROW_HEIGHT + 4;
              const length = barLength(row.value, max, room);
              return (
                <g key={row.label}>
                  <text x={0} y={top + LABEL_SIZE} font-size={LABEL_SIZE} fill={INK}>
                    {row.label}
                  </text>
                  <rect x={0} y={top + 18} width={length} height={BAR_HEIGHT} fill={BLUE} />
                  <text x={length + 6} y={top + 18 + BAR_HEIGHT - 2} font-size={LABEL_SIZE} fill={INK}>
                    {value.format(row.value)}
                  </text>
                </g>
              );
            })}
          </Svg>
        </div>
        <div class="col-12 col-lg-6">
          <DataTable
            caption={props.title}
            captionHidden
            compact
            class="app-chart__table"
            rows={rows}
            rowKey={(row) => row.label}
            columns={[
              { heading: props.labelHeading, rowHeader: true, cell: (row) => row.label },
              { heading: value.heading, numeric: true, cell: (row) => value.format(row.value) },
              ...extra.map((column, index) => ({
                heading: column.heading,
                numeric: true,
                cell: (row: BarChartRow) => column.format(row.extra?.[index] ?? 0),
              })),
            ]}
          />
        </div>
      </div>
    </ChartSection>
  );
}

export interface TargetChartProps extends ChartFrame {
  value: ChartColumn;
  /** The measures drawn as bars (e.g. median and 90th percentile); null values are left out. */
  rows: ReadonlyArray<{ label: string; value: number | null }>;
  /** The line the bars are measured against. */
  target: { label: string; value: number };
  /** Facts shown only in the table, after the measures (e.g. how many decisions). */
  notes?: ReadonlyArray<{ label: string; text: string }>;
  /** Shown instead of the chart when no measure has a value; the notes table still shows. */
  emptyText: string;
  /** Written in the table for a measure without a value. */
  missingText: string;
}

/** Bars measured against a target line, e.g. days to a decision against the promised days. */
export function TargetChart(props: TargetChartProps) {
  const measured = props.rows.flatMap((row) =>
    row.value === null ? [] : [{ label: row.label, value: row.value }],
  );
  const { value, target } = props;
  const scale = Math.max(target.value, ...measured.map((row) => row.value)) * 1.15;
  const room = WIDTH - VALUE_ROOM;
  const targetX = Math.round((target.value / scale) * room);
  const height = measured.length * ROW_HEIGHT + 28;
  const targetText = `${target.label}: ${value.format(target.value)}`;
  return (
    <ChartSection {...props}>
      <div class="row">
        <div class="col-12 col-lg-6">
          {measured.length === 0 ? (
            <p>{props.emptyText}</p>
          ) : (
            <Svg
              id={props.id}
              title={props.title}
              summary={`${summaryOf(measured, value.format)}; ${targetText}`}
              height={height}
            >
              <text
                x={targetX}
                y={LABEL_SIZE}
                font-size={LABEL_SIZE}
                fill={ORANGE}
                text-anchor={targetX > WIDTH / 2 ? 'end' : 'start'}
              >
                {targetText}
              </text>
              {measured.map((row, index) => {
                const top = index * ROW_HEIGHT + 24;
                const length = barLength(row.value, scale, room);
                return (
                  <g key={row.label}>
                    <text x={0} y={top + LABEL_SIZE} font-size={LABEL_SIZE} fill={INK}>
                      {row.label}
                    </text>
                    <rect x={0} y={top + 18} width={length} height={BAR_HEIGHT} fill={BLUE} />
                    <text x={length + 6} y={top + 18 + BAR_HEIGHT - 2} font-size={LABEL_SIZE} fill={INK}>
                      {value.format(row.value)}
                    </text>
                  </g>
                );
              })}
              <line
                x1={targetX}
                x2={targetX}
                y1={18}
                y2={height}
                stroke={ORANGE}
                stroke-width={2}
                stroke-dasharray="5 3"
              />
            </Svg>
          )}
        </div>
        <div class="col-12 col-lg-6">
          <DataTable
            caption={props.title}
            captionHidden
            compact
            class="app-chart__table"
            rows={[
              ...props.rows.map((row) => ({
                label: row.label,
                text: row.value === null ? props.missingText : value.format(row.value),
              })),
              { label: target.label, text: value.format(target.value) },
              ...(props.notes ?? []),
            ]}
            rowKey={(row) => row.label}
            columns={[
              { heading: props.labelHeading, rowHeader: true, cell: (row) => row.label },
              { heading: value.heading, numeric: true, cell: (row) => row.text },
            ]}
          />
        </div>
      </div>
    </ChartSection>
  );
}
