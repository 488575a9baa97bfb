import {
  type ClockEvent,
  type DecisionTimeFigures,
  decisionClocks,
  decisionTimeFigures,
} from '#src/modules/grants/public/figures.ts';
import { areaLookup, areaOf, areaRef } from '#src/modules/grants/public/locate.ts';
import {
  ledgerTotals,
  listClockEvents,
  listTallyRows,
  type TallyRow,
} from '#src/modules/grants/public/queries.ts';
import { getPublicPool, type PublicPool } from '#src/modules/grants/public/service.ts';
import {
  APPLICATION_STATUSES,
  type ApplicationStatus,
  GRANT_CATEGORIES,
  type GrantCategory,
} from '#src/modules/grants/tables.ts';
import type { AppContext } from '#src/platform/context.ts';

/** Counts and sums of one group of applications. */
export interface Tally {
  applications: number;
  requestedOre: number;
  /** Granted to the approved, paid and reported among them. */
  grantedOre: number;
}

export interface PoolFigures {
  pool: PublicPool;
  money: {
    budgetOre: number;
    committedOre: number;
    paidOre: number;
    remainingOre: number;
    /** The same two sums from the ledger's movements, and whether they agree with the pool. */
    ledger: { committedOre: number; paidOre: number; agrees: boolean };
  };
  applications: {
    /** Submitted applications; drafts are never counted. */
    total: Tally;
    byStatus: Array<{ status: Exclude<ApplicationStatus, 'draft'>; applications: number }>;
    byCategory: Array<{ category: GrantCategory } & Tally>;
    /** Null area: the application said nothing about where. */
    byArea: Array<{ area: { slug: string; name: string; path: string } | null } & Tally>;
  };
  decisionTime: DecisionTimeFigures;
}

const GRANTED: ReadonlySet<ApplicationStatus> = new Set(['approved', 'paid', 'reported']);

function emptyTally(): Tally {
  return { applications: 0, requestedOre: 0, grantedOre: 0 };
}

function add(tally: Tally, row: TallyRow): void {
  tally.applications += 1;
  tally.requestedOre += row.requested_ore;
  if (GRANTED.has(row.status)) tally.grantedOre += row.granted_ore ?? 0;
}

async function tallies(ctx: AppContext, rows: TallyRow[]): Promise<PoolFigures['applications']> {
  const lookup = await areaLookup(ctx);
  const total = emptyTally();
  const byCategory = new Map(GRANT_CATEGORIES.map((category) => [category, emptyTally()]));
  const byStatus = new Map<ApplicationStatus, number>();
  const byArea = new Map<number | null, { area: ReturnType<typeof areaRef>; tally: Tally; order: number }>();
  for (const row of rows) {
    add(total, row);
    const category = byCategory.get(row.category);
    if (category !== undefined) add(category, row);
    byStatus.set(row.status, (byStatus.get(row.status) ?? 0) + 1);
    const area = await areaOf(lookup, row);
    const key = area?.id ?? null;
    let entry = byArea.get(key);
    if (entry === undefined) {
      entry = { area: areaRef(area), tally: emptyTally(), order: area === null ? Infinity : area.sortOrder };
      byArea.set(key, entry);
    }
    add(entry.tally, row);
  }
  return {
    total,
    byStatus: APPLICATION_STATUSES.filter((status) => status !== 'draft').map((status) => ({
      status,
      applications: byStatus.get(status) ?? 0,
    })),
    byCategory: [...byCategory].map(([category, tally]) => ({ category, ...tally })),
    byArea: [...byArea.values()]
      .sort((a, b) => b.tally.applications - a.tally.applications || a.order - b.order)
      .map((entry) => ({ area: entry.area, ...entry.tally })),
  };
}

/**
 * Everything the pool's dashboard shows: the money (from the pool, checked against the ledger),
 * the applications by category and by area, and the decision times against the target. Six
 * queries however many applications the pool has.
 */
export async function poolFigures(ctx: AppContext, slug: string): Promise<PoolFigures> {
  const pool = await getPublicPool(ctx, slug);
  const [ledger, rows, events] = await Promise.all([
    ledgerTotals(ctx.db.kysely, pool.id),
    listTallyRows(ctx.db.kysely, pool.id),
    listClockEvents(ctx.db.kysely, pool.id),
  ]);
  // Money paid back leaves both what is paid and what is committed (it can be granted again).
  const ledgerCommitted = ledger.commit - ledger.release - ledger.return;
  const ledgerPaid = ledger.pay - ledger.return;
  const clockEvents: ClockEvent[] = events.map((event) => ({
    applicationId: event.application_id,
    toStatus: event.to_status,
    at: event.created_at,
  }));
  return {
    pool,
    money: {
      budgetOre: pool.budgetOre,
      committedOre: pool.committedOre,
      paidOre: pool.paidOre,
      remainingOre: pool.remainingOre,
      ledger: {
        committedOre: ledgerCommitted,
        paidOre: ledgerPaid,
        agrees: ledgerCommitted === pool.committedOre && ledgerPaid === pool.paidOre,
      },
    },
    applications: await tallies(ctx, rows),
    decisionTime: decisionTimeFigures(decisionClocks(clockEvents, ctx.clock.now()), pool.targetDays),
  };
}
