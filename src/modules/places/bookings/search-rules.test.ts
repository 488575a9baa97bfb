import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { membershipsOfUser } from '#src/modules/organisations/service.ts';
import { type BusyInterval, checkInterval } from '#src/modules/places/bookings/availability.ts';
import { findFreePlaces, type RoomQuery } from '#src/modules/places/bookings/search-service.ts';
import {
  createOrganisation,
  createPlace,
  type PlaceOptions,
} from '#src/modules/places/bookings/test-fixtures.ts';
import { getPlacesWithRules } from '#src/modules/places/service.ts';
import type { BookingStatus } from '#src/modules/places/tables.ts';
import type { CurrentUser } from '#src/platform/context.ts';
import { instantAt } from '#src/platform/local-time.ts';
import { DAY, HOUR, MINUTE } from '#src/platform/time.ts';
import { createPerson } from '#src/testing/fixtures.ts';
import { createTestApp, type TestApp } from '#src/testing/test-app.ts';

/**
 * The room search asks the database, not the engine, which places are free: for a spread of
 * places (each breaking one rule) and of searches (times, sizes, needs, who asks), the database's
 * answer must be exactly the places the availability engine would accept.
 */
describe('the room search applies the same rules as the availability engine', () => {
  let t: TestApp;
  const people: Array<CurrentUser | null> = [null];
  const placeIds: number[] = [];

  function asUser(id: number, name: string): CurrentUser {
    return { id, name, email: `${name}@byliv.test`, locale: 'da', isAdmin: false, emailVerified: true };
  }

  async function book(placeId: number, startsAt: number, endsAt: number, status: BookingStatus, buffer = 0) {
    await t.ctx.db.kysely
      .insertInto('bookings')
      .values({
        place_id: placeId,
        series_id: null,
        booker_id: null,
        organisation_id: null,
        title: 'Optaget',
        attendees: 4,
        responsible_host_name: '',
        responsible_host_phone: '',
        starts_at: startsAt,
        ends_at: endsAt,
        block_end: endsAt + buffer * MINUTE,
        status,
        decision_reason: status === 'rejected' ? 'Nej' : null,
        decided_by: null,
        decided_at: null,
        cancelled_at: null,
        cancelled_by: null,
        door_code: null,
        created_at: t.clock.now(),
      })
      .execute();
  }

  beforeAll(async () => {
    t = await createTestApp(); // the clock stands at 30 November 2026, 10:00
    const member = await createPerson(t.ctx, { name: 'Medlem' });
    const admin = await createPerson(t.ctx, { name: 'Admin' });
    const manager = await createPerson(t.ctx, { name: 'Leder' });
    const housing = await createPerson(t.ctx, { name: 'Beboer' });
    people.push(
      asUser(member.id, 'medlem'),
      asUser(admin.id, 'admin'),
      asUser(manager.id, 'leder'),
      asUser(housing.id, 'beboer'),
    );
    const club = await createOrganisation(t.ctx, {
      kind: 'association',
      members: [member.id],
      admins: [admin.id],
    });
    await createOrganisation(t.ctx, { kind: 'housing', members: [housing.id] });
    const other = await createOrganisation(t.ctx, { kind: 'municipality' });
    const weekdays = (startMinute: number, endMinute: number) =>
      [1, 2, 3, 4, 5].map((weekday) => ({ weekday, startMinute, endMinute }));
    const variants: Array<Omit<PlaceOptions, 'organisationId'> & { owner?: number }> = [
      {},
      { accessMode: 'open' },
      { accessMode: 'closed' },
      { accessMode: 'on_request' },
      { capacity: 10 },
      { capacity: null, stepFree: false },
      { windows: weekdays(17 * 60, 22 * 60), facilities: ['kitchen'] },
      { windows: [...weekdays(9 * 60, 12 * 60), ...weekdays(13 * 60, 17 * 60)] },
      { closedDates: [{ date: '2026-12-10', reason: 'Julefrokost' }] },
      { minNoticeHours: 48 },
      { maxAdvanceDays: 7 },
      { minDurationMinutes: 180 },
      { maxDurationMinutes: 60 },
      { bufferMinutes: 60 },
      { bookerScope: 'own_members', owner: club },
      { bookerScope: 'own_members', owner: other, managers: [manager.id] },
      { bookerScope: 'org_kinds', allowedKinds: ['housing'], owner: other },
      { windows: [1, 2, 3, 4, 5, 6, 7].map((weekday) => ({ weekday, startMinute: 1080, endMinute: 1440 })) },
      { facilities: ['kitchen', 'wifi'], lat: 55.66, lon: 12.55 },
      { lat: 55.64, lon: 12.53 },
    ];
    for (const [index, variant] of variants.entries()) {
      const { owner, ...options } = variant;
      const place = await createPlace(t.ctx, {
        name: `Sted ${String(index).padStart(2, '0')}`,
        organisationId: owner ?? club,
        ...options,
      });
      placeIds.push(place.id);
    }
    const [first, second, third, fourth] = placeIds;
    const at = (date: string, clock: number) => instantAt(date, clock * 60);
    // On 10 December: one place taken 19–21, one only by a cancelled booking, one by a request,
    // one by a booking from the day before reaching into the evening, and the buffered place
    // by a booking at 21:00 (its buffer makes 18–20 too close).
    if (first !== undefined) await book(first, at('2026-12-10', 19), at('2026-12-10', 21), 'approved');
    if (second !== undefined) await book(second, at('2026-12-10', 18), at('2026-12-10', 20), 'cancelled');
    if (third !== undefined) await book(third, at('2026-12-10', 17), at('2026-12-10', 19), 'requested');
    if (fourth !== undefined)
      await book(fourth, at('2026-12-09', 12), at('2026-12-10', 18) + 30 * MINUTE, 'approved');
    const buffered = placeIds[13];
    if (buffered !== undefined)
      await book(buffered, at('2026-12-10', 21), at('2026-12-10', 22), 'approved', 60);
    // A place with many past and later bookings around the searched evening, none touching it.
    const busy = placeIds[19];
    if (busy !== undefined) {
      for (let day = -5; day < 20; day += 1) {
        const start = at('2026-12-10', 12) + day * DAY;
        await book(busy, start, start + 5 * HOUR + 59 * MINUTE, day % 4 === 0 ? 'rejected' : 'approved');
      }
    }
  });
  afterAll(async () => {
    await t.close();
  });

  /** What the engine says, place by place, with every live booking of the place in hand. */
  async function engineAnswer(user: CurrentUser | null, query: RoomQuery): Promise<string[]> {
    const places = await getPlacesWithRules(t.ctx, placeIds);
    const memberships = user === null ? [] : await membershipsOfUser(t.ctx, user.id);
    const organisationIds = memberships.map((membership) => membership.organisationId);
    const kinds =
      organisationIds.length === 0
        ? []
        : (
            await t.ctx.db.kysely
              .selectFrom('organisations')
              .select('kind')
              .where('id', 'in', organisationIds)
              .execute()
          ).map((row) => row.kind);
    const managed =
      user === null
        ? []
        : (
            await t.ctx.db.kysely
              .selectFrom('place_managers')
              .select('place_id')
              .where('user_id', '=', user.id)
              .execute()
          ).map((row) => row.place_id);
    const free: string[] = [];
    for (const place of places) {
      if (query.stepFree && !place.stepFree) continue;
      if (!query.facilities.every((facility) => place.facilities.includes(facility))) continue;
      const rows = await t.ctx.db.kysely
        .selectFrom('bookings')
        .select(['starts_at', 'ends_at', 'block_end'])
        .where('place_id', '=', place.id)
        .where('status', 'in', ['requested', 'approved'])
        .execute();
      const busy: BusyInterval[] = rows.map((row) => ({
        startsAt: row.starts_at,
        endsAt: row.ends_at,
        blockEnd: row.block_end,
      }));
      const isManager =
        managed.includes(place.id) ||
        memberships.some((m) => m.organisationId === place.organisationId && m.role === 'admin');
      const problems = checkInterval(
        place,
        {
          startsAt: query.startsAt,
          endsAt: query.endsAt,
          attendees: query.attendees,
          responsibleHostName: '-',
        },
        { organisationIds, organisationKinds: kinds, isManager },
        busy,
        t.clock.now(),
      );
      if (problems.length === 0) free.push(place.name);
    }
    return free.sort();
  }

  const at = (date: string, hour: number, minute = 0) => instantAt(date, hour * 60 + minute);
  const searches: Array<[string, Omit<RoomQuery, 'origin' | 'stepFree' | 'facilities'>]> = [
    ['a Thursday evening', { attendees: 20, startsAt: at('2026-12-10', 18), endsAt: at('2026-12-10', 20) }],
    [
      'a small group late morning',
      { attendees: 5, startsAt: at('2026-12-10', 11), endsAt: at('2026-12-10', 14) },
    ],
    [
      'a short hour tomorrow',
      { attendees: 5, startsAt: at('2026-12-01', 9), endsAt: at('2026-12-01', 9, 45) },
    ],
    ['a Saturday afternoon', { attendees: 8, startsAt: at('2026-12-12', 13), endsAt: at('2026-12-12', 17) }],
    ['across midnight', { attendees: 8, startsAt: at('2026-12-10', 22), endsAt: at('2026-12-11', 1) }],
    [
      'over the spring clock change',
      { attendees: 8, startsAt: at('2027-03-28', 1), endsAt: at('2027-03-28', 4) },
    ],
    [
      'just as much notice as asked',
      { attendees: 5, startsAt: at('2026-12-02', 10), endsAt: at('2026-12-02', 11) },
    ],
    [
      'a quarter short of the notice',
      { attendees: 5, startsAt: at('2026-12-02', 9, 45), endsAt: at('2026-12-02', 11) },
    ],
    [
      'the last start allowed ahead',
      { attendees: 5, startsAt: at('2026-12-07', 10), endsAt: at('2026-12-07', 11) },
    ],
    [
      'a quarter too far ahead',
      { attendees: 5, startsAt: at('2026-12-07', 10, 15), endsAt: at('2026-12-07', 11) },
    ],
    ['far ahead', { attendees: 8, startsAt: at('2027-06-01', 18), endsAt: at('2027-06-01', 20) }],
    ['in the past', { attendees: 8, startsAt: at('2026-11-29', 18), endsAt: at('2026-11-29', 20) }],
  ];

  it.each(searches)('finds exactly the places the engine accepts: %s', async (_name, interval) => {
    for (const user of people) {
      for (const needs of [
        { stepFree: false, facilities: [] },
        { stepFree: true, facilities: ['kitchen' as const] },
      ]) {
        const query: RoomQuery = { ...interval, ...needs, origin: null };
        const found = await findFreePlaces(t.ctx, user, query);
        const names = found.hits.map((hit) => hit.place.name);
        expect(found.total, `${user?.name ?? 'anonym'} ${JSON.stringify(needs)}`).toBe(names.length);
        expect(found.hasMore).toBe(false);
        expect(names.sort(), `${user?.name ?? 'anonym'} ${JSON.stringify(needs)}`).toEqual(
          await engineAnswer(user, query),
        );
      }
    }
  });

  it('found some places free and some not, so the comparison means something', async () => {
    const evening = searches[0]?.[1];
    if (evening === undefined) throw new Error('no search');
    const found = await findFreePlaces(t.ctx, null, {
      ...evening,
      stepFree: false,
      facilities: [],
      origin: null,
    });
    expect(found.total).toBeGreaterThan(3);
    expect(found.total).toBeLessThan(placeIds.length - 5);
  });

  it('lists the nearest first and pages the rest', async () => {
    const query: RoomQuery = {
      attendees: 5,
      startsAt: at('2026-12-12', 13),
      endsAt: at('2026-12-12', 15),
      stepFree: false,
      facilities: [],
      origin: { lat: 55.66, lon: 12.55 },
    };
    const all = await findFreePlaces(t.ctx, null, query);
    expect(all.hits[0]?.place.name).toBe('Sted 18');
    const distances = all.hits.map((hit) => hit.distance ?? 0);
    expect(distances).toEqual([...distances].sort((a, b) => a - b));
    expect(all.hasMore).toBe(false);
    expect(await findFreePlaces(t.ctx, null, query, 2)).toMatchObject({ hits: [], hasMore: false, page: 2 });
  });
});
