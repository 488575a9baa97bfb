import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ensureAreas, getArea } from '#src/modules/areas/service.ts';
import {
  insertApplication,
  insertOrganisation,
  insertPool,
  type TestPool,
} from '#src/modules/grants/public/test-support.ts';
import type { ApplicationStatus } from '#src/modules/grants/tables.ts';
import { countQueries } from '#src/testing/query-count.ts';
import { createTestApp, type TestApp } from '#src/testing/test-app.ts';

const STATUSES: ApplicationStatus[] = [
  'approved',
  'paid',
  'reported',
  'rejected',
  'submitted',
  'withdrawn',
  'draft',
];
const CATEGORIES = ['bench', 'swap_shelf', 'communal_dining', 'green_pocket', 'culture', 'other'] as const;

/**
 * The open pages cost the same number of queries whether a pool has 5 or 200 applications:
 * everything is read set-wise, never one query per application.
 */
describe('queries per open page do not grow with the number of applications', () => {
  let t: TestApp;
  let pool: TestPool;
  let organisationId: number;
  let areaId: number | null;
  let inserted = 0;
  let reportedId = 0;

  function eventsFor(status: ApplicationStatus, index: number): Array<[ApplicationStatus, number]> {
    if (status === 'draft') return [];
    const events: Array<[ApplicationStatus, number]> = [['submitted', 0]];
    if (index % 4 === 0) events.push(['needs_info', 1], ['submitted', 3]);
    if (status === 'withdrawn') events.push(['withdrawn', 4]);
    else if (status !== 'submitted')
      events.push([status === 'rejected' ? 'rejected' : 'approved', 4 + (index % 20)]);
    return events;
  }

  async function addApplications(count: number): Promise<void> {
    for (let offset = 0; offset < count; offset += 1) {
      const index = inserted + offset;
      const status = STATUSES[index % STATUSES.length] ?? 'approved';
      const id = await insertApplication(t.ctx, pool.id, {
        status,
        title: `Initiativ ${index}`,
        category: CATEGORIES[index % CATEGORIES.length],
        organisationId: index % 2 === 0 ? organisationId : null,
        areaId: index % 3 === 0 ? areaId : null,
        point: index % 3 === 1 ? { lat: 55.6455, lon: 12.548 } : undefined,
        report: status === 'reported' ? 'Det gik godt.' : null,
        events: eventsFor(status, index),
      });
      if (status === 'reported') {
        reportedId = id;
        await t.ctx.db.kysely
          .insertInto('grant_photos')
          .values({
            application_id: id,
            purpose: 'report',
            data: Buffer.from('x'),
            content_type: 'image/jpeg',
            width: 1,
            height: 1,
            alt_text: '',
            created_at: 0,
          })
          .execute();
      }
    }
    inserted += count;
  }

  async function queriesFor(url: string): Promise<number> {
    const { result, count } = await countQueries(() => t.app.inject({ url }));
    expect(result.statusCode, url).toBe(200);
    return count;
  }

  async function measure(): Promise<Record<string, number>> {
    const urls = {
      overview: '/hurtige-handlinger',
      list: `/puljer/${pool.slug}/bevillinger`,
      detail: `/puljer/${pool.slug}/bevillinger/${reportedId}`,
      csv: `/puljer/${pool.slug}/bevillinger.csv`,
      json: `/puljer/${pool.slug}/bevillinger.json`,
      dashboard: `/puljer/${pool.slug}/tal`,
      figuresJson: `/puljer/${pool.slug}/tal.json`,
      apiFigures: `/api/v1/pools/${pool.slug}/figures`,
      apiGrants: `/api/v1/pools/${pool.slug}/grants`,
      geojson: '/api/v1/grants.geojson',
      geojsonPool: `/api/v1/grants.geojson?pool=${pool.slug}`,
    };
    const counts: Record<string, number> = {};
    for (const [name, url] of Object.entries(urls)) counts[name] = await queriesFor(url);
    return counts;
  }

  beforeAll(async () => {
    // Counts the work of building the pages, so the public page cache is off (public-cache.ts).
    t = await createTestApp({ env: { PUBLIC_CACHE_MB: '0' } });
    await ensureAreas(t.ctx);
    areaId = (await getArea(t.ctx, 'teglholmen'))?.id ?? null;
    organisationId = (await insertOrganisation(t.ctx, 'Kajens Venner')).id;
    pool = await insertPool(t.ctx, organisationId);
  });
  afterAll(async () => {
    await t.close();
  });

  it('reads the same number of queries at 5 and at 200 applications', async () => {
    await addApplications(5);
    await measure(); // warms the area cache, read once per process
    const few = await measure();
    await addApplications(195);
    const many = await measure();
    expect(many).toEqual(few);
    expect(few).toEqual({
      overview: 3,
      list: 4,
      // + the give-board sponsorship offers it links (none here).
      detail: 5,
      csv: 4,
      json: 4,
      dashboard: 5,
      figuresJson: 5,
      apiFigures: 5,
      apiGrants: 4,
      geojson: 2,
      geojsonPool: 4,
    });
  });
});
