import type { PoolFigures } from '#src/modules/grants/public/dashboard.ts';
import type {
  GrantFeatureCollectionJson,
  PoolFiguresJson,
  PoolJson,
  PublicGrantJson,
  PublicGrantListJson,
} from '#src/modules/grants/public/schemas.ts';
import type { PublicGrant, PublicPool } from '#src/modules/grants/public/service.ts';
import { type CsvCell, type CsvDialect, csvDocument } from '#src/platform/csv.ts';
import type { Translator } from '#src/platform/i18n.ts';

/** The open data's shapes, one place for the exports and the API, so they never drift apart. */

function ref(baseUrl: string, item: { slug: string; name: string; path: string }) {
  return { slug: item.slug, name: item.name, url: `${baseUrl}${item.path}` };
}

export function poolJson(pool: PublicPool, baseUrl: string): PoolJson {
  return {
    slug: pool.slug,
    title: pool.title,
    description: pool.description,
    organisation: ref(baseUrl, {
      ...pool.organisation,
      path: `/organisationer/${encodeURIComponent(pool.organisation.slug)}`,
    }),
    opensOn: pool.opensOn,
    closesOn: pool.closesOn,
    budgetOre: pool.budgetOre,
    maxGrantOre: pool.maxGrantOre,
    committedOre: pool.committedOre,
    paidOre: pool.paidOre,
    remainingOre: pool.remainingOre,
    targetDays: pool.targetDays,
    categories: pool.categories,
    url: `${baseUrl}${pool.path}`,
  };
}

export function grantJson(grant: PublicGrant, baseUrl: string): PublicGrantJson {
  const { applicant } = grant;
  return {
    id: grant.id,
    url: `${baseUrl}${grant.path}`,
    pool: grant.pool,
    title: grant.title,
    idea: grant.idea,
    category: grant.category,
    status: grant.status,
    applicant:
      applicant.kind === 'organisation'
        ? {
            kind: 'organisation',
            organisation: ref(baseUrl, {
              ...applicant,
              path: `/organisationer/${encodeURIComponent(applicant.slug)}`,
            }),
          }
        : { kind: 'resident', organisation: null },
    place:
      grant.place === null
        ? null
        : ref(baseUrl, { ...grant.place, path: `/steder/${encodeURIComponent(grant.place.slug)}` }),
    area: grant.area === null ? null : ref(baseUrl, grant.area),
    location: grant.location,
    startsOn: grant.startsOn,
    endsOn: grant.endsOn,
    requestedOre: grant.requestedOre,
    cofundingOre: grant.cofundingOre,
    grantedOre: grant.grantedOre,
    submittedOn: grant.submittedOn,
    decidedOn: grant.decidedOn,
    paidOn: grant.paidOn,
    reportedOn: grant.reportedOn,
    report:
      grant.report === null
        ? null
        : {
            text: grant.report.text,
            actualSpendOre: grant.report.actualSpendOre,
            photos: grant.report.photos.map((photo) => ({
              url: `${baseUrl}${photo.path}`,
              alt: photo.alt,
              width: photo.width,
              height: photo.height,
            })),
          },
  };
}

export function grantListJson(pool: PublicPool, grants: PublicGrant[], baseUrl: string): PublicGrantListJson {
  return { pool: poolJson(pool, baseUrl), items: grants.map((grant) => grantJson(grant, baseUrl)) };
}

export function figuresJson(figures: PoolFigures, baseUrl: string): PoolFiguresJson {
  const { applications } = figures;
  return {
    pool: poolJson(figures.pool, baseUrl),
    money: figures.money,
    applications: {
      total: applications.total,
      byStatus: applications.byStatus,
      byCategory: applications.byCategory,
      byArea: applications.byArea.map((row) => ({
        ...row,
        area: row.area === null ? null : ref(baseUrl, row.area),
      })),
    },
    decisionTime: figures.decisionTime,
  };
}

/** Located initiatives as RFC 7946 Features: [longitude, latitude]; `name` is what the map shows. */
export function grantsGeoJson(grants: PublicGrant[], baseUrl: string): GrantFeatureCollectionJson {
  return {
    type: 'FeatureCollection',
    features: grants.flatMap((grant) =>
      grant.location === null
        ? []
        : [
            {
              type: 'Feature' as const,
              id: grant.id,
              geometry: { type: 'Point' as const, coordinates: [grant.location.lon, grant.location.lat] },
              properties: {
                name: grant.title,
                pool: grant.pool.slug,
                status: grant.status,
                category: grant.category,
                grantedOre: grant.grantedOre,
                applicant: grant.applicant.kind === 'organisation' ? grant.applicant.name : null,
                area: grant.area?.name ?? null,
                precision: grant.location.precision,
                url: `${baseUrl}${grant.path}`,
              },
            },
          ],
    ),
  };
}

const CSV_HEADER = [
  'id',
  'title',
  'status',
  'status_label',
  'category',
  'category_label',
  'applicant',
  'place',
  'area',
  'lat',
  'lon',
  'location_precision',
  'starts_on',
  'ends_on',
  'requested_dkk',
  'cofunding_dkk',
  'granted_dkk',
  'actual_spend_dkk',
  'submitted_on',
  'decided_on',
  'paid_on',
  'reported_on',
  'report',
  'url',
] as const;

function kroner(ore: number | null): number | null {
  return ore === null ? null : ore / 100;
}

/**
 * The funded initiatives as CSV: stable English column names, codes plus labels in the reader's
 * language, amounts in kroner (a full stop for decimals in the RFC 4180 form, a comma in the
 * Danish Excel form), dates as YYYY-MM-DD.
 */
export function grantsCsv(
  t: Translator,
  grants: PublicGrant[],
  baseUrl: string,
  dialect: CsvDialect,
): string {
  const rows = grants.map((grant): CsvCell[] => [
    grant.id,
    grant.title,
    grant.status,
    t.t(`grantsPublic.status.${grant.status}`),
    grant.category,
    t.t(`grantsPublic.category.${grant.category}`),
    grant.applicant.kind === 'organisation' ? grant.applicant.name : t.t('grantsPublic.applicant.resident'),
    grant.place?.name ?? null,
    grant.area?.name ?? null,
    grant.location?.lat ?? null,
    grant.location?.lon ?? null,
    grant.location?.precision ?? null,
    grant.startsOn,
    grant.endsOn,
    kroner(grant.requestedOre),
    kroner(grant.cofundingOre),
    kroner(grant.grantedOre),
    kroner(grant.report?.actualSpendOre ?? null),
    grant.submittedOn,
    grant.decidedOn,
    grant.paidOn,
    grant.reportedOn,
    grant.report?.text ?? null,
    `${baseUrl}${grant.path}`,
  ]);
  return csvDocument(CSV_HEADER, rows, dialect);
}
