import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  ensureAreas,
  getArea,
  getHomeDistrict,
  listDistricts,
  listNeighbourhoods,
  resolvePoint,
  resolveTypedPoint,
} from '#src/modules/areas/service.ts';
import { ValidationError } from '#src/platform/errors.ts';
import { createTestApp, type TestApp } from '#src/testing/test-app.ts';

const NEIGHBOURHOODS = [
  'Carlsberg Byen',
  'Enghave Brygge',
  'Kalvebod Brygge',
  'Sluseholmen',
  'Sydhavn',
  'Teglholmen',
  'Vesterbro',
];

describe('areas', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp();
    await ensureAreas(t.ctx);
  });
  afterAll(async () => {
    await t.close();
  });

  async function areaRows() {
    return t.ctx.db.kysely.selectFrom('areas').select(['id', 'slug', 'geometry']).orderBy('slug').execute();
  }

  it("loads Copenhagen's ten districts with Vesterbro-Kongens Enghave as the home district, listed first", async () => {
    const districts = await listDistricts(t.ctx);
    expect(districts).toHaveLength(10);
    expect(districts.map((district) => district.name)).toEqual(
      expect.arrayContaining(['Indre By', 'Østerbro', 'Nørrebro', 'Valby', 'Amager Vest', 'Brønshøj-Husum']),
    );
    expect(districts[0]?.name).toBe('Vesterbro-Kongens Enghave');
    expect(districts.filter((district) => district.isHome).map((district) => district.slug)).toEqual([
      'vesterbro-kongens-enghave',
    ]);
    expect((await getHomeDistrict(t.ctx))?.slug).toBe('vesterbro-kongens-enghave');
  });

  it('gives the home district its seven approximate neighbourhoods and no others', async () => {
    const home = await getArea(t.ctx, 'vesterbro-kongens-enghave');
    if (home === null) throw new Error('home district missing');
    const neighbourhoods = await listNeighbourhoods(t.ctx, home.id);
    expect(neighbourhoods.map((area) => area.name).sort()).toEqual(NEIGHBOURHOODS);
    expect(neighbourhoods.every((area) => area.approximate && area.kind === 'neighbourhood')).toBe(true);
    expect(neighbourhoods.every((area) => area.path.startsWith('/bydele/vesterbro-kongens-enghave/'))).toBe(
      true,
    );
    const valby = await getArea(t.ctx, 'valby');
    expect(valby?.approximate).toBe(false);
    expect(await listNeighbourhoods(t.ctx, valby?.id ?? 0)).toEqual([]);
  });

  it('loads nothing twice and keeps ids when run again', async () => {
    const before = await areaRows();
    await ensureAreas(t.ctx);
    await ensureAreas(t.ctx);
    expect(await areaRows()).toEqual(before);
    expect(before).toHaveLength(17);
  });

  it('restores a missing area and a changed boundary by slug, keeping the other ids', async () => {
    const before = await areaRows();
    await t.ctx.db.kysely.deleteFrom('areas').where('slug', '=', 'teglholmen').execute();
    await t.ctx.db.kysely
      .updateTable('areas')
      .set({ geometry: '{"type":"Polygon","coordinates":[[[0,0],[1,0],[1,1],[0,0]]]}' })
      .where('slug', '=', 'valby')
      .execute();
    await ensureAreas(t.ctx);
    const after = await areaRows();
    expect(after.map((row) => [row.slug, row.geometry])).toEqual(
      before.map((row) => [row.slug, row.geometry]),
    );
    const keptIds = (rows: typeof before) =>
      rows.filter((row) => row.slug !== 'teglholmen').map((row) => row.id);
    expect(keptIds(after)).toEqual(keptIds(before));
    const resolved = await resolvePoint(t.ctx, { lat: 55.651, lon: 12.548 });
    expect(resolved.neighbourhood?.slug).toBe('teglholmen');
  });

  it.each([
    ['Sluseholmen', 55.6455, 12.548, 'vesterbro-kongens-enghave', 'sluseholmen'],
    ['Carlsberg Byen', 55.666, 12.533, 'vesterbro-kongens-enghave', 'carlsberg-byen'],
    ['Teglholmen', 55.651, 12.548, 'vesterbro-kongens-enghave', 'teglholmen'],
    ['Enghave Brygge', 55.6555, 12.556, 'vesterbro-kongens-enghave', 'enghave-brygge'],
    ['Kalvebod Brygge (Fisketorvet)', 55.665, 12.566, 'vesterbro-kongens-enghave', 'kalvebod-brygge'],
    ['Vesterbro (Copenhagen Central)', 55.6726, 12.5647, 'vesterbro-kongens-enghave', 'vesterbro'],
    ['Sydhavn (Mozarts Plads)', 55.6505, 12.53, 'vesterbro-kongens-enghave', 'sydhavn'],
    ['Nørrebro', 55.694, 12.549, 'noerrebro', null],
  ])('places a point in %s', async (_label, lat, lon, district, neighbourhood) => {
    const resolved = await resolvePoint(t.ctx, { lat, lon });
    expect(resolved.district?.slug).toBe(district);
    expect(resolved.neighbourhood?.slug ?? null).toBe(neighbourhood);
  });

  it.each([
    ['the Øresund', 55.68, 12.65],
    ['the harbour basin', 55.66, 12.566],
    ['Frederiksberg, its own municipality', 55.6785, 12.532],
    ['Aarhus', 56.1567, 10.2108],
  ])('finds no district for a point in %s', async (_label, lat, lon) => {
    expect(await resolvePoint(t.ctx, { lat, lon })).toEqual({ district: null, neighbourhood: null });
  });

  it('reads typed coordinates with a decimal comma and suggests swapping latitude and longitude', async () => {
    const typed = await resolveTypedPoint(t.ctx, { lat: '55,666', lon: ' 12,533 ' });
    expect(typed.point).toEqual({ lat: 55.666, lon: 12.533 });
    expect(typed.resolved.neighbourhood?.name).toBe('Carlsberg Byen');
    const swapped = await resolveTypedPoint(t.ctx, { lat: '12.533', lon: '55.666' });
    expect(swapped.resolved.district).toBeNull();
    expect(swapped.swapped?.neighbourhood?.name).toBe('Carlsberg Byen');
  });

  it('names each problem with typed coordinates per field', async () => {
    const problems = async (raw: { lat?: string; lon?: string }) => {
      try {
        await resolveTypedPoint(t.ctx, raw);
        return null;
      } catch (error) {
        if (!(error instanceof ValidationError)) throw error;
        return Object.fromEntries(
          Object.entries(error.fieldErrors).map(([field, value]) => [field, value.key]),
        );
      }
    };
    expect(await problems({})).toEqual({ lat: 'areas.find.latRequired', lon: 'areas.find.lonRequired' });
    expect(await problems({ lat: 'north', lon: '12.5' })).toEqual({ lat: 'areas.find.latNotNumber' });
    expect(await problems({ lat: '91', lon: '-181' })).toEqual({
      lat: 'areas.find.latRange',
      lon: 'areas.find.lonRange',
    });
    expect(await problems({ lat: '1e3', lon: 'NaN' })).toEqual({
      lat: 'areas.find.latNotNumber',
      lon: 'areas.find.lonNotNumber',
    });
  });
});
