import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ensureAreas, getArea } from '#src/modules/areas/service.ts';
import {
  insertApplication,
  insertLedger,
  insertOrganisation,
  insertPool,
  type TestPool,
} from '#src/modules/grants/public/test-support.ts';
import { createPerson, type TestPerson } from '#src/testing/fixtures.ts';
import { createTestApp, type TestApp } from '#src/testing/test-app.ts';

const HIDDEN_TITLES = [
  'Afvist idé om grill',
  'Kladde til en scene',
  'Trukket idé om bod',
  'Ventende idé om bænk',
];

describe('the open side of a pool', () => {
  let t: TestApp;
  let pool: TestPool;
  let resident: TestPerson;
  let organisation: { id: number; slug: string };
  const ids: Record<string, number> = {};

  beforeAll(async () => {
    t = await createTestApp();
    await ensureAreas(t.ctx);
    const sluseholmen = await getArea(t.ctx, 'sluseholmen');
    resident = await createPerson(t.ctx, { name: 'Hemmelig Hansen', email: 'hemmelig.hansen@example.dk' });
    organisation = await insertOrganisation(t.ctx, 'Sluseholmen Beboerforening');
    pool = await insertPool(t.ctx, organisation.id, {
      title: 'Hurtige handlinger 2026',
      budgetOre: 10_000_000,
      committedOre: 1_200_000,
      paidOre: 800_000,
    });
    ids.bench = await insertApplication(t.ctx, pool.id, {
      status: 'approved',
      title: 'Bænk ved kanalen',
      organisationId: organisation.id,
      applicantId: resident.id,
      areaId: sluseholmen?.id ?? null,
      requestedOre: 500_000,
      grantedOre: 400_000,
      events: [
        ['submitted', 0],
        ['approved', 6],
      ],
    });
    ids.shelf = await insertApplication(t.ctx, pool.id, {
      status: 'paid',
      title: 'Byttehylde i gården',
      category: 'swap_shelf',
      applicantId: resident.id,
      point: { lat: 55.645571, lon: 12.548219 },
      whereText: 'Gården bag Sluseholmen 12, 3. tv',
      requestedOre: 300_000,
      events: [
        ['submitted', 0],
        ['needs_info', 2],
        ['submitted', 5],
        ['approved', 10],
        ['paid', 20],
      ],
    });
    ids.dining = await insertApplication(t.ctx, pool.id, {
      status: 'reported',
      title: 'Fællesspisning på kajen',
      category: 'communal_dining',
      organisationId: organisation.id,
      requestedOre: 500_000,
      grantedOre: 500_000,
      report: 'Vi var 80, og "alle" kom igen.\n\nTak for støtten.',
      actualSpendOre: 480_050,
      events: [
        ['submitted', 0],
        ['approved', 3],
        ['paid', 10],
        ['reported', 60],
      ],
    });
    ids.rejected = await insertApplication(t.ctx, pool.id, {
      status: 'rejected',
      title: HIDDEN_TITLES[0],
      applicantId: resident.id,
      decisionReason: 'Hemmelig begrundelse',
      events: [
        ['submitted', 0],
        ['rejected', 12],
      ],
    });
    await insertApplication(t.ctx, pool.id, {
      status: 'draft',
      title: HIDDEN_TITLES[1],
      applicantId: resident.id,
    });
    await insertApplication(t.ctx, pool.id, {
      status: 'withdrawn',
      title: HIDDEN_TITLES[2],
      events: [
        ['submitted', 0],
        ['withdrawn', 1],
      ],
    });
    await insertApplication(t.ctx, pool.id, { status: 'submitted', title: HIDDEN_TITLES[3] });
    for (const [id, amount] of [
      [ids.bench, 400_000],
      [ids.shelf, 300_000],
      [ids.dining, 500_000],
    ] as const) {
      await insertLedger(t.ctx, pool.id, id ?? 0, 'commit', amount);
    }
    await insertLedger(t.ctx, pool.id, ids.shelf ?? 0, 'pay', 300_000, '2026-03-21');
    await insertLedger(t.ctx, pool.id, ids.dining ?? 0, 'pay', 400_000, '2026-03-11');
    await insertLedger(t.ctx, pool.id, ids.dining ?? 0, 'pay', 100_000, '2026-03-12');
    await t.ctx.db.kysely
      .insertInto('grant_photos')
      .values([
        {
          application_id: ids.dining ?? 0,
          purpose: 'report',
          data: Buffer.from('report-photo'),
          content_type: 'image/jpeg',
          width: 800,
          height: 600,
          alt_text: 'Lange borde på kajen',
          created_at: 1,
        },
        {
          application_id: ids.rejected ?? 0,
          purpose: 'application',
          data: Buffer.from('private'),
          content_type: 'image/jpeg',
          width: 10,
          height: 10,
          alt_text: '',
          created_at: 1,
        },
      ])
      .execute();
  });
  afterAll(async () => {
    await t.close();
  });

  /** The page's text with no-break spaces (as Intl writes "100.000 kr.") made plain. */
  async function get(url: string, cookies: Record<string, string> = {}) {
    const response = await t.app.inject({ url, cookies });
    return { ...response, body: response.body.replaceAll('\u00a0', ' ') };
  }

  const personal = () => [
    'Hemmelig Hansen',
    'hemmelig.hansen@example.dk',
    'Hemmelig begrundelse',
    'Sluseholmen 12, 3. tv',
  ];

  function expectNothingHiddenOrPersonal(body: string): void {
    for (const text of [...HIDDEN_TITLES, ...personal()]) expect(body).not.toContain(text);
  }

  it('lists the funded initiatives with their status, and nothing else', async () => {
    const response = await get(`/puljer/${pool.slug}/bevillinger`);
    expect(response.statusCode).toBe(200);
    for (const title of ['Bænk ved kanalen', 'Byttehylde i gården', 'Fællesspisning på kajen']) {
      expect(response.body).toContain(title);
    }
    expect(response.body).toContain('3 bevillinger');
    expect(response.body).toContain('Udbetalt');
    expect(response.body).toContain('Rapporteret');
    expect(response.body).toContain('4.000 kr. til Sluseholmen Beboerforening');
    expectNothingHiddenOrPersonal(response.body);
  });

  it('names a private applicant only as "a resident"', async () => {
    const response = await get(`/puljer/${pool.slug}/bevillinger/${ids.shelf}`);
    expect(response.statusCode).toBe(200);
    expect(response.body).toContain('En beboer');
    expectNothingHiddenOrPersonal(response.body);
  });

  it('shows a report with its text, actual spend and photos', async () => {
    const page = await get(`/puljer/${pool.slug}/bevillinger/${ids.dining}`);
    expect(page.body).toContain('Vi var 80, og &quot;alle&quot; kom igen.');
    expect(page.body).toContain('Faktisk forbrug: 4.800,50 kr.');
    const src = /<img src="([^"]+)" alt="Lange borde på kajen"/.exec(page.body)?.[1] ?? '';
    const photo = await t.app.inject({ url: src });
    expect(photo.statusCode).toBe(200);
    expect(photo.headers['content-type']).toBe('image/jpeg');
    expect(photo.rawPayload.toString()).toBe('report-photo');
  });

  it('answers 404 for an application that is not funded, and for its photos', async () => {
    for (const url of [
      `/puljer/${pool.slug}/bevillinger/${ids.rejected}`,
      `/puljer/${pool.slug}/bevillinger/${ids.rejected}/fotos/2`,
      '/puljer/findes-ikke/bevillinger',
      '/puljer/findes-ikke/tal',
    ]) {
      expect((await t.app.inject({ url })).statusCode, url).toBe(404);
    }
  });

  it('exports the funded initiatives as CSV, escaped and without personal data', async () => {
    const response = await t.app.inject({ url: `/puljer/${pool.slug}/bevillinger.csv` });
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-type']).toContain('text/csv');
    expect(response.headers['content-disposition']).toContain(`bevillinger-${pool.slug}.csv`);
    const lines = response.body.replace(/^\uFEFF/, '').split('\r\n');
    expect(lines[0]).toMatch(/^id,title,status,status_label,category,category_label,applicant,/);
    expect(response.body).toContain('"Vi var 80, og ""alle"" kom igen.\n\nTak for støtten."');
    expect(response.body).toContain(',En beboer,');
    expect(response.body).toContain(',4800.5,');
    // Header, three initiatives and the empty string after the last CRLF; the report spans lines.
    expect(response.body.split(/\r\n/).length).toBe(5);
    expectNothingHiddenOrPersonal(response.body);
  });

  it('exports the same initiatives as JSON, with a resident’s map point rounded', async () => {
    const response = await t.app.inject({ url: `/puljer/${pool.slug}/bevillinger.json` });
    expect(response.statusCode).toBe(200);
    const body = response.json();
    expect(body.items).toHaveLength(3);
    const shelf = body.items.find((item: { id: number }) => item.id === ids.shelf);
    expect(shelf.applicant).toEqual({ kind: 'resident', organisation: null });
    expect(shelf.location).toEqual({ lat: 55.646, lon: 12.548, precision: 'approximate' });
    expect(shelf.area.slug).toBe('sluseholmen');
    expect(shelf.paidOn).toBe('2026-03-21');
    const bench = body.items.find((item: { id: number }) => item.id === ids.bench);
    expect(bench.applicant.organisation.name).toBe('Sluseholmen Beboerforening');
    expect(bench.location.precision).toBe('area');
    expectNothingHiddenOrPersonal(response.body);
  });

  it('draws the dashboard as SVG charts, each with a table of the same numbers', async () => {
    const response = await get(`/puljer/${pool.slug}/tal`);
    expect(response.statusCode).toBe(200);
    const body = response.body;
    expect(body).not.toContain('<script>');
    for (const id of ['penge', 'sagsbehandlingstid', 'kategorier', 'kvarterer', 'status']) {
      expect(body).toContain(
        `<svg class="app-chart__svg" role="img" aria-labelledby="${id}-svg-title" aria-describedby="${id}-svg-desc"`,
      );
    }
    expect(body.match(/<table class="[^"]*app-chart__table" role="table">/g)?.length).toBe(5);
    // Budget 100.000, committed 12.000, paid 8.000 and remaining 88.000 kr.
    for (const amount of ['100.000 kr.', '12.000 kr.', '8.000 kr.', '88.000 kr.']) {
      expect(body).toMatch(
        new RegExp(`<td role="cell" class="align-text-right" data-title="[^"]+">${amount}</td>`),
      );
    }
    // Decisions after 3, 6, 10 and 12 days: median 8, 90th percentile 11,4, target 14.
    expect(body).toContain('class="align-text-right" data-title="Dage">8 dage</td>');
    expect(body).toContain('class="align-text-right" data-title="Dage">11,4 dage</td>');
    expect(body).toContain('class="align-text-right" data-title="Dage">14 dage</td>');
    // The caption says how many decisions met the target, not a truism about the percentile.
    expect(body).toContain('Afgjort inden for målet: 4 af 4.');
    expect(body).not.toContain('inden for 90-procent-fraktilen');
    expect(body).not.toContain('alert-warning');
    expectNothingHiddenOrPersonal(body);
  });

  it('gives the figures as JSON: money, categories, neighbourhoods and decision times', async () => {
    const body = (await t.app.inject({ url: `/puljer/${pool.slug}/tal.json` })).json();
    expect(body.money).toEqual({
      budgetOre: 10_000_000,
      committedOre: 1_200_000,
      paidOre: 800_000,
      remainingOre: 8_800_000,
      ledger: { committedOre: 1_200_000, paidOre: 800_000, agrees: true },
    });
    expect(body.applications.total).toEqual({
      applications: 6,
      requestedOre: 2_800_000,
      grantedOre: 1_200_000,
    });
    const bench = body.applications.byCategory.find((row: { category: string }) => row.category === 'bench');
    expect(bench).toEqual({
      category: 'bench',
      applications: 4,
      requestedOre: 2_000_000,
      grantedOre: 400_000,
    });
    const sluseholmen = body.applications.byArea.find(
      (row: { area: { slug: string } | null }) => row.area?.slug === 'sluseholmen',
    );
    expect(sluseholmen).toMatchObject({ applications: 2, grantedOre: 700_000 });
    expect(body.decisionTime).toMatchObject({
      decisions: 4,
      medianDays: 8,
      p90Days: 11.4,
      withinTarget: 4,
      awaitingDecision: 1,
    });
  });

  it('warns on the dashboard when the ledger does not add up to the pool’s sums', async () => {
    const other = await insertPool(t.ctx, organisation.id, { committedOre: 100_000 });
    const response = await get(`/puljer/${other.slug}/tal`);
    expect(response.body).toContain('alert-warning');
    expect(response.body).toContain('Puljens regnskab (bevægelserne) giver andre tal');
  });

  it('says "no decisions yet" for a pool without decisions, in the page and the JSON', async () => {
    const empty = await insertPool(t.ctx, organisation.id);
    const page = await t.app.inject({ url: `/puljer/${empty.slug}/tal` });
    expect(page.body).toContain('Ingen afgørelser endnu.');
    expect(page.body).not.toContain('NaN');
    const json = (await t.app.inject({ url: `/puljer/${empty.slug}/tal.json` })).json();
    expect(json.decisionTime).toMatchObject({ decisions: 0, medianDays: null, p90Days: null });
    const list = await t.app.inject({ url: `/puljer/${empty.slug}/bevillinger` });
    expect(list.body).toContain('Puljen har ikke givet penge til noget endnu.');
  });

  it('shows every pool with its key figures on the overview, in English too', async () => {
    const response = await get('/hurtige-handlinger', { byliv_lang: 'en' });
    expect(response.statusCode).toBe(200);
    expect(response.body).toContain('Quick actions');
    expect(response.body).toContain('Hurtige handlinger 2026');
    expect(response.body).toContain('3 grants');
    expect(response.body).toContain('Budget DKK 100,000 · granted DKK 12,000 · remaining DKK 88,000');
  });
});
