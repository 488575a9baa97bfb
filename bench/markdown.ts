// A run as Markdown: printed at the end of `npm run bench` and written to bench/results/.

import { SLOW_REQUEST_MS } from './measure.ts';
import type { BenchRecord, RowAtConnections, RowResult, SizeResult } from './results-model.ts';
import { describeTarget, MAX_GROWTH } from './targets.ts';

const UNEXPECTED_MARK = '⚠';

function table(header: string[], rows: string[][]): string {
  const line = (cells: string[]): string =>
    `| ${cells.map((cell) => cell.replaceAll('|', '\\|')).join(' | ')} |`;
  return [line(header), line(header.map(() => '---')), ...rows.map(line)].join('\n');
}

function percent(share: number): string {
  return `${(share * 100).toFixed(1)} %`;
}

function verdictCell(row: RowAtConnections): string {
  if (row.verdict.met === null) return '—';
  return row.verdict.met ? 'met' : `**missed**: ${row.verdict.shortfalls.join('; ')}`;
}

function statusesCell(row: RowAtConnections): string {
  const unexpected = Object.entries(row.measurement.unexpected);
  if (unexpected.length === 0) return row.measurement.non2xx.toString();
  return `${row.measurement.non2xx} ${UNEXPECTED_MARK} ${unexpected.map(([status, count]) => `${count}×${status}`).join(', ')}`;
}

function routeCell(row: RowResult, at: RowAtConnections): string {
  const marked = Object.keys(at.measurement.unexpected).length > 0 ? `${UNEXPECTED_MARK} ` : '';
  const crashed = row.serverExited === undefined ? '' : ` (**server died: ${row.serverExited}**)`;
  return `${marked}${row.name}${crashed}`;
}

function sizeTable(size: SizeResult, connections: number): string {
  const key = String(connections);
  const rows = size.rows.flatMap((row) => {
    const at = row.at[key];
    if (at === undefined) return [];
    const m = at.measurement;
    return [
      [
        routeCell(row, at),
        m.loadTested
          ? Math.round(m.requestsPerSecond).toString()
          : `≈ ${m.requestsPerSecond.toFixed(1)} (1 request)`,
        m.p50.toFixed(1),
        m.p99.toFixed(1),
        percent(at.share),
        statusesCell(at),
        m.errors.toString(),
        verdictCell(at),
      ],
    ];
  });
  const hello = size.baseline[key];
  const heading = `### ${size.size.label}, ${connections} connections (hello-world ${Math.round(hello?.requestsPerSecond ?? 0)} req/s, p50 ${hello?.p50 ?? '?'} ms)`;
  return `${heading}\n\n${table(['route', 'req/s', 'p50 ms', 'p99 ms', 'share of hello-world', 'non-2xx', 'errors', 'target'], rows)}`;
}

function sizeSection(record: BenchRecord, size: SizeResult): string {
  const contention = `Booking creation under contention: ${size.contendedCreated} booking(s) created, ${size.overlaps} overlapping live bookings at the contended place after the run${size.overlaps === 0 ? '' : ' — **OVERLAP**'}.`;
  return [
    `## ${size.size.label}: ${size.description}`,
    `Seeded in ${size.seedSeconds.toFixed(1)} s (bench data only, one transaction per group, after the demo seed).`,
    ...record.connections.map((connections) => sizeTable(size, connections)),
    contention,
  ].join('\n\n');
}

function growthSection(record: BenchRecord): string {
  if (record.growth.length === 0) return '';
  const [first, last] = [record.sizes[0], record.sizes[record.sizes.length - 1]];
  const rows = record.growth.map((row) => {
    const cells = record.connections.map((connections) => row.at[String(connections)]);
    const met = cells.every((cell) => cell?.met === true);
    const shown = cells.map((cell) =>
      cell === undefined ? '' : `${cell.ratio.toFixed(2)}× (${cell.before} → ${cell.after} ms)`,
    );
    return [row.name, ...shown, met ? 'met' : '**missed**'];
  });
  return [
    `## Growth: p50 at ${last?.size.label} / p50 at ${first?.size.label} (target ≤ ${MAX_GROWTH}×, or within the 1 ms resolution)`,
    table(['route', ...record.connections.map((c) => `${c} connections`), 'target'], rows),
  ].join('\n\n');
}

function memorySection(record: BenchRecord): string {
  const memory = record.memory;
  if (memory === null) return '';
  const met = memory.peakMb < 400 && memory.afterMb <= memory.idleMb * 1.25;
  return [
    `## Memory (${memory.loadSeconds} s of mixed public GETs at ${memory.connections} connections, on the ${record.sizes[0]?.size.label} data, routes that could be put under load)`,
    `Server RSS: idle before ${memory.idleMb} MB, peak during ${memory.peakMb} MB (sampled every 500 ms), after ${memory.settleSeconds} s settling ${memory.afterMb} MB; ${memory.requests.toLocaleString('en')} requests. Target: peak < 400 MB and after within 25 % of idle — ${met ? 'met' : '**missed**'}.`,
  ].join('\n\n');
}

/** The rows farthest below target: share of hello-world over the share required (smallest first). */
export function worstRows(record: BenchRecord, count: number): string[] {
  const scored = record.sizes.flatMap((size) =>
    size.rows.flatMap((row) =>
      Object.entries(row.at)
        .filter(([, at]) => at.verdict.met === false)
        .map(([connections, at]) => ({
          text: `${size.size.label} @${connections}: ${row.name} — ${at.verdict.shortfalls.join('; ')}`,
          score: at.share,
        })),
    ),
  );
  return scored
    .sort((a, b) => a.score - b.score)
    .slice(0, count)
    .map((entry) => entry.text);
}

function header(record: BenchRecord): string {
  const m = record.machine;
  const mode =
    record.mode === 'full'
      ? ''
      : ` — **${record.mode} run**${record.only === null ? '' : ` (BENCH_ONLY=${record.only})`}`;
  return [
    `# Byliv benchmark, ${record.date}${mode}`,
    [
      `Machine: ${m.cpu}, ${m.cores} cores, ${m.ramGb} GB RAM (${m.platform}, ${m.hostname}). Node ${record.node}. Commit ${record.commit}.`,
      `Connections: ${record.connections.join(' and ')}. Per route: ${record.warmUpSeconds} s warm-up, then ${record.measureSeconds} s at each connection count — short runs, so expect a few % of noise.`,
      'Shares are of the Fastify hello-world measured in the same run at the same connection count. SQLite, the built server with the flags bin/byliv.mjs gives it.',
      `A route slower than ${SLOW_REQUEST_MS} ms for one request is not put under load (it would queue minutes of work and spoil the next rows): its row shows that request's time and the req/s it implies.`,
      `Targets: public read pages ${describeTarget('read')}; searches ${describeTarget('search')}; booking creation ${describeTarget('contention')}. ${UNEXPECTED_MARK} marks a row that answered statuses it should not (not 2xx, nor its expected 304/409).`,
      `Whole run: ${(record.runSeconds / 60).toFixed(1)} min. Load average (1 min) at start ${record.loadAverage.start.toFixed(2)}, at end ${record.loadAverage.end.toFixed(2)} on ${m.cores} cores: above ~1 other work shared the machine and the figures are low.`,
    ].join('\n'),
  ].join('\n\n');
}

export function recordToMarkdown(record: BenchRecord): string {
  const worst = worstRows(record, 10);
  const worstSection =
    worst.length === 0
      ? ''
      : `## The 10 rows farthest below target\n\n${worst.map((line) => `- ${line}`).join('\n')}`;
  return `${[
    header(record),
    ...record.sizes.map((size) => sizeSection(record, size)),
    growthSection(record),
    memorySection(record),
    worstSection,
  ]
    .filter((section) => section !== '')
    .join('\n\n')}\n`;
}

/** One line per route over every size and connection count, for the README. */
export function summaryTable(record: BenchRecord): string {
  const columns = record.sizes.flatMap((size) => record.connections.map((c) => ({ size, key: String(c) })));
  const names = record.sizes[0]?.rows.map((row) => row.name) ?? [];
  const growth = new Map(record.growth.map((row) => [row.name, Object.values(row.at)]));
  const rows = names.map((name, index) => {
    const cells = columns.map(({ size, key }) => {
      const at = size.rows[index]?.at[key];
      if (at === undefined) return '';
      const mark = at.verdict.met === false ? ' ✗' : '';
      return `${percent(at.share)} / ${at.measurement.p99.toFixed(0)} ms${mark}`;
    });
    const grown = growth.get(name) ?? [];
    const worst = Math.max(...grown.map((cell) => cell.ratio));
    const missed = grown.some((cell) => !cell.met) ? ' ✗' : '';
    return [name, ...cells, grown.length === 0 ? '' : `${worst.toFixed(2)}×${missed}`];
  });
  const heads = columns.map(({ size, key }) => `${size.size.label} @${key}`);
  return table(['route (share of hello-world / p99)', ...heads, 'p50 growth'], rows);
}
