// `npm run bench`: Byliv's built server at two data sizes and two connection counts, against a
// Fastify hello-world measured in the same run; then a mixed load for memory; then a record.
//   BENCH_QUICK=1        today's data size only, 10 connections, no memory run (a fast check)
//   BENCH_ONLY=<text>    only the scenarios whose name contains <text> (case-insensitive)
import type { ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadConfig } from '#src/config.ts';
import { openDatabase } from '#src/db/database.ts';
import { countContendedWins, countOverlaps } from './bookings.ts';
import { recordToMarkdown } from './markdown.ts';
import { type Durations, type Measurement, measureAtEach } from './measure.ts';
import { type MemoryResult, mixedLoadMemory } from './memory.ts';
import { gitCommit, machine, writeRecord } from './record.ts';
import type { BenchRecord, GrowthRow, RowResult, SizeResult } from './results-model.ts';
import type { Scenario } from './scenarios.ts';
import { type SeededSize, seedDemo, seedSize, sizeDir } from './seed.ts';
import {
  BUILT_SERVER,
  bylivEnv,
  freePort,
  startProcess,
  stopAllProcesses,
  stopProcess,
  waitUntilAnswering,
} from './server.ts';
import { describeSize, SIZES } from './sizes.ts';
import { growthMet, verdictFor } from './targets.ts';

const QUICK = process.env.BENCH_QUICK === '1';
const ONLY = process.env.BENCH_ONLY?.trim() || null;
const CONNECTIONS = QUICK ? [10] : [10, 50];
const DURATIONS: Durations = { warmUpSeconds: 1, measureSeconds: 2 };
const MEMORY = { connections: 50, loadSeconds: 60, settleSeconds: 10 };
const HELLO: Scenario = { name: 'hello world (Fastify)', path: '/', target: 'none' };

function say(line: string): void {
  process.stdout.write(`${line}\n`);
}

function selected(scenarios: Scenario[]): Scenario[] {
  if (ONLY === null) return scenarios;
  const needle = ONLY.toLowerCase();
  return scenarios.filter((scenario) => scenario.name.toLowerCase().includes(needle));
}

function warnUnexpected(scenario: Scenario, connections: number, row: Measurement): void {
  const unexpected = Object.entries(row.unexpected);
  if (unexpected.length === 0) return;
  const statuses = unexpected.map(([status, count]) => `${count}× ${status}`).join(', ');
  say(
    `\n  !!! WARNING: ${scenario.name} (${scenario.path}) at ${connections} connections answered ${statuses}.`,
  );
  say('  !!! Its figures do not measure the page; the row is marked ⚠ in the table.\n');
}

async function measureBaseline(
  helloBase: string,
  helloPid: number | undefined,
): Promise<Record<string, Measurement>> {
  const byConnections = await measureAtEach(helloBase, HELLO, CONNECTIONS, DURATIONS, helloPid);
  const baseline: Record<string, Measurement> = {};
  for (const [connections, row] of byConnections) {
    baseline[String(connections)] = row;
    say(`  hello-world at ${connections} connections: ${Math.round(row.requestsPerSecond)} req/s`);
  }
  return baseline;
}

async function measureScenario(
  base: string,
  scenario: Scenario,
  baseline: Record<string, Measurement>,
  serverPid: number | undefined,
): Promise<RowResult> {
  const byConnections = await measureAtEach(base, scenario, CONNECTIONS, DURATIONS, serverPid);
  const row: RowResult = { name: scenario.name, path: scenario.path, target: scenario.target, at: {} };
  const figures: string[] = [];
  for (const [connections, measurement] of byConnections) {
    const share = measurement.requestsPerSecond / (baseline[String(connections)]?.requestsPerSecond ?? 1);
    row.at[String(connections)] = {
      measurement,
      share,
      verdict: verdictFor(scenario.target, measurement, share),
    };
    figures.push(
      measurement.loadTested
        ? `@${connections} ${Math.round(measurement.requestsPerSecond)} req/s p99 ${measurement.p99} ms`
        : `one request ${measurement.p50} ms, too slow to load`,
    );
    warnUnexpected(scenario, connections, measurement);
  }
  say(`  ${scenario.name}: ${figures.join(', ')}`);
  return row;
}

/** Counts overlaps at the contended place now the load is over, and settles the contention rows' verdicts. */
async function checkContention(seeded: SeededSize, rows: RowResult[], since: number) {
  const db = openDatabase(loadConfig(bylivEnv(seeded.dataDir, 0)).database);
  try {
    const overlaps = await countOverlaps(db, seeded.bookings.contendedPlaceId);
    const created = await countContendedWins(db, seeded.bookings.contendedPlaceId, since);
    for (const row of rows.filter((candidate) => candidate.target === 'contention'))
      for (const at of Object.values(row.at))
        at.verdict = verdictFor(row.target, at.measurement, at.share, overlaps);
    say(
      `  contended place: ${created} booking(s) created, ${overlaps} overlapping pairs${overlaps === 0 ? '' : ' — OVERLAP!'}`,
    );
    return { overlaps, created };
  } finally {
    await db.close();
  }
}

interface SizeRun {
  result: SizeResult;
  server: ChildProcess;
  base: string;
}

function exited(server: ChildProcess): boolean {
  return server.exitCode !== null || server.signalCode !== null;
}

async function startServer(dataDir: string, port: number): Promise<ChildProcess> {
  const server = startProcess([BUILT_SERVER, 'serve'], bylivEnv(dataDir, port));
  await waitUntilAnswering(`http://127.0.0.1:${port}/readyz`, server);
  return server;
}

async function runSize(
  seeded: SeededSize,
  hello: { base: string; pid: number | undefined },
): Promise<SizeRun> {
  const port = await freePort();
  const base = `http://127.0.0.1:${port}`;
  let server = await startServer(seeded.dataDir, port);
  say(`\nMeasuring at ${seeded.size.label} (${describeSize(seeded.size)}) …`);
  const baseline = await measureBaseline(hello.base, hello.pid);
  const started = Date.now();
  const rows: RowResult[] = [];
  for (const scenario of selected(seeded.scenarios)) {
    const row = await measureScenario(base, scenario, baseline, server.pid);
    rows.push(row);
    if (!exited(server)) continue;
    // A crash (e.g. out of heap) must not turn every later row into connection errors.
    row.serverExited = `exit ${server.exitCode ?? server.signalCode}`;
    say(`\n  !!! WARNING: the server EXITED (${row.serverExited}) during ${scenario.name}; restarting it.\n`);
    server = await startServer(seeded.dataDir, port);
  }
  const contention = await checkContention(seeded, rows, started);
  const result: SizeResult = {
    size: seeded.size,
    description: describeSize(seeded.size),
    seedSeconds: seeded.seedSeconds,
    baseline,
    rows,
    overlaps: contention.overlaps,
    contendedCreated: contention.created,
  };
  return { result, server, base };
}

async function memoryRun(run: SizeRun, size: SeededSize): Promise<MemoryResult> {
  say(`\nMixed load for memory: ${MEMORY.loadSeconds} s at ${MEMORY.connections} connections …`);
  const loadable = new Set(
    run.result.rows
      .filter((row) => Object.values(row.at).every((at) => at.measurement.loadTested))
      .map((row) => row.name),
  );
  const mix = size.scenarios.filter(
    (scenario) => (scenario.target === 'read' || scenario.target === 'search') && loadable.has(scenario.name),
  );
  const memory = await mixedLoadMemory(run.base, run.server.pid ?? 0, mix, MEMORY);
  say(`  RSS idle ${memory.idleMb} MB, peak ${memory.peakMb} MB, after ${memory.afterMb} MB`);
  return memory;
}

function growthOf(sizes: SizeResult[]): GrowthRow[] {
  const [first, last] = [sizes[0], sizes[sizes.length - 1]];
  if (first === undefined || last === undefined || first === last) return [];
  return first.rows.flatMap((row) => {
    const grown = last.rows.find((candidate) => candidate.name === row.name);
    if (grown === undefined) return [];
    const at: GrowthRow['at'] = {};
    for (const connections of CONNECTIONS) {
      const key = String(connections);
      const before = row.at[key]?.measurement.p50 ?? Number.NaN;
      const after = grown.at[key]?.measurement.p50 ?? Number.NaN;
      at[key] = { before, after, ratio: after / before, met: growthMet(before, after) };
    }
    return [{ name: row.name, at }];
  });
}

async function main(): Promise<void> {
  const startedAt = performance.now();
  const loadAtStart = loadavg()[0] ?? 0;
  // The code measured is the code at the start; the run itself rewrites the README and results.
  const commit = gitCommit();
  const root = mkdtempSync(join(tmpdir(), 'byliv-bench-'));
  const sizes = QUICK ? SIZES.slice(0, 1) : SIZES;
  try {
    say(`Seeding the demo data and ${sizes.map((size) => size.label).join(' and ')} bench data in ${root} …`);
    const demoDir = join(root, 'demo');
    seedDemo(demoDir);
    const seeded: SeededSize[] = [];
    for (const size of sizes) {
      const done = await seedSize(demoDir, sizeDir(root, size), size);
      say(`  ${size.label}: ${describeSize(size)} seeded in ${done.seedSeconds.toFixed(1)} s`);
      seeded.push(done);
    }
    const helloPort = await freePort();
    const hello = startProcess(['--import', 'tsx', 'bench/hello-world.ts'], {
      ...process.env,
      PORT: String(helloPort),
    });
    const helloBase = `http://127.0.0.1:${helloPort}`;
    await waitUntilAnswering(`${helloBase}/`, hello);
    say(
      `Per route: ${DURATIONS.warmUpSeconds} s warm-up, then ${DURATIONS.measureSeconds} s at each of ${CONNECTIONS.join(' and ')} connections (short runs: expect a few % of noise).`,
    );

    const results: SizeResult[] = [];
    let memory: BenchRecord['memory'] = null;
    for (const [index, size] of seeded.entries()) {
      const run = await runSize(size, { base: helloBase, pid: hello.pid });
      results.push(run.result);
      // Memory at today's size, as issue 12 states its target; from the routes that could be loaded.
      if (index === 0 && !QUICK && ONLY === null) memory = await memoryRun(run, size);
      await stopProcess(run.server);
    }

    const record: BenchRecord = {
      date: new Date().toISOString(),
      machine: machine(),
      node: process.version,
      commit,
      mode: QUICK ? 'quick' : ONLY === null ? 'full' : 'subset',
      only: ONLY,
      connections: CONNECTIONS,
      warmUpSeconds: DURATIONS.warmUpSeconds,
      measureSeconds: DURATIONS.measureSeconds,
      sizes: results,
      growth: growthOf(results),
      memory,
      runSeconds: Math.round((performance.now() - startedAt) / 1000),
      loadAverage: { start: loadAtStart, end: loadavg()[0] ?? 0 },
    };
    const written = writeRecord(record);
    say(`\n${recordToMarkdown(record)}`);
    const unexpected = results.flatMap((size) =>
      size.rows.filter((row) =>
        Object.values(row.at).some((at) => Object.keys(at.measurement.unexpected).length > 0),
      ),
    );
    if (unexpected.length > 0)
      say(
        `!!! WARNING: ${unexpected.length} row(s) answered unexpected statuses (marked ⚠ above); their figures mean nothing.`,
      );
    say(`Written: ${written.join(', ')}`);
  } finally {
    await stopAllProcesses();
    rmSync(root, { recursive: true, force: true });
  }
}

process.once('SIGINT', () => {
  void stopAllProcesses().then(() => process.exit(130));
});

main().then(
  () => process.exit(0),
  async (error: unknown) => {
    process.stderr.write(`Benchmark failed: ${error instanceof Error ? error.stack : String(error)}\n`);
    await stopAllProcesses();
    process.exit(1);
  },
);
