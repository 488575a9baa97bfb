import { getProfile } from '#src/modules/accounts/service.ts';
import { decisionMail } from '#src/modules/moderation/mails.ts';
import {
  insertDecision,
  insertReport,
  listDecisionsOf,
  listHiddenByDecision,
  listOpenReports,
  listReportsOf,
  type ReportRow,
  resolveReports,
} from '#src/modules/moderation/queries.ts';
import {
  type ContentType,
  isContentType,
  type ModeratedContent,
  type ModerationAdapters,
} from '#src/modules/moderation/registry.ts';
import { type DecisionAction, REPORT_REASONS, type ReportReason } from '#src/modules/moderation/tables.ts';
import type { AppContext, CurrentUser } from '#src/platform/context.ts';
import { ConflictError, type FieldErrors, NotFoundError, throwIfInvalid } from '#src/platform/errors.ts';
import { checkedValues, pickChoice, readText } from '#src/platform/form-input.ts';
import { queueMail } from '#src/platform/mail.ts';
import { consumeRateLimit } from '#src/platform/rate-limit.ts';
import { HOUR } from '#src/platform/time.ts';

export const DETAILS_MAX = 2000;
export const NOTE_MAX = 2000;
const ANONYMOUS_REPORTS_PER_HOUR = 10;
const USER_REPORTS_PER_HOUR = 30;
const QUEUE_REPORT_LIMIT = 500;

export interface ReportTarget {
  type: ContentType;
  id: number;
  content: ModeratedContent;
  /** The owner of hidden content asking for another review rather than a report. */
  isAppeal: boolean;
}

function parseId(raw: unknown): number | null {
  const text = String(raw ?? '');
  if (!/^\d{1,10}$/.test(text)) return null;
  const id = Number(text);
  return id >= 1 && id <= 2_147_483_647 ? id : null;
}

/**
 * What a report would be about. Unknown, missing and hidden content is a 404, except that the
 * owner of hidden content gets the appeal form and administrators may report anything.
 */
export async function reportTarget(
  ctx: AppContext,
  adapters: ModerationAdapters,
  rawType: unknown,
  rawId: unknown,
  user: CurrentUser | null,
): Promise<ReportTarget> {
  const id = parseId(rawId);
  if (!isContentType(rawType) || id === null) throw new NotFoundError('moderation.error.notFound');
  const content = await adapters[rawType].describe(ctx, id);
  if (content === null) throw new NotFoundError('moderation.error.notFound');
  const isOwner = user !== null && content.ownerUserId === user.id;
  if (content.hidden && !isOwner && user?.isAdmin !== true)
    throw new NotFoundError('moderation.error.notFound');
  return { type: rawType, id, content, isAppeal: content.hidden && isOwner };
}

export interface ReportInput {
  type?: string;
  id?: string | number;
  reason?: string;
  details?: string;
}

/** Records a report (or an owner's appeal) for the queue. Anyone may report; rate-limited. */
export async function submitReport(
  ctx: AppContext,
  adapters: ModerationAdapters,
  user: CurrentUser | null,
  ip: string,
  input: ReportInput,
): Promise<ReportTarget> {
  const target = await reportTarget(ctx, adapters, input.type, input.id, user);
  const errors: FieldErrors = {};
  const details = readText(errors, 'details', input.details, {
    max: DETAILS_MAX,
    tooLong: 'moderation.report.detailsTooLong',
    multiline: true,
  });
  const reason: ReportReason | null = target.isAppeal ? 'appeal' : pickChoice(REPORT_REASONS, input.reason);
  if (reason === null) errors.reason = { key: 'moderation.report.reasonRequired' };
  if (details === '' && errors.details === undefined) {
    if (target.isAppeal) errors.details = { key: 'moderation.appeal.detailsRequired' };
    else if (reason === 'other') errors.details = { key: 'moderation.report.detailsRequired' };
  }
  const checked = checkedValues(errors, { reason });
  await consumeRateLimit(
    ctx,
    user === null
      ? { key: `moderation:report:ip:${ip}`, limit: ANONYMOUS_REPORTS_PER_HOUR, windowMs: HOUR }
      : { key: `moderation:report:user:${user.id}`, limit: USER_REPORTS_PER_HOUR, windowMs: HOUR },
  );
  await insertReport(ctx.db.kysely, {
    type: target.type,
    id: target.id,
    reason: checked.reason,
    details,
    reporterId: user?.id ?? null,
    now: ctx.clock.now(),
  });
  return target;
}

export interface ReportView {
  reason: ReportReason;
  details: string;
  /** Null for anonymous reports. */
  reporterName: string | null;
  createdAt: number;
  resolved: boolean;
}

function toReportView(row: ReportRow): ReportView {
  return {
    reason: row.reason,
    details: row.details,
    reporterName: row.reporter_id === null ? null : (row.reporter_name ?? null),
    createdAt: row.created_at,
    resolved: row.resolved_at !== null,
  };
}

export interface QueueEntry {
  type: ContentType;
  id: number;
  /** Null when the content no longer exists. */
  content: ModeratedContent | null;
  reports: ReportView[];
  firstReportedAt: number;
}

/** Open reports grouped by the content they are about, the longest-waiting first. */
export async function moderationQueue(ctx: AppContext, adapters: ModerationAdapters): Promise<QueueEntry[]> {
  const rows = await listOpenReports(ctx.db.kysely, QUEUE_REPORT_LIMIT);
  const groups = new Map<string, { type: ContentType; id: number; rows: ReportRow[] }>();
  for (const row of rows) {
    if (!isContentType(row.content_type)) continue;
    const key = `${row.content_type}:${row.content_id}`;
    const group = groups.get(key) ?? { type: row.content_type, id: row.content_id, rows: [] };
    group.rows.push(row);
    groups.set(key, group);
  }
  return Promise.all(
    [...groups.values()].map(async (group) => ({
      type: group.type,
      id: group.id,
      content: await adapters[group.type].describe(ctx, group.id),
      reports: group.rows.map(toReportView),
      firstReportedAt: group.rows[0]?.created_at ?? 0,
    })),
  );
}

export interface DecisionView {
  action: DecisionAction;
  note: string;
  adminName: string | null;
  createdAt: number;
}

export interface ModerationCase {
  type: ContentType;
  id: number;
  content: ModeratedContent;
  reports: ReportView[];
  decisions: DecisionView[];
}

/** One piece of content with every report and decision about it, for the administrator. */
export async function moderationCase(
  ctx: AppContext,
  adapters: ModerationAdapters,
  rawType: unknown,
  rawId: unknown,
): Promise<ModerationCase> {
  const id = parseId(rawId);
  if (!isContentType(rawType) || id === null) throw new NotFoundError('moderation.error.notFound');
  const content = await adapters[rawType].describe(ctx, id);
  if (content === null) throw new NotFoundError('moderation.error.notFound');
  const [reports, decisions] = await Promise.all([
    listReportsOf(ctx.db.kysely, rawType, id),
    listDecisionsOf(ctx.db.kysely, rawType, id),
  ]);
  return {
    type: rawType,
    id,
    content,
    reports: reports.map(toReportView),
    decisions: decisions.map((row) => ({
      action: row.action,
      note: row.note,
      adminName: row.admin_name,
      createdAt: row.created_at,
    })),
  };
}

function checkNote(action: DecisionAction, raw: string | undefined): string {
  const errors: FieldErrors = {};
  const note = readText(errors, 'note', raw, {
    max: NOTE_MAX,
    required: action === 'dismiss' ? undefined : 'moderation.error.noteRequired',
    tooLong: 'moderation.error.noteTooLong',
    multiline: true,
  });
  throwIfInvalid(errors);
  return note;
}

/** Checks the reason for hiding before the confirmation page is shown; returns it cleaned. */
export function checkHideNote(raw: string | undefined): string {
  return checkNote('hide', raw);
}

/**
 * An administrator hides, restores, or keeps content visible (dismiss). One transaction: the
 * content's own flag, the decision, closing the open reports, and the e-mail to the owner (on hide
 * and restore). Reporters are not e-mailed.
 */
export async function decide(
  ctx: AppContext,
  adapters: ModerationAdapters,
  admin: CurrentUser,
  rawType: unknown,
  rawId: unknown,
  action: DecisionAction,
  rawNote: string | undefined,
): Promise<ModerationCase> {
  const current = await moderationCase(ctx, adapters, rawType, rawId);
  const note = checkNote(action, rawNote);
  const { type, id, content } = current;
  if (action === 'hide' && content.hidden)
    throw new ConflictError('already_hidden', 'moderation.error.alreadyHidden');
  if (action !== 'hide' && action !== 'dismiss' && !content.hidden) {
    throw new ConflictError('not_hidden', 'moderation.error.notHidden');
  }
  if (action === 'dismiss' && content.hidden)
    throw new ConflictError('already_hidden', 'moderation.error.alreadyHidden');
  const now = ctx.clock.now();
  await ctx.db.kysely.transaction().execute(async (trx) => {
    // The adapters write through ctx.db; handing them the transaction keeps the decision all-or-nothing.
    const inTransaction: AppContext = { ...ctx, db: { ...ctx.db, kysely: trx } };
    if (action !== 'dismiss') await adapters[type].setHidden(inTransaction, id, action === 'hide');
    await insertDecision(trx, { type, id, action, note, adminId: admin.id, now });
    await resolveReports(trx, type, id, now);
    if (action === 'dismiss' || content.ownerUserId === null) return;
    const owner = await ownerProfile(inTransaction, content.ownerUserId);
    if (owner === null) return;
    await queueMail(
      trx,
      now,
      decisionMail(
        owner,
        { type, id, title: content.title, path: content.path, note, action },
        ctx.config.baseUrl,
      ),
    );
  });
  return moderationCase(ctx, adapters, type, id);
}

async function ownerProfile(ctx: AppContext, userId: number) {
  try {
    return await getProfile(ctx, userId);
  } catch (error) {
    if (error instanceof NotFoundError) return null;
    throw error;
  }
}

export interface HiddenEntry {
  type: ContentType;
  id: number;
  content: ModeratedContent;
  note: string;
  hiddenAt: number;
}

/** Content hidden by a decision and still hidden, most recently hidden first. */
export async function hiddenContent(ctx: AppContext, adapters: ModerationAdapters): Promise<HiddenEntry[]> {
  const rows = await listHiddenByDecision(ctx.db.kysely);
  const entries = await Promise.all(
    rows.map(async (row) => {
      if (!isContentType(row.content_type)) return null;
      const content = await adapters[row.content_type].describe(ctx, row.content_id);
      if (content === null || !content.hidden) return null;
      return {
        type: row.content_type,
        id: row.content_id,
        content,
        note: row.note,
        hiddenAt: row.created_at,
      };
    }),
  );
  return entries.filter((entry): entry is HiddenEntry => entry !== null);
}
