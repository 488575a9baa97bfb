import { readFileSync } from 'node:fs';
// One scenario under autocannon: req/s, latency percentiles and every status it answered.
import autocannon from 'autocannon';
import type { Scenario } from './scenarios.ts';

export interface Measurement {
  requestsPerSecond: number;
  p50: number;
  p99: number;
  /** Responses outside 2xx, including expected 304s and 409s. */
  non2xx: number;
  errors: number;
  statuses: Record<string, number>;
  /** Statuses neither 2xx nor expected by the scenario (a 404 would make a fast row meaningless). */
  unexpected: Record<string, number>;
  /**
   * False when a single request took longer than SLOW_REQUEST_MS: the row then holds that one
   * request's time and the req/s it implies, without load (see measureAtEach).
   */
  loadTested: boolean;
}

/**
 * A route slower than this for one request is not put under load: 50 connections of it would queue
 * minutes of work in the server, which autocannon abandons (its timeout) and re-sends, and which
 * would still be running while the next rows are measured.
 */
export const SLOW_REQUEST_MS = 500;
/** Long enough that a queue of SLOW_REQUEST_MS requests × 50 connections counts as latency, not errors. */
const REQUEST_TIMEOUT_S = 30;

export interface Durations {
  warmUpSeconds: number;
  measureSeconds: number;
}

function statusCounts(result: autocannon.Result): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const [status, stats] of Object.entries(result.statusCodeStats ?? {}))
    counts[status] = stats.count ?? 0;
  return counts;
}

function unexpectedStatuses(scenario: Scenario, statuses: Record<string, number>): Record<string, number> {
  const allowed = new Set(scenario.alsoExpected ?? []);
  const unexpected: Record<string, number> = {};
  for (const [status, count] of Object.entries(statuses)) {
    const code = Number(status);
    if (!(code >= 200 && code < 300) && !allowed.has(code)) unexpected[status] = count;
  }
  return unexpected;
}

async function run(
  base: string,
  scenario: Scenario,
  connections: number,
  seconds: number,
): Promise<autocannon.Result> {
  return autocannon({
    url: `${base}${scenario.path}`,
    method: scenario.method ?? 'GET',
    headers: scenario.headers,
    body: scenario.body,
    connections,
    duration: seconds,
    timeout: REQUEST_TIMEOUT_S,
  });
}

export async function measure(
  base: string,
  scenario: Scenario,
  connections: number,
  seconds: number,
): Promise<Measurement> {
  const result = await run(base, scenario, connections, seconds);
  const statuses = statusCounts(result);
  return {
    requestsPerSecond: result.requests.average,
    p50: result.latency.p50,
    p99: result.latency.p99,
    non2xx: result.non2xx,
    errors: result.errors + result.timeouts,
    statuses,
    unexpected: unexpectedStatuses(scenario, statuses),
    loadTested: true,
  };
}

/** One request, timed, after one that warms the route up. */
async function singleRequest(base: string, scenario: Scenario): Promise<{ ms: number; status: number }> {
  const send = async (): Promise<number> => {
    const response = await fetch(`${base}${scenario.path}`, {
      method: scenario.method ?? 'GET',
      headers: scenario.headers,
      body: scenario.body,
    });
    await response.arrayBuffer();
    return response.status;
  };
  await send();
  const started = performance.now();
  const status = await send();
  return { ms: performance.now() - started, status };
}

function unloadedMeasurement(scenario: Scenario, single: { ms: number; status: number }): Measurement {
  const statuses = { [String(single.status)]: 1 };
  const ms = Math.round(single.ms);
  return {
    requestsPerSecond: 1000 / single.ms,
    p50: ms,
    p99: ms,
    non2xx: single.status >= 200 && single.status < 300 ? 0 : 1,
    errors: 0,
    statuses,
    unexpected: unexpectedStatuses(scenario, statuses),
    loadTested: false,
  };
}

/** CPU time (user + system, in clock ticks) a process has used, from /proc (Linux); null elsewhere. */
function cpuTicks(pid: number): number | null {
  try {
    // Fields after the command name (which may hold spaces), so utime and stime are the 12th and 13th.
    const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]?.split(' ') ?? [];
    return Number(fields[11]) + Number(fields[12]);
  } catch {
    return null;
  }
}

const IDLE_SAMPLE_MS = 200;
/** At most this many ticks (10 ms each) in a sample counts as idle: under 10 % of one core. */
const IDLE_TICKS = 2;
const IDLE_TIMEOUT_MS = 120_000;

/**
 * Waits until the server has worked off what autocannon left in flight: it stops sending at the end
 * of a run but the server still renders the requests it holds, which would slow (or starve) the
 * next row. Idle is read from the process's CPU time; a request would be answered in between.
 */
export async function untilIdle(pid: number | undefined): Promise<void> {
  if (pid === undefined || cpuTicks(pid) === null) return;
  const deadline = Date.now() + IDLE_TIMEOUT_MS;
  let before = cpuTicks(pid) ?? 0;
  while (Date.now() < deadline) {
    await new Promise((resolve) => setTimeout(resolve, IDLE_SAMPLE_MS));
    const now = cpuTicks(pid);
    if (now === null || now - before <= IDLE_TICKS) return;
    before = now;
  }
}

/** Warms the route up once, then measures it at each connection count in turn (the route stays warm). */
export async function measureAtEach(
  base: string,
  scenario: Scenario,
  connectionCounts: readonly number[],
  durations: Durations,
  serverPid: number | undefined,
): Promise<Map<number, Measurement>> {
  const single = await singleRequest(base, scenario).catch(() => ({ ms: 0, status: 0 }));
  if (single.ms > SLOW_REQUEST_MS)
    return new Map(
      connectionCounts.map((connections) => [connections, unloadedMeasurement(scenario, single)]),
    );
  await run(base, scenario, connectionCounts[0] ?? 10, durations.warmUpSeconds);
  await untilIdle(serverPid);
  const byConnections = new Map<number, Measurement>();
  for (const connections of connectionCounts) {
    byConnections.set(connections, await measure(base, scenario, connections, durations.measureSeconds));
    await untilIdle(serverPid);
  }
  return byConnections;
}
