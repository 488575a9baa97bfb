import type { Kysely, Transaction } from 'kysely';
import type { Database } from '#src/db/schema.ts';
import type { DecisionAction, ReportReason } from '#src/modules/moderation/tables.ts';

type Db = Kysely<Database> | Transaction<Database>;

export async function insertReport(
  db: Db,
  report: {
    type: string;
    id: number;
    reason: ReportReason;
    details: string;
    reporterId: number | null;
    now: number;
  },
): Promise<void> {
  await db
    .insertInto('moderation_reports')
    .values({
      content_type: report.type,
      content_id: report.id,
      reason: report.reason,
      details: report.details,
      reporter_id: report.reporterId,
      created_at: report.now,
      resolved_at: null,
    })
    .execute();
}

/** Reports with the reporter's name (null when anonymous or deleted); never their e-mail. */
function reportsWithReporter(db: Db) {
  return db
    .selectFrom('moderation_reports')
    .leftJoin('users', 'users.id', 'moderation_reports.reporter_id')
    .selectAll('moderation_reports')
    .select('users.name as reporter_name');
}

export type ReportRow = Awaited<ReturnType<ReturnType<typeof reportsWithReporter>['execute']>>[number];

/** Open reports, oldest first. */
export function listOpenReports(db: Db, limit: number): Promise<ReportRow[]> {
  return reportsWithReporter(db)
    .where('moderation_reports.resolved_at', 'is', null)
    .orderBy('moderation_reports.created_at')
    .orderBy('moderation_reports.id')
    .limit(limit)
    .execute();
}

export function listReportsOf(db: Db, type: string, id: number): Promise<ReportRow[]> {
  return reportsWithReporter(db)
    .where('moderation_reports.content_type', '=', type)
    .where('moderation_reports.content_id', '=', id)
    .orderBy('moderation_reports.created_at')
    .orderBy('moderation_reports.id')
    .execute();
}

export async function resolveReports(db: Db, type: string, id: number, now: number): Promise<void> {
  await db
    .updateTable('moderation_reports')
    .set({ resolved_at: now })
    .where('content_type', '=', type)
    .where('content_id', '=', id)
    .where('resolved_at', 'is', null)
    .execute();
}

export async function insertDecision(
  db: Db,
  decision: { type: string; id: number; action: DecisionAction; note: string; adminId: number; now: number },
): Promise<void> {
  await db
    .insertInto('moderation_decisions')
    .values({
      content_type: decision.type,
      content_id: decision.id,
      action: decision.action,
      note: decision.note,
      admin_id: decision.adminId,
      created_at: decision.now,
    })
    .execute();
}

export function listDecisionsOf(db: Db, type: string, id: number) {
  return db
    .selectFrom('moderation_decisions')
    .leftJoin('users', 'users.id', 'moderation_decisions.admin_id')
    .selectAll('moderation_decisions')
    .select('users.name as admin_name')
    .where('moderation_decisions.content_type', '=', type)
    .where('moderation_decisions.content_id', '=', id)
    .orderBy('moderation_decisions.created_at')
    .orderBy('moderation_decisions.id')
    .execute();
}

/** Content whose latest hide-or-restore decision was to hide it, most recently hidden first. */
export function listHiddenByDecision(db: Db) {
  return db
    .selectFrom('moderation_decisions as d')
    .select(['d.content_type', 'd.content_id', 'd.note', 'd.created_at'])
    .where('d.action', '=', 'hide')
    .where(({ eb, selectFrom }) =>
      eb(
        'd.id',
        '=',
        selectFrom('moderation_decisions as later')
          .select((inner) => inner.fn.max('later.id').as('latest'))
          .whereRef('later.content_type', '=', 'd.content_type')
          .whereRef('later.content_id', '=', 'd.content_id')
          .where('later.action', '<>', 'dismiss'),
      ),
    )
    .orderBy('d.created_at', 'desc')
    .execute();
}
