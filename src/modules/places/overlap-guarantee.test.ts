import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { isBookingOverlap } from '#src/db/constraint-errors.ts';
import { openDatabase } from '#src/db/database.ts';
import type { BookingStatus } from '#src/modules/places/tables.ts';
import { HOUR } from '#src/platform/time.ts';
import { createPerson } from '#src/testing/fixtures.ts';
import { createTestApp, type TestApp } from '#src/testing/test-app.ts';

const T0 = Date.UTC(2026, 11, 3, 17, 0, 0);

describe('the database guarantee that live bookings of one place never overlap', () => {
  let t: TestApp;
  let placeId: number;
  let otherPlaceId: number;
  let bookerId: number;

  async function insertPlace(slug: string, organisationId: number): Promise<number> {
    const now = t.clock.now();
    const row = await t.ctx.db.kysely
      .insertInto('places')
      .values({
        slug,
        name: slug,
        kind: 'school_room',
        organisation_id: organisationId,
        description: '',
        address: 'Sluseholmen 1',
        lat: 55.646,
        lon: 12.545,
        district_id: null,
        neighbourhood_id: null,
        capacity: 20,
        step_free: 1,
        accessible_toilet: 0,
        hearing_loop: 0,
        house_rules: '',
        price_note: '',
        access_mode: 'bookable',
        closed_reason: '',
        key_handover: 'door_code',
        key_instructions: '',
        code_visible_minutes_before: 60,
        min_duration_minutes: 30,
        max_duration_minutes: 480,
        max_advance_days: 90,
        min_notice_hours: 0,
        buffer_minutes: 0,
        booker_scope: 'anyone',
        approval_required: 1,
        responsible_host_required: 0,
        cancellation_deadline_hours: 24,
        created_by: null,
        created_at: now,
        updated_at: now,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    return row.id;
  }

  function insertBooking(
    place: number,
    startsAt: number,
    endsAt: number,
    status: BookingStatus = 'requested',
    blockEnd = endsAt,
  ) {
    return t.ctx.db.kysely
      .insertInto('bookings')
      .values({
        place_id: place,
        series_id: null,
        booker_id: bookerId,
        organisation_id: null,
        title: 'Fællesspisning',
        attendees: 10,
        responsible_host_name: '',
        responsible_host_phone: '',
        starts_at: startsAt,
        ends_at: endsAt,
        block_end: blockEnd,
        status,
        decision_reason: status === 'rejected' ? 'Lokalet er lukket' : null,
        decided_by: null,
        decided_at: null,
        cancelled_at: null,
        cancelled_by: null,
        door_code: null,
        created_at: t.clock.now(),
      })
      .returning('id')
      .executeTakeFirstOrThrow();
  }

  beforeAll(async () => {
    t = await createTestApp();
    const person = await createPerson(t.ctx);
    bookerId = person.id;
    const organisation = await t.ctx.db.kysely
      .insertInto('organisations')
      .values({
        name: 'Skolen',
        slug: 'skolen',
        kind: 'institution',
        cvr: null,
        description: '',
        created_by: null,
        created_at: 0,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    placeId = await insertPlace('gymnastiksal', organisation.id);
    otherPlaceId = await insertPlace('klasselokale', organisation.id);
  });
  afterAll(async () => {
    await t.close();
  });

  it('refuses a second live booking that overlaps the first', async () => {
    await insertBooking(placeId, T0, T0 + 2 * HOUR);
    const refusal = await insertBooking(placeId, T0 + HOUR, T0 + 3 * HOUR).catch((error: unknown) => error);
    expect(isBookingOverlap(refusal)).toBe(true);
  });

  it('accepts back-to-back bookings, since ranges are half-open', async () => {
    await expect(insertBooking(placeId, T0 + 2 * HOUR, T0 + 3 * HOUR)).resolves.toBeDefined();
  });

  it('counts the buffer after a booking as taken', async () => {
    await insertBooking(placeId, T0 + 10 * HOUR, T0 + 11 * HOUR, 'approved', T0 + 12 * HOUR);
    const refusal = await insertBooking(placeId, T0 + 11 * HOUR, T0 + 13 * HOUR).catch(
      (error: unknown) => error,
    );
    expect(isBookingOverlap(refusal)).toBe(true);
  });

  it('lets cancelled and rejected bookings overlap anything', async () => {
    await expect(insertBooking(placeId, T0, T0 + HOUR, 'cancelled')).resolves.toBeDefined();
    await expect(insertBooking(placeId, T0, T0 + HOUR, 'rejected')).resolves.toBeDefined();
  });

  it('allows the same time at another place', async () => {
    await expect(insertBooking(otherPlaceId, T0, T0 + 2 * HOUR)).resolves.toBeDefined();
  });

  it('refuses reviving a cancelled booking into a taken slot', async () => {
    const cancelled = await insertBooking(placeId, T0 + HOUR, T0 + 2 * HOUR, 'cancelled');
    const refusal = await t.ctx.db.kysely
      .updateTable('bookings')
      .set({ status: 'requested' })
      .where('id', '=', cancelled.id)
      .execute()
      .catch((error: unknown) => error);
    expect(isBookingOverlap(refusal)).toBe(true);
  });

  it('lets exactly one of many concurrent overlapping inserts through, over several connections', async () => {
    const start = T0 + 48 * HOUR;
    const connections = [
      t.ctx.db,
      ...(t.database.config.dialect === 'postgres' ? [openDatabase(t.database.config)] : []),
    ];
    const attempts = Array.from({ length: 40 }, (_, index) => {
      const db = connections[index % connections.length] ?? t.ctx.db;
      return db.kysely
        .insertInto('bookings')
        .values({
          place_id: placeId,
          series_id: null,
          booker_id: bookerId,
          organisation_id: null,
          title: `Forsøg ${index}`,
          attendees: 5,
          responsible_host_name: '',
          responsible_host_phone: '',
          starts_at: start + (index % 3) * 10 * 60_000,
          ends_at: start + HOUR,
          block_end: start + HOUR,
          status: 'requested',
          decision_reason: null,
          decided_by: null,
          decided_at: null,
          cancelled_at: null,
          cancelled_by: null,
          door_code: null,
          created_at: 0,
        })
        .execute()
        .then(
          () => 'won' as const,
          (error: unknown) => (isBookingOverlap(error) ? ('clash' as const) : error),
        );
    });
    const outcomes = await Promise.all(attempts);
    for (const connection of connections.slice(1)) await connection.close();
    expect(outcomes.filter((outcome) => outcome === 'won')).toHaveLength(1);
    expect(outcomes.filter((outcome) => outcome === 'clash')).toHaveLength(39);
  });
});
