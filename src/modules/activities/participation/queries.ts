import type { Kysely, Transaction } from 'kysely';
import type { Database } from '#src/db/schema.ts';
import type { ParticipantStatus } from '#src/modules/activities/tables.ts';

type Db = Kysely<Database> | Transaction<Database>;

/** Sign-ups: one row per person and occurrence, joined, waiting, unconfirmed or cancelled. */
export function findParticipant(db: Db, id: number) {
  return db.selectFrom('activity_participants').selectAll().where('id', '=', id).executeTakeFirst();
}

export function findLiveSignUp(db: Db, activityId: number, occurrenceStart: number, email: string) {
  return db
    .selectFrom('activity_participants')
    .selectAll()
    .where('activity_id', '=', activityId)
    .where('occurrence_start', '=', occurrenceStart)
    .where('email', '=', email)
    .where('status', '<>', 'cancelled')
    .executeTakeFirst();
}

export async function countJoined(db: Db, activityId: number, occurrenceStart: number): Promise<number> {
  const row = await db
    .selectFrom('activity_participants')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where('activity_id', '=', activityId)
    .where('occurrence_start', '=', occurrenceStart)
    .where('status', '=', 'joined')
    .executeTakeFirst();
  return Number(row?.n ?? 0);
}

/** The most people joined to any one occurrence from `since` on. */
export async function mostJoined(db: Db, activityId: number, since: number): Promise<number> {
  const rows = await db
    .selectFrom('activity_participants')
    .select(['occurrence_start', (eb) => eb.fn.countAll<number>().as('n')])
    .where('activity_id', '=', activityId)
    .where('occurrence_start', '>=', since)
    .where('status', '=', 'joined')
    .groupBy('occurrence_start')
    .execute();
  return rows.reduce((most, row) => Math.max(most, Number(row.n)), 0);
}

/** Joined and waiting counts per occurrence of many activities from `from` (before `to`), in one query. */
export function countsOf(db: Db, activityIds: readonly number[], from: number, to?: number) {
  if (activityIds.length === 0) return Promise.resolve([]);
  let query = db
    .selectFrom('activity_participants')
    .select(['activity_id', 'occurrence_start', 'status', (eb) => eb.fn.countAll<number>().as('n')])
    .where('activity_id', 'in', activityIds)
    .where('occurrence_start', '>=', from);
  if (to !== undefined) query = query.where('occurrence_start', '<', to);
  return query
    .where('status', 'in', ['joined', 'waiting'])
    .groupBy(['activity_id', 'occurrence_start', 'status'])
    .execute();
}

export async function insertParticipant(
  db: Db,
  values: {
    activity_id: number;
    occurrence_start: number;
    user_id: number | null;
    name: string;
    email: string;
    locale: 'da' | 'en';
    status: ParticipantStatus;
    created_at: number;
    queued_at: number;
  },
): Promise<number> {
  const row = await db
    .insertInto('activity_participants')
    .values({ ...values, cancelled_at: null })
    .returning('id')
    .executeTakeFirstOrThrow();
  return row.id;
}

export async function setParticipantStatus(
  db: Db,
  id: number,
  status: ParticipantStatus,
  values: { queued_at?: number; cancelled_at?: number | null } = {},
): Promise<void> {
  await db
    .updateTable('activity_participants')
    .set({ status, ...values })
    .where('id', '=', id)
    .execute();
}

/** The first `count` on the waiting list of one occurrence, in the order they queued. */
export function firstWaiting(db: Db, activityId: number, occurrenceStart: number, count: number) {
  return db
    .selectFrom('activity_participants')
    .selectAll()
    .where('activity_id', '=', activityId)
    .where('occurrence_start', '=', occurrenceStart)
    .where('status', '=', 'waiting')
    .orderBy('queued_at')
    .orderBy('id')
    .limit(count)
    .execute();
}

/** Sign-ups of one activity (one occurrence, or all from `since`), live ones first by queue order. */
export function listSignUps(
  db: Db,
  activityId: number,
  options: { occurrenceStart?: number; since?: number; statuses: readonly ParticipantStatus[] },
) {
  let query = db
    .selectFrom('activity_participants')
    .selectAll()
    .where('activity_id', '=', activityId)
    .where('status', 'in', options.statuses);
  if (options.occurrenceStart !== undefined)
    query = query.where('occurrence_start', '=', options.occurrenceStart);
  if (options.since !== undefined) query = query.where('occurrence_start', '>=', options.since);
  return query.orderBy('occurrence_start').orderBy('queued_at').orderBy('id').execute();
}

export async function moveSignUps(db: Db, activityId: number, from: number, to: number): Promise<void> {
  await db
    .updateTable('activity_participants')
    .set({ occurrence_start: to })
    .where('activity_id', '=', activityId)
    .where('occurrence_start', '=', from)
    .execute();
}

/** The live sign-ups of one person for these activities (to show "you have joined"). */
export function signUpsOfUser(db: Db, userId: number, activityIds: readonly number[]) {
  if (activityIds.length === 0) return Promise.resolve([]);
  return db
    .selectFrom('activity_participants')
    .select(['id', 'activity_id', 'occurrence_start', 'status'])
    .where('user_id', '=', userId)
    .where('activity_id', 'in', activityIds)
    .where('status', 'in', ['joined', 'waiting', 'unconfirmed'])
    .execute();
}
