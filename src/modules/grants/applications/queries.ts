import type { Insertable, Updateable } from 'kysely';
import type { Db } from '#src/modules/grants/queries.ts';
import type {
  ApplicationStatus,
  GrantApplicationsTable,
  GrantPhotosTable,
} from '#src/modules/grants/tables.ts';

/** Applications with their budget lines, photos and history: Kysely only. */

function applicationsWithContext(db: Db) {
  return db
    .selectFrom('grant_applications as a')
    .innerJoin('grant_pools as p', 'p.id', 'a.pool_id')
    .leftJoin('users as applicant', 'applicant.id', 'a.applicant_id')
    .leftJoin('organisations as o', 'o.id', 'a.organisation_id')
    .leftJoin('places as place', 'place.id', 'a.place_id')
    .leftJoin('areas as area', 'area.id', 'a.area_id')
    .selectAll('a')
    .select([
      'p.slug as pool_slug',
      'p.title as pool_title',
      'p.organisation_id as pool_organisation_id',
      'p.target_days as pool_target_days',
      'applicant.name as applicant_name',
      'applicant.email as applicant_email',
      'applicant.locale as applicant_locale',
      'o.name as organisation_name',
      'place.name as place_name',
      'place.slug as place_slug',
      'area.name as area_name',
      'area.slug as area_slug',
    ]);
}

export type ApplicationRow = NonNullable<Awaited<ReturnType<typeof findApplicationRow>>>;

export async function findApplicationRow(db: Db, id: number) {
  return applicationsWithContext(db).where('a.id', '=', id).executeTakeFirst();
}

export async function listApplicationRowsOfApplicant(db: Db, userId: number) {
  return applicationsWithContext(db)
    .where('a.applicant_id', '=', userId)
    .orderBy('a.updated_at', 'desc')
    .orderBy('a.id', 'desc')
    .execute();
}

/** Applications of a pool in the given states, the longest waiting first. */
export async function listApplicationRowsOfPool(
  db: Db,
  poolId: number,
  statuses: readonly ApplicationStatus[],
) {
  if (statuses.length === 0) return [];
  return applicationsWithContext(db)
    .where('a.pool_id', '=', poolId)
    .where('a.status', 'in', statuses)
    .orderBy('a.submitted_at')
    .orderBy('a.id')
    .execute();
}

export async function insertApplication(db: Db, values: Insertable<GrantApplicationsTable>): Promise<number> {
  const row = await db
    .insertInto('grant_applications')
    .values(values)
    .returning('id')
    .executeTakeFirstOrThrow();
  return row.id;
}

/**
 * Changes an application only while it is in one of `from` — the status machine in one
 * statement, so two clicks (or two people) cannot both move it. False when it was not.
 */
export async function updateApplicationFrom(
  db: Db,
  id: number,
  from: readonly ApplicationStatus[],
  values: Updateable<GrantApplicationsTable>,
): Promise<boolean> {
  const result = await db
    .updateTable('grant_applications')
    .set(values)
    .where('id', '=', id)
    .where('status', 'in', from)
    .executeTakeFirst();
  return result.numUpdatedRows > 0n;
}

export async function listBudgetLines(db: Db, applicationIds: readonly number[]) {
  if (applicationIds.length === 0) return [];
  return db
    .selectFrom('grant_budget_lines')
    .select(['application_id', 'description', 'amount_ore'])
    .where('application_id', 'in', applicationIds)
    .orderBy('application_id')
    .orderBy('sort_order')
    .execute();
}

export async function replaceBudgetLines(
  db: Db,
  applicationId: number,
  lines: ReadonlyArray<{ description: string; amountOre: number }>,
): Promise<void> {
  await db.deleteFrom('grant_budget_lines').where('application_id', '=', applicationId).execute();
  if (lines.length === 0) return;
  await db
    .insertInto('grant_budget_lines')
    .values(
      lines.map((line, index) => ({
        application_id: applicationId,
        description: line.description,
        amount_ore: line.amountOre,
        sort_order: index,
      })),
    )
    .execute();
}

export async function insertEvent(
  db: Db,
  event: {
    applicationId: number;
    from: ApplicationStatus | null;
    to: ApplicationStatus;
    actorId: number | null;
    note: string;
    at: number;
  },
): Promise<void> {
  await db
    .insertInto('grant_events')
    .values({
      application_id: event.applicationId,
      from_status: event.from,
      to_status: event.to,
      actor_id: event.actorId,
      note: event.note,
      created_at: event.at,
    })
    .execute();
}

export async function listEvents(db: Db, applicationId: number) {
  return db
    .selectFrom('grant_events')
    .leftJoin('users', 'users.id', 'grant_events.actor_id')
    .select([
      'grant_events.id',
      'grant_events.from_status',
      'grant_events.to_status',
      'grant_events.note',
      'grant_events.created_at',
      'users.name as actor_name',
    ])
    .where('grant_events.application_id', '=', applicationId)
    .orderBy('grant_events.id')
    .execute();
}

export async function listPhotoMeta(db: Db, applicationId: number) {
  return db
    .selectFrom('grant_photos')
    .select(['id', 'purpose', 'width', 'height', 'alt_text'])
    .where('application_id', '=', applicationId)
    .orderBy('id')
    .execute();
}

export async function countPhotos(db: Db, applicationId: number, purpose: string): Promise<number> {
  const row = await db
    .selectFrom('grant_photos')
    .select((eb) => eb.fn.countAll<number | string>().as('n'))
    .where('application_id', '=', applicationId)
    .where('purpose', '=', purpose)
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

export async function insertPhoto(db: Db, values: Insertable<GrantPhotosTable>): Promise<number> {
  const row = await db.insertInto('grant_photos').values(values).returning('id').executeTakeFirstOrThrow();
  return row.id;
}

export async function findPhoto(db: Db, applicationId: number, photoId: number) {
  return db
    .selectFrom('grant_photos')
    .select(['id', 'purpose', 'data', 'content_type', 'created_at'])
    .where('application_id', '=', applicationId)
    .where('id', '=', photoId)
    .executeTakeFirst();
}

export async function deletePhotoRow(db: Db, applicationId: number, photoId: number): Promise<void> {
  await db
    .deleteFrom('grant_photos')
    .where('application_id', '=', applicationId)
    .where('id', '=', photoId)
    .execute();
}

/** Paid applications whose initiative ended on or before `endedBy` with no report and no reminder yet. */
export async function listDueReportReminders(db: Db, endedBy: string) {
  return applicationsWithContext(db)
    .where('a.status', '=', 'paid')
    .where('a.reported_at', 'is', null)
    .where('a.report_reminder_sent_at', 'is', null)
    .where('a.ends_on', 'is not', null)
    .where('a.ends_on', '<=', endedBy)
    .orderBy('a.id')
    .execute();
}

/** Marks the reminder as sent, once: false when another run got there first. */
export async function markReminderSent(db: Db, id: number, at: number): Promise<boolean> {
  const result = await db
    .updateTable('grant_applications')
    .set({ report_reminder_sent_at: at })
    .where('id', '=', id)
    .where('report_reminder_sent_at', 'is', null)
    .executeTakeFirst();
  return result.numUpdatedRows > 0n;
}

export async function deleteDraftRow(db: Db, id: number): Promise<void> {
  await db.deleteFrom('grant_applications').where('id', '=', id).where('status', '=', 'draft').execute();
}

/** True while some paid application has had no report reminder (so the daily sweep continues). */
export async function anyPaidWithoutReminder(db: Db): Promise<boolean> {
  const row = await db
    .selectFrom('grant_applications')
    .select('id')
    .where('status', '=', 'paid')
    .where('report_reminder_sent_at', 'is', null)
    .executeTakeFirst();
  return row !== undefined;
}
