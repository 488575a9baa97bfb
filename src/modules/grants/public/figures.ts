import type { ApplicationStatus } from '#src/modules/grants/tables.ts';
import { DAY } from '#src/platform/time.ts';

/**
 * The p-th percentile (0–100) of numbers sorted ascending, by linear interpolation between the
 * closest ranks (the "R-7" method: what spreadsheets' MEDIAN and PERCENTILE.INC compute), so anyone
 * can check the dashboard against the exported data. Null for no numbers: "no decisions yet", never NaN.
 */
export function percentile(sorted: readonly number[], p: number): number | null {
  if (sorted.length === 0) return null;
  const rank = (Math.min(100, Math.max(0, p)) / 100) * (sorted.length - 1);
  const lower = Math.floor(rank);
  const below = sorted[lower] ?? 0;
  const above = sorted[Math.min(lower + 1, sorted.length - 1)] ?? below;
  return below + (above - below) * (rank - lower);
}

/** One state change of an application, as far as the decision clock cares. */
export interface ClockEvent {
  applicationId: number;
  toStatus: ApplicationStatus;
  at: number;
}

/** How long one application waited for its decision. */
export interface DecisionClock {
  applicationId: number;
  /** Calendar days from the first submission to the decision, time with the applicant included. */
  days: number;
  /** Days spent back with the applicant ("more information needed") before the decision. */
  daysWithApplicant: number;
}

export interface ClockSummary {
  decided: DecisionClock[];
  /** Submitted and not yet decided (waiting for reviewers or for the applicant). */
  waiting: Array<{ applicationId: number; days: number }>;
}

const DECISIONS: ReadonlySet<ApplicationStatus> = new Set(['approved', 'rejected']);

interface Running {
  submittedAt: number | null;
  infoSince: number | null;
  withApplicant: number;
  decidedAt: number | null;
  /** Withdrawn before a decision: the clock stops without a decision to count. */
  withdrawn: boolean;
}

function closeInfoRequest(state: Running, at: number): void {
  if (state.infoSince !== null) state.withApplicant += at - state.infoSince;
  state.infoSince = null;
}

function step(state: Running, event: ClockEvent): void {
  if (state.decidedAt !== null || state.withdrawn) return;
  if (event.toStatus === 'submitted') {
    state.submittedAt ??= event.at;
    closeInfoRequest(state, event.at);
    return;
  }
  if (state.submittedAt === null) return;
  if (event.toStatus === 'needs_info') {
    state.infoSince ??= event.at;
  } else if (DECISIONS.has(event.toStatus)) {
    closeInfoRequest(state, event.at);
    state.decidedAt = event.at;
  } else if (event.toStatus === 'withdrawn') {
    state.withdrawn = true;
  }
}

/**
 * Decision times from the event log. The clock starts at the first `submitted` event and stops at
 * the first `approved` or `rejected` one. It keeps running while the application is back with the
 * applicant (`needs_info`) – the wait the applicant experiences – and that time is also totalled
 * separately, so the committee's own share can be read. Events must be in time order per application.
 */
export function decisionClocks(events: readonly ClockEvent[], now: number): ClockSummary {
  const states = new Map<number, Running>();
  for (const event of events) {
    let state = states.get(event.applicationId);
    if (state === undefined) {
      state = { submittedAt: null, infoSince: null, withApplicant: 0, decidedAt: null, withdrawn: false };
      states.set(event.applicationId, state);
    }
    step(state, event);
  }
  const summary: ClockSummary = { decided: [], waiting: [] };
  for (const [applicationId, state] of states) {
    if (state.submittedAt === null || state.withdrawn) continue;
    if (state.decidedAt === null) {
      summary.waiting.push({ applicationId, days: (now - state.submittedAt) / DAY });
      continue;
    }
    summary.decided.push({
      applicationId,
      days: (state.decidedAt - state.submittedAt) / DAY,
      daysWithApplicant: state.withApplicant / DAY,
    });
  }
  return summary;
}

export interface DecisionTimeFigures {
  targetDays: number;
  decisions: number;
  /** Null until the first decision. */
  medianDays: number | null;
  p90Days: number | null;
  withinTarget: number;
  /** Decisions that went back to the applicant for more information first. */
  withInfoRequest: number;
  /** The same measures with the time back with the applicant left out: the committee's own pace. */
  excludingApplicantTime: { medianDays: number | null; p90Days: number | null };
  awaitingDecision: number;
  oldestWaitingDays: number | null;
}

function rounded(value: number | null): number | null {
  return value === null ? null : Math.round(value * 100) / 100;
}

/** Median, 90th percentile and target share of the decision times, rounded to hundredths of a day. */
export function decisionTimeFigures(summary: ClockSummary, targetDays: number): DecisionTimeFigures {
  const days = summary.decided.map((clock) => clock.days).sort((a, b) => a - b);
  const own = summary.decided.map((clock) => clock.days - clock.daysWithApplicant).sort((a, b) => a - b);
  const oldest = summary.waiting.reduce<number | null>(
    (max, waiting) => (max === null || waiting.days > max ? waiting.days : max),
    null,
  );
  return {
    targetDays,
    decisions: days.length,
    medianDays: rounded(percentile(days, 50)),
    p90Days: rounded(percentile(days, 90)),
    withinTarget: days.filter((value) => value <= targetDays).length,
    withInfoRequest: summary.decided.filter((clock) => clock.daysWithApplicant > 0).length,
    excludingApplicantTime: {
      medianDays: rounded(percentile(own, 50)),
      p90Days: rounded(percentile(own, 90)),
    },
    awaitingDecision: summary.waiting.length,
    oldestWaitingDays: rounded(oldest),
  };
}
