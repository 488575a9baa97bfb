// Issue 12's targets, applied to a measured row.
import type { Measurement } from './measure.ts';
import type { TargetKind } from './scenarios.ts';

interface Target {
  minShare?: number;
  maxP99?: number;
  minRequestsPerSecond?: number;
}

const TARGETS: Record<TargetKind, Target | null> = {
  read: { minShare: 0.1, maxP99: 50 },
  search: { minShare: 0.05, maxP99: 100 },
  contention: { minRequestsPerSecond: 1000 },
  none: null,
};

/** The p50 at 10× data may be at most this multiple of the p50 at today's size. */
export const MAX_GROWTH = 1.5;

export interface Verdict {
  /** `null` when the row has no target. */
  met: boolean | null;
  /** What fell short, e.g. `share 2.9 % < 10 %`; empty when met. */
  shortfalls: string[];
}

export function describeTarget(kind: TargetKind): string {
  const target = TARGETS[kind];
  if (target === null) return 'no target';
  const parts: string[] = [];
  if (target.minShare !== undefined) parts.push(`≥ ${target.minShare * 100} %`);
  if (target.maxP99 !== undefined) parts.push(`p99 < ${target.maxP99} ms`);
  if (target.minRequestsPerSecond !== undefined) parts.push(`≥ ${target.minRequestsPerSecond}/s, 0 overlaps`);
  return parts.join(', ');
}

/**
 * Holds a row to its target. A row that answered unexpected statuses never meets it, and contention
 * rows need the overlap count checked after the run (`overlaps`).
 */
export function verdictFor(kind: TargetKind, row: Measurement, share: number, overlaps?: number): Verdict {
  const target = TARGETS[kind];
  if (target === null) return { met: null, shortfalls: [] };
  const shortfalls: string[] = [];
  if (!row.loadTested) shortfalls.push(`one request took ${row.p50} ms: too slow to put under load`);
  else if (row.requestsPerSecond === 0) shortfalls.push('no response within the run (server busy or stuck)');
  if (Object.keys(row.unexpected).length > 0) shortfalls.push('unexpected statuses');
  if (row.errors > 0) shortfalls.push(`${row.errors} errors`);
  if (target.minShare !== undefined && share < target.minShare)
    shortfalls.push(`share ${(share * 100).toFixed(1)} % < ${target.minShare * 100} %`);
  if (target.maxP99 !== undefined && row.p99 >= target.maxP99)
    shortfalls.push(`p99 ${row.p99} ≥ ${target.maxP99} ms`);
  if (target.minRequestsPerSecond !== undefined && row.requestsPerSecond < target.minRequestsPerSecond)
    shortfalls.push(`${Math.round(row.requestsPerSecond)}/s < ${target.minRequestsPerSecond}/s`);
  if (kind === 'contention' && overlaps !== 0)
    shortfalls.push(overlaps === undefined ? 'overlaps not checked' : `${overlaps} overlaps`);
  return { met: shortfalls.length === 0, shortfalls };
}

/** Latencies are whole milliseconds: a p50 that grew by at most this much is within resolution. */
const RESOLUTION_MS = 1;

export function growthMet(before: number, after: number): boolean {
  // A p50 of 0 means no response came back: nothing to compare, so not flat.
  if (!(before > 0 && after > 0)) return false;
  return after / before <= MAX_GROWTH || after - before <= RESOLUTION_MS;
}
