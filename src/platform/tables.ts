import type { Generated } from 'kysely';

export type JobStatus = 'queued' | 'running' | 'done' | 'failed';

export interface JobsTable {
  id: Generated<number>;
  kind: string;
  /** JSON text. */
  payload: string;
  status: JobStatus;
  run_at: number;
  attempts: Generated<number>;
  max_attempts: number;
  locked_by: string | null;
  locked_until: number | null;
  last_error: string | null;
  created_at: number;
  finished_at: number | null;
  /** At most one untried queued job per key (see `enqueueJob`'s `dedupeKey`). */
  dedupe_key: string | null;
}

/**
 * Fixed-window counters shared by every app instance (log-in, reset, mail). Growing-delay keys
 * (`login-delay:…`) and folded-mail keys (`mail-fold:…`) read `window_started_at` as an instant:
 * when the next attempt may start, when the last folded mail was due.
 */
export interface RateLimitsTable {
  key: string;
  window_started_at: number;
  count: number;
}

/**
 * One row (id 1) whose version goes up with every committed write to a table that anonymous pages
 * read (database triggers, migration 035); the public page cache keys on it.
 */
export interface ContentVersionTable {
  id: number;
  version: number;
}
