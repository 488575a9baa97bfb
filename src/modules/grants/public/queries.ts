import type { Kysely } from 'kysely';
import type { Database } from '#src/db/schema.ts';
import type { ApplicationStatus, GrantCategory, LedgerKind } from '#src/modules/grants/tables.ts';

type Db = Kysely<Database>;

/** Funded initiatives: the only applications the open side shows one by one. */
export const PUBLIC_STATUSES = [
  'approved',
  'paid',
  'reported',
] as const satisfies readonly ApplicationStatus[];
export type PublicStatus = (typeof PUBLIC_STATUSES)[number];

// The owner's name and slug, and a place's name and position, are read here in the same query
// (not through the organisations and places services) so that one statement serves a whole list.
function poolsWithOwner(db: Db) {
  return db
    .selectFrom('grant_pools')
    .innerJoin('organisations', 'organisations.id', 'grant_pools.organisation_id')
    .select([
      'grant_pools.id',
      'grant_pools.slug',
      'grant_pools.title',
      'grant_pools.description',
      'grant_pools.opens_on',
      'grant_pools.closes_on',
      'grant_pools.budget_ore',
      'grant_pools.max_grant_ore',
      'grant_pools.committed_ore',
      'grant_pools.paid_ore',
      'grant_pools.target_days',
      'organisations.name as organisation_name',
      'organisations.slug as organisation_slug',
    ]);
}

export type PoolRow = Awaited<ReturnType<typeof findPoolBySlug>> & {};

export function findPoolBySlug(db: Db, slug: string) {
  return poolsWithOwner(db).where('grant_pools.slug', '=', slug).executeTakeFirst();
}

/** Every pool, the newest period first. */
export function listPools(db: Db) {
  return poolsWithOwner(db)
    .orderBy('grant_pools.opens_on', 'desc')
    .orderBy('grant_pools.id', 'desc')
    .execute();
}

/** The categories each pool accepts, for all pools or one. */
export function listPoolCategories(db: Db, poolId: number | null) {
  let query = db.selectFrom('grant_pool_categories').select(['pool_id', 'category']);
  if (poolId !== null) query = query.where('pool_id', '=', poolId);
  return query.execute();
}

/**
 * Funded applications with the public columns only: never the applicant's person, the budget
 * lines, the reviewers' votes and comments, or a decision's reasons.
 */
function publicApplications(db: Db) {
  return db
    .selectFrom('grant_applications as a')
    .innerJoin('grant_pools as p', 'p.id', 'a.pool_id')
    .leftJoin('organisations as o', 'o.id', 'a.organisation_id')
    .leftJoin('places as pl', 'pl.id', 'a.place_id')
    .where('a.status', 'in', PUBLIC_STATUSES)
    .select((eb) => [
      'a.id',
      'a.title',
      'a.idea',
      'a.category',
      'a.status',
      'a.area_id',
      'a.lat',
      'a.lon',
      'a.starts_on',
      'a.ends_on',
      'a.requested_ore',
      'a.cofunding_ore',
      'a.granted_ore',
      'a.submitted_at',
      'a.decided_at',
      'a.actual_spend_ore',
      'a.report_text',
      'a.reported_at',
      'a.organisation_id',
      'p.slug as pool_slug',
      'p.title as pool_title',
      'o.name as organisation_name',
      'o.slug as organisation_slug',
      'pl.slug as place_slug',
      'pl.name as place_name',
      'pl.lat as place_lat',
      'pl.lon as place_lon',
      'pl.district_id as place_district_id',
      'pl.neighbourhood_id as place_neighbourhood_id',
      eb
        .selectFrom('grant_ledger as l')
        .whereRef('l.application_id', '=', 'a.id')
        .where('l.kind', '=', 'pay')
        .select((sub) => sub.fn.max('l.booked_on').as('paid_on'))
        .as('paid_on'),
    ])
    .$narrowType<{ status: PublicStatus }>()
    .orderBy('a.decided_at', 'desc')
    .orderBy('a.id', 'desc');
}

export type PublicApplicationRow = Awaited<ReturnType<typeof listPublicApplications>>[number];

/** The funded initiatives of one pool, or of every pool when `poolId` is null; newest decision first. */
export function listPublicApplications(db: Db, poolId: number | null) {
  const query = publicApplications(db);
  return (poolId === null ? query : query.where('a.pool_id', '=', poolId)).execute();
}

export function findPublicApplication(db: Db, poolId: number, applicationId: number) {
  return publicApplications(db)
    .where('a.pool_id', '=', poolId)
    .where('a.id', '=', applicationId)
    .executeTakeFirst();
}

/** Photos of the reports, without their bytes. */
export function listReportPhotos(db: Db, applicationIds: readonly number[]) {
  if (applicationIds.length === 0) return Promise.resolve([]);
  return db
    .selectFrom('grant_photos')
    .select(['id', 'application_id', 'alt_text', 'width', 'height', 'created_at'])
    .where('purpose', '=', 'report')
    .where('application_id', 'in', applicationIds)
    .orderBy('application_id')
    .orderBy('id')
    .execute();
}

/** One report photo of a funded application of this pool, with its bytes. */
export function findReportPhoto(db: Db, poolSlug: string, applicationId: number, photoId: number) {
  return db
    .selectFrom('grant_photos as ph')
    .innerJoin('grant_applications as a', 'a.id', 'ph.application_id')
    .innerJoin('grant_pools as p', 'p.id', 'a.pool_id')
    .select(['ph.data', 'ph.content_type', 'ph.created_at'])
    .where('ph.id', '=', photoId)
    .where('ph.purpose', '=', 'report')
    .where('a.id', '=', applicationId)
    .where('a.status', 'in', PUBLIC_STATUSES)
    .where('p.slug', '=', poolSlug)
    .executeTakeFirst();
}

/** The ledger of a pool, summed per kind of movement. */
export async function ledgerTotals(db: Db, poolId: number): Promise<Record<LedgerKind, number>> {
  const rows = await db
    .selectFrom('grant_ledger')
    .select((eb) => ['kind', eb.fn.sum<number | string>('amount_ore').as('total')])
    .where('pool_id', '=', poolId)
    .groupBy('kind')
    .execute();
  const totals: Record<LedgerKind, number> = { commit: 0, release: 0, pay: 0, return: 0 };
  for (const row of rows) totals[row.kind] = Number(row.total);
  return totals;
}

export interface TallyRow {
  category: GrantCategory;
  status: ApplicationStatus;
  area_id: number | null;
  lat: number | null;
  lon: number | null;
  place_district_id: number | null;
  place_neighbourhood_id: number | null;
  requested_ore: number;
  granted_ore: number | null;
}

/** Every submitted application of a pool (drafts are nobody's business), with what locates it. */
export function listTallyRows(db: Db, poolId: number): Promise<TallyRow[]> {
  return db
    .selectFrom('grant_applications as a')
    .leftJoin('places as pl', 'pl.id', 'a.place_id')
    .select([
      'a.category',
      'a.status',
      'a.area_id',
      'a.lat',
      'a.lon',
      'pl.district_id as place_district_id',
      'pl.neighbourhood_id as place_neighbourhood_id',
      'a.requested_ore',
      'a.granted_ore',
    ])
    .where('a.pool_id', '=', poolId)
    .where('a.status', '<>', 'draft')
    .execute();
}

/** The state changes that move the decision clock, in time order per application. */
export function listClockEvents(db: Db, poolId: number) {
  return db
    .selectFrom('grant_events as e')
    .innerJoin('grant_applications as a', 'a.id', 'e.application_id')
    .select(['e.application_id', 'e.to_status', 'e.created_at'])
    .where('a.pool_id', '=', poolId)
    .where('e.to_status', 'in', ['submitted', 'needs_info', 'approved', 'rejected', 'withdrawn'])
    .orderBy('e.application_id')
    .orderBy('e.created_at')
    .orderBy('e.id')
    .execute();
}

/** How many funded initiatives each pool has. */
export async function countPublicApplicationsByPool(db: Db): Promise<Map<number, number>> {
  const rows = await db
    .selectFrom('grant_applications')
    .select((eb) => ['pool_id', eb.fn.countAll<number | string>().as('funded')])
    .where('status', 'in', PUBLIC_STATUSES)
    .groupBy('pool_id')
    .execute();
  return new Map(rows.map((row) => [row.pool_id, Number(row.funded)]));
}
