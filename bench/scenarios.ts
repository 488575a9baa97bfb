// What `npm run bench` measures: one request per scenario, repeated by autocannon. The public pages
// of the demo seed are here; bookings.ts and activities.ts add the scenarios over their bench data.
import type { Db } from '#src/db/database.ts';

/**
 * Which target a row is held to (issue 12): public read pages ≥ 10 % of hello-world with p99 < 50 ms,
 * searches ≥ 5 % with p99 < 100 ms, booking creation ≥ 1,000/s with no overlaps; `none` is measured
 * without a target (logged-in pages).
 */
export type TargetKind = 'read' | 'search' | 'contention' | 'none';

/** One measured request. Add a line to a list below to benchmark another route. */
export interface Scenario {
  name: string;
  path: string;
  target: TargetKind;
  method?: 'GET' | 'POST';
  headers?: Record<string, string>;
  body?: string;
  /** Statuses this scenario may answer besides 2xx (304 for a conditional GET, 409 when contended). */
  alsoExpected?: number[];
}

/** Slugs and ids of the demo seed that the public scenarios address. */
interface DemoFixtures {
  placeSlug: string;
  districtSlug: string;
  neighbourhoodSlug: string;
  organisationSlug: string;
  poolSlug: string;
  grantId: number;
  giveItemId: number;
}

function required<T>(value: T | undefined, what: string): T {
  if (value === undefined) throw new Error(`the demo seed has no ${what}; the bench needs one`);
  return value;
}

/** Reads real slugs from the seeded bench database, so a renamed demo record cannot turn a row into a 404. */
export async function demoFixtures(db: Db): Promise<DemoFixtures> {
  const k = db.kysely;
  const place = await k.selectFrom('places').select('slug').orderBy('id').executeTakeFirst();
  const neighbourhood = await k
    .selectFrom('areas as neighbourhood')
    .innerJoin('areas as district', 'district.id', 'neighbourhood.parent_id')
    .innerJoin('places', 'places.neighbourhood_id', 'neighbourhood.id')
    .select(['neighbourhood.slug as neighbourhood', 'district.slug as district'])
    .orderBy('places.id')
    .executeTakeFirst();
  const organisation = await k.selectFrom('organisations').select('slug').orderBy('id').executeTakeFirst();
  const grant = await k
    .selectFrom('grant_applications')
    .innerJoin('grant_pools', 'grant_pools.id', 'grant_applications.pool_id')
    .select(['grant_applications.id', 'grant_pools.slug'])
    .where('grant_applications.status', 'in', ['approved', 'paid', 'reported'])
    .orderBy('grant_applications.id')
    .executeTakeFirst();
  const giveItem = await k.selectFrom('give_items').select('id').orderBy('id').executeTakeFirst();
  const found = required(neighbourhood, 'place in a neighbourhood');
  return {
    placeSlug: required(place, 'place').slug,
    districtSlug: found.district,
    neighbourhoodSlug: found.neighbourhood,
    organisationSlug: required(organisation, 'organisation').slug,
    poolSlug: required(grant, 'granted application').slug,
    grantId: required(grant, 'granted application').id,
    giveItemId: required(giveItem, 'give-board item').id,
  };
}

function pageScenarios(demo: DemoFixtures): Scenario[] {
  return [
    { name: 'home', path: '/', target: 'read' },
    { name: 'place list', path: '/steder', target: 'read' },
    { name: 'place page (demo)', path: `/steder/${demo.placeSlug}`, target: 'read' },
    { name: 'districts', path: '/bydele', target: 'read' },
    { name: 'district page', path: `/bydele/${demo.districtSlug}`, target: 'read' },
    {
      name: 'neighbourhood page',
      path: `/bydele/${demo.districtSlug}/${demo.neighbourhoodSlug}`,
      target: 'read',
    },
    { name: 'organisations', path: '/organisationer', target: 'read' },
    { name: 'organisation page', path: `/organisationer/${demo.organisationSlug}`, target: 'read' },
    {
      name: 'organisation activities feed (iCal)',
      path: `/aktiviteter/organisationer/${demo.organisationSlug}.ics`,
      target: 'read',
    },
    { name: 'give-board', path: '/giv', target: 'read' },
    { name: 'give-board item', path: `/giv/${demo.giveItemId}`, target: 'read' },
    { name: 'pools', path: '/puljer', target: 'read' },
    { name: 'pool page', path: `/puljer/${demo.poolSlug}`, target: 'read' },
    { name: 'pool grants', path: `/puljer/${demo.poolSlug}/bevillinger`, target: 'read' },
    { name: 'pool grant page', path: `/puljer/${demo.poolSlug}/bevillinger/${demo.grantId}`, target: 'read' },
    { name: 'pool grants JSON', path: `/puljer/${demo.poolSlug}/bevillinger.json`, target: 'read' },
    { name: 'pool figures', path: `/puljer/${demo.poolSlug}/tal`, target: 'read' },
    { name: 'pool figures JSON', path: `/puljer/${demo.poolSlug}/tal.json`, target: 'read' },
    { name: 'quick actions', path: '/hurtige-handlinger', target: 'read' },
    { name: 'log-in page', path: '/log-ind', target: 'read' },
    { name: 'static page (privacy)', path: '/privatliv', target: 'read' },
  ];
}

function apiScenarios(): Scenario[] {
  return [
    { name: 'API places', path: '/api/v1/places', target: 'read' },
    { name: 'API activities', path: '/api/v1/activities', target: 'read' },
    { name: 'API pools', path: '/api/v1/pools', target: 'read' },
    { name: 'API give-board', path: '/api/v1/give-board', target: 'read' },
    { name: 'API organisations', path: '/api/v1/organisations', target: 'read' },
    // Browsers and GIS clients ask for gzip; the plain body (216 kB of official boundary) is measured too.
    {
      name: 'API districts GeoJSON (gzip)',
      path: '/api/v1/districts',
      target: 'read',
      headers: { accept: 'application/geo+json', 'accept-encoding': 'gzip' },
    },
    {
      name: 'API districts GeoJSON (plain)',
      path: '/api/v1/districts',
      target: 'read',
      headers: { accept: 'application/geo+json' },
    },
    { name: 'OpenAPI document', path: '/api/openapi.json', target: 'read' },
  ];
}

/** The public pages, feeds and API lists over the demo seed (bench data adds its own scenarios). */
export function publicScenarios(demo: DemoFixtures): Scenario[] {
  return [...pageScenarios(demo), ...apiScenarios()];
}
