import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { cancelOccurrence, moveOccurrence } from '#src/modules/activities/occurrences/service.ts';
import { readActivityInput } from '#src/modules/activities/publishing/input.ts';
import { cancelActivity, updateActivity } from '#src/modules/activities/publishing/service.ts';
import { currentUser, FORM_BASE, publish } from '#src/modules/activities/test-support.ts';
import { createOrganisation, createPlace } from '#src/modules/places/bookings/test-fixtures.ts';
import { ConflictError } from '#src/platform/errors.ts';
import { createPerson } from '#src/testing/fixtures.ts';
import { createTestApp, type TestApp } from '#src/testing/test-app.ts';

let testApp: TestApp;
let start: number;
beforeAll(async () => {
  testApp = await createTestApp();
  start = testApp.clock.now();
});
afterEach(() => {
  testApp.clock.set(start);
});
afterAll(async () => {
  await testApp.close();
});

// Thursdays at 16:00 in Copenhagen (winter time, UTC+1); the test clock starts Monday 30 November 2026.
const at = (day: number, hour = 16) => Date.UTC(2026, 11, day, hour - 1);

async function organiser(name = 'Arrangør') {
  return currentUser(await createPerson(testApp.ctx, { name }), name);
}

async function bookablePlace() {
  const organisationId = await createOrganisation(testApp.ctx);
  return createPlace(testApp.ctx, { organisationId, approvalRequired: false });
}

/** A weekly coffee at the place, Thursdays 16:00–17:30 in December 2026: five bookings. */
async function weeklyAt(placeSlug: string, user: Awaited<ReturnType<typeof organiser>>) {
  return publish(testApp.ctx, user, {
    title: 'Torsdagskaffe i fælleslokalet',
    locationKind: 'place',
    placeSlug,
    address: '',
    repeat: 'weekly',
    until: '2026-12-31',
  });
}

/** The start times the place is held for (requested or approved), soonest first. */
async function heldStarts(placeId: number): Promise<number[]> {
  const rows = await testApp.ctx.db.kysely
    .selectFrom('bookings')
    .select('starts_at')
    .where('place_id', '=', placeId)
    .where('status', 'in', ['requested', 'approved'])
    .orderBy('starts_at')
    .execute();
  return rows.map((row) => Number(row.starts_at));
}

async function occurrenceTime(activityId: number, key: number) {
  const row = await testApp.ctx.db.kysely
    .selectFrom('activity_occurrence_changes')
    .select(['starts_at', 'cancelled'])
    .where('activity_id', '=', activityId)
    .where('occurrence_start', '=', key)
    .executeTakeFirst();
  return row === undefined
    ? undefined
    : { startsAt: Number(row.starts_at), cancelled: Number(row.cancelled) };
}

describe('moving one occurrence at a bookable place', () => {
  it('releases the booking of the time it had, however many times it is moved', async () => {
    const user = await organiser();
    const place = await bookablePlace();
    const id = await weeklyAt(place.slug, user);
    expect(await heldStarts(place.id)).toEqual([at(3), at(10), at(17), at(24), at(31)]);

    await moveOccurrence(testApp.ctx, user, id, at(10), {
      date: '2026-12-11',
      startTime: '16:00',
      endTime: '17:30',
    });
    expect(await heldStarts(place.id)).toEqual([at(3), at(11), at(17), at(24), at(31)]);

    await moveOccurrence(testApp.ctx, user, id, at(10), {
      date: '2026-12-12',
      startTime: '10:00',
      endTime: '11:30',
    });
    expect(await heldStarts(place.id)).toEqual([at(3), at(12, 10), at(17), at(24), at(31)]);

    // A third move, half an hour later on the same day: it may overlap the time it leaves.
    await moveOccurrence(testApp.ctx, user, id, at(10), {
      date: '2026-12-12',
      startTime: '10:30',
      endTime: '12:00',
    });
    expect(await heldStarts(place.id)).toEqual([at(3), at(12, 10) + 1_800_000, at(17), at(24), at(31)]);
  });

  it('keeps the booking it has when the new time is taken, and saves nothing', async () => {
    const user = await organiser();
    const place = await bookablePlace();
    const id = await weeklyAt(place.slug, user);
    await moveOccurrence(testApp.ctx, user, id, at(10), {
      date: '2026-12-11',
      startTime: '16:00',
      endTime: '17:30',
    });
    const other = await organiser('Anden arrangør');
    await publish(testApp.ctx, other, {
      title: 'Lørdagsværksted',
      locationKind: 'place',
      placeSlug: place.slug,
      address: '',
      date: '2026-12-12',
      startTime: '10:00',
      endTime: '12:00',
    });
    const before = await heldStarts(place.id);
    expect(before).toEqual([at(3), at(11), at(12, 10), at(17), at(24), at(31)]);

    const refused = moveOccurrence(testApp.ctx, user, id, at(10), {
      date: '2026-12-12',
      startTime: '11:00',
      endTime: '12:30',
    });
    await expect(refused).rejects.toBeInstanceOf(ConflictError);
    await expect(refused).rejects.toMatchObject({ code: 'booking_clash' });
    expect(await heldStarts(place.id)).toEqual(before);
    expect(await occurrenceTime(id, at(10))).toEqual({ startsAt: at(11), cancelled: 0 });
  });
});

describe('cancelling at a bookable place', () => {
  it('releases the booking of a cancelled occurrence, also one that was moved first', async () => {
    const user = await organiser();
    const place = await bookablePlace();
    const id = await weeklyAt(place.slug, user);
    await cancelOccurrence(testApp.ctx, user, id, at(17), 'Juleafslutning andetsteds');
    expect(await heldStarts(place.id)).toEqual([at(3), at(10), at(24), at(31)]);

    await moveOccurrence(testApp.ctx, user, id, at(10), {
      date: '2026-12-11',
      startTime: '16:00',
      endTime: '17:30',
    });
    await cancelOccurrence(testApp.ctx, user, id, at(10), 'Sygdom');
    expect(await heldStarts(place.id)).toEqual([at(3), at(24), at(31)]);
  });

  it('releases every coming booking when the whole activity is cancelled, moved ones included', async () => {
    const user = await organiser();
    const place = await bookablePlace();
    const id = await weeklyAt(place.slug, user);
    await moveOccurrence(testApp.ctx, user, id, at(24), {
      date: '2026-12-22',
      startTime: '16:00',
      endTime: '17:30',
    });
    // The first Thursday has taken place when the rest is cancelled: its booking is history.
    testApp.clock.set(at(4));
    await cancelActivity(testApp.ctx, user, id, 'Vi holder pause');
    expect(await heldStarts(place.id)).toEqual([at(3)]);
  });
});

describe('moving a whole series to another place', () => {
  it('books the new place for the times the series shows: moves kept, cancellations skipped, the past left alone', async () => {
    const user = await organiser();
    const first = await bookablePlace();
    const second = await bookablePlace();
    const id = await weeklyAt(first.slug, user);
    await moveOccurrence(testApp.ctx, user, id, at(10), {
      date: '2026-12-11',
      startTime: '16:00',
      endTime: '17:30',
    });
    await cancelOccurrence(testApp.ctx, user, id, at(17), 'Juleafslutning andetsteds');
    // The first Thursday has taken place when the organiser moves the series.
    testApp.clock.set(at(4));
    const draft = readActivityInput(
      {
        ...FORM_BASE,
        languages: ['da'],
        title: 'Torsdagskaffe i fælleslokalet',
        locationKind: 'place',
        placeSlug: second.slug,
        address: '',
        repeat: 'weekly',
        until: '2026-12-31',
      },
      testApp.clock.now(),
      { allowPast: true },
    );
    await updateActivity(testApp.ctx, user, id, draft);
    expect(await heldStarts(second.id)).toEqual([at(11), at(24), at(31)]);
    expect(await heldStarts(first.id)).toEqual([at(3)]);
  });
});
