import {
  type AreaLookup,
  areaLookup,
  areaOf,
  areaRef,
  type GrantLocation,
  locationOf,
} from '#src/modules/grants/public/locate.ts';
import {
  countPublicApplicationsByPool,
  findPoolBySlug,
  findPublicApplication,
  findReportPhoto,
  listPoolCategories,
  listPools,
  listPublicApplications,
  listReportPhotos,
  type PoolRow,
  type PublicApplicationRow,
  type PublicStatus,
} from '#src/modules/grants/public/queries.ts';
import { GRANT_CATEGORIES, type GrantCategory } from '#src/modules/grants/tables.ts';
import type { AppContext } from '#src/platform/context.ts';
import { NotFoundError } from '#src/platform/errors.ts';
import { localParts } from '#src/platform/local-time.ts';

export interface PublicPool {
  id: number;
  slug: string;
  title: string;
  description: string;
  organisation: { slug: string; name: string };
  /** Local dates, inclusive. */
  opensOn: string;
  closesOn: string;
  budgetOre: number;
  maxGrantOre: number;
  committedOre: number;
  paidOre: number;
  remainingOre: number;
  targetDays: number;
  categories: GrantCategory[];
  path: string;
}

export interface PublicPhoto {
  id: number;
  alt: string;
  width: number;
  height: number;
  path: string;
}

/**
 * A funded initiative as anyone may see it. The applicant is an organisation by name, or "a
 * resident": a private person's name, e-mail and address are never shown, and their map point is
 * rounded. What was applied for, granted, paid and reported is public: it is the pool's money.
 */
export interface PublicGrant {
  id: number;
  pool: { slug: string; title: string };
  title: string;
  idea: string;
  category: GrantCategory;
  status: PublicStatus;
  applicant: { kind: 'organisation'; slug: string; name: string } | { kind: 'resident' };
  place: { slug: string; name: string } | null;
  area: { slug: string; name: string; path: string } | null;
  location: GrantLocation | null;
  startsOn: string | null;
  endsOn: string | null;
  requestedOre: number;
  cofundingOre: number;
  grantedOre: number;
  /** Local dates. */
  submittedOn: string | null;
  decidedOn: string | null;
  paidOn: string | null;
  reportedOn: string | null;
  report: { text: string; actualSpendOre: number | null; photos: PublicPhoto[] } | null;
  path: string;
}

function localDate(epochMs: number | null): string | null {
  return epochMs === null ? null : localParts(epochMs).date;
}

function toPool(row: PoolRow, categories: GrantCategory[]): PublicPool {
  return {
    id: row.id,
    slug: row.slug,
    title: row.title,
    description: row.description,
    organisation: { slug: row.organisation_slug, name: row.organisation_name },
    opensOn: row.opens_on,
    closesOn: row.closes_on,
    budgetOre: row.budget_ore,
    maxGrantOre: row.max_grant_ore,
    committedOre: row.committed_ore,
    paidOre: row.paid_ore,
    remainingOre: row.budget_ore - row.committed_ore,
    targetDays: row.target_days,
    categories: GRANT_CATEGORIES.filter((category) => categories.includes(category)),
    path: `/puljer/${encodeURIComponent(row.slug)}`,
  };
}

/** A pool by its slug, with the categories it accepts; NotFoundError when there is none. */
export async function getPublicPool(ctx: AppContext, slug: string): Promise<PublicPool> {
  const row = await findPoolBySlug(ctx.db.kysely, slug);
  if (row === undefined) throw new NotFoundError('grantsPublic.error.poolNotFound');
  const categories = await listPoolCategories(ctx.db.kysely, row.id);
  return toPool(
    row,
    categories.map((entry) => entry.category),
  );
}

/** Every pool, newest period first, with how many initiatives it funded: three queries. */
export async function listPublicPools(ctx: AppContext): Promise<Array<PublicPool & { funded: number }>> {
  const [rows, categories, funded] = await Promise.all([
    listPools(ctx.db.kysely),
    listPoolCategories(ctx.db.kysely, null),
    countPublicApplicationsByPool(ctx.db.kysely),
  ]);
  return rows.map((row) => ({
    ...toPool(
      row,
      categories.filter((entry) => entry.pool_id === row.id).map((entry) => entry.category),
    ),
    funded: funded.get(row.id) ?? 0,
  }));
}

type PhotoRow = Awaited<ReturnType<typeof listReportPhotos>>[number];

async function toGrant(
  lookup: AreaLookup,
  row: PublicApplicationRow,
  photos: PhotoRow[],
): Promise<PublicGrant> {
  const byResident = row.organisation_id === null || row.organisation_name === null;
  const where = { ...row };
  const area = await areaOf(lookup, where);
  const path = `/puljer/${encodeURIComponent(row.pool_slug)}/bevillinger/${row.id}`;
  const reported = row.status === 'reported' && row.report_text !== null;
  return {
    id: row.id,
    pool: { slug: row.pool_slug, title: row.pool_title },
    title: row.title,
    idea: row.idea,
    category: row.category,
    status: row.status,
    applicant:
      byResident || row.organisation_slug === null
        ? { kind: 'resident' }
        : { kind: 'organisation', slug: row.organisation_slug, name: row.organisation_name ?? '' },
    place:
      row.place_slug === null || row.place_name === null
        ? null
        : { slug: row.place_slug, name: row.place_name },
    area: areaRef(area),
    location: locationOf(where, area, byResident),
    startsOn: row.starts_on,
    endsOn: row.ends_on,
    requestedOre: row.requested_ore,
    cofundingOre: row.cofunding_ore,
    grantedOre: row.granted_ore ?? 0,
    submittedOn: localDate(row.submitted_at),
    decidedOn: localDate(row.decided_at),
    paidOn: row.paid_on ?? null,
    reportedOn: localDate(row.reported_at),
    report: reported
      ? {
          text: row.report_text ?? '',
          actualSpendOre: row.actual_spend_ore,
          photos: photos.map((photo) => ({
            id: photo.id,
            alt: photo.alt_text,
            width: photo.width,
            height: photo.height,
            path: `${path}/fotos/${photo.id}`,
          })),
        }
      : null,
    path,
  };
}

async function toGrants(ctx: AppContext, rows: PublicApplicationRow[]): Promise<PublicGrant[]> {
  const [lookup, photos] = await Promise.all([
    areaLookup(ctx),
    listReportPhotos(
      ctx.db.kysely,
      rows.filter((row) => row.status === 'reported').map((row) => row.id),
    ),
  ]);
  return Promise.all(
    rows.map((row) =>
      toGrant(
        lookup,
        row,
        photos.filter((photo) => photo.application_id === row.id),
      ),
    ),
  );
}

/** A pool and its funded initiatives, newest decision first: four queries however many there are. */
export async function publicGrantsOfPool(
  ctx: AppContext,
  slug: string,
): Promise<{ pool: PublicPool; grants: PublicGrant[] }> {
  const pool = await getPublicPool(ctx, slug);
  const rows = await listPublicApplications(ctx.db.kysely, pool.id);
  return { pool, grants: await toGrants(ctx, rows) };
}

/** Funded initiatives of every pool, for the all-pools map and GeoJSON. */
export async function allPublicGrants(ctx: AppContext): Promise<PublicGrant[]> {
  return toGrants(ctx, await listPublicApplications(ctx.db.kysely, null));
}

/** One funded initiative; NotFoundError for any other application, so drafts and refusals stay unseen. */
export async function publicGrantOfPool(
  ctx: AppContext,
  slug: string,
  applicationId: number,
): Promise<{ pool: PublicPool; grant: PublicGrant }> {
  const pool = await getPublicPool(ctx, slug);
  const row = await findPublicApplication(ctx.db.kysely, pool.id, applicationId);
  if (row === undefined) throw new NotFoundError('grantsPublic.error.grantNotFound');
  const [grant] = await toGrants(ctx, [row]);
  if (grant === undefined) throw new NotFoundError('grantsPublic.error.grantNotFound');
  return { pool, grant };
}

/** The bytes of a report photo of a funded initiative. */
export async function getReportPhoto(
  ctx: AppContext,
  slug: string,
  applicationId: number,
  photoId: number,
): Promise<{ data: Buffer; contentType: string; createdAt: number }> {
  const photo = await findReportPhoto(ctx.db.kysely, slug, applicationId, photoId);
  if (photo === undefined) throw new NotFoundError('grantsPublic.error.photoNotFound');
  return { data: photo.data, contentType: photo.content_type, createdAt: photo.created_at };
}
