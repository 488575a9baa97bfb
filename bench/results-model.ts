// The shape of one `npm run bench` run, as written to bench/results/*.json.
import type { Measurement } from './measure.ts';
import type { MemoryResult } from './memory.ts';
import type { TargetKind } from './scenarios.ts';
import type { DataSize } from './sizes.ts';
import type { Verdict } from './targets.ts';

export interface RowAtConnections {
  measurement: Measurement;
  /** req/s as a share of the hello-world at the same connection count in the same run. */
  share: number;
  verdict: Verdict;
}

export interface RowResult {
  name: string;
  path: string;
  target: TargetKind;
  /** Keyed by connection count. */
  at: Record<string, RowAtConnections>;
  /** Set when the server died while this row was measured (how it exited); it was restarted. */
  serverExited?: string;
}

export interface SizeResult {
  size: DataSize;
  description: string;
  seedSeconds: number;
  /** Hello-world req/s keyed by connection count. */
  baseline: Record<string, Measurement>;
  rows: RowResult[];
  /** Overlapping live bookings at the contended place after the run; must be 0. */
  overlaps: number;
  /** Bookings the contended scenario managed to create (the first request, if any). */
  contendedCreated: number;
}

export interface GrowthAtConnections {
  /** p50 in ms at the first size and at the largest. */
  before: number;
  after: number;
  ratio: number;
  met: boolean;
}

export interface GrowthRow {
  name: string;
  /** Keyed by connection count. */
  at: Record<string, GrowthAtConnections>;
}

export interface Machine {
  hostname: string;
  cpu: string;
  cores: number;
  ramGb: number;
  platform: string;
}

export interface BenchRecord {
  date: string;
  machine: Machine;
  node: string;
  commit: string;
  /** `full`, `quick` (BENCH_QUICK=1) or `subset` (BENCH_ONLY). */
  mode: 'full' | 'quick' | 'subset';
  only: string | null;
  connections: number[];
  warmUpSeconds: number;
  measureSeconds: number;
  sizes: SizeResult[];
  growth: GrowthRow[];
  memory: MemoryResult | null;
  runSeconds: number;
  /** The machine's 1-minute load average at the start and the end: other work on it skews the figures. */
  loadAverage: { start: number; end: number };
}
