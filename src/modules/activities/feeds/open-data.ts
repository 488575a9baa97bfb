import type { ParsedQuery } from '#src/modules/activities/finding/filters.ts';
import { occurrencesInWindow } from '#src/modules/activities/finding/listing-service.ts';
import type { Occurrence } from '#src/modules/activities/model.ts';
import type { ActivityJson } from '#src/modules/activities/schemas.ts';
import type { AppContext } from '#src/platform/context.ts';
import { type CsvDialect, csvDocument } from '#src/platform/csv.ts';
import { formatClock } from '#src/platform/local-time.ts';

/** The most rows one CSV export holds. */
export const CSV_LIMIT = 5000;

function iso(epochMs: number): string {
  return new Date(epochMs).toISOString();
}

/** One activity at one occurrence (or with its coming ones) as the API and open data show it. */
export function activityJson(occurrences: readonly Occurrence[], baseUrl: string): ActivityJson {
  const first = occurrences[0];
  if (first === undefined) throw new RangeError('an activity needs an occurrence to be shown');
  const { activity } = first;
  return {
    id: activity.id,
    url: `${baseUrl}/aktiviteter/${activity.id}`,
    kind: activity.kind,
    title: activity.title,
    description: activity.description,
    startsAt: iso(activity.startsAt),
    endsAt: iso(activity.endsAt),
    rrule: activity.rrule,
    repeat:
      activity.recurrence === null
        ? null
        : { frequency: activity.recurrence.repeat, until: activity.recurrence.until },
    location: {
      type: activity.locationKind,
      place: activity.place === null ? null : { slug: activity.place.slug, name: activity.place.name },
      address: activity.address,
      addressVisibility: activity.addressVisibility,
      addressWithheld: activity.addressWithheld,
      lat: activity.point?.lat ?? null,
      lon: activity.point?.lon ?? null,
      stops: activity.stops.map((stop) => ({
        name: stop.name,
        time: stop.minuteOfDay === null ? null : formatClock(stop.minuteOfDay),
        lat: stop.lat,
        lon: stop.lon,
      })),
      neighbourhood: activity.neighbourhood,
    },
    organiser: {
      name: activity.organisation?.name ?? activity.organiserName,
      organisation:
        activity.organisation === null
          ? null
          : { slug: activity.organisation.slug, name: activity.organisation.name },
    },
    capacity: activity.capacity,
    tags: {
      childFriendly: activity.childFriendly,
      stepFree: activity.stepFree,
      freeOfCharge: activity.freeOfCharge,
    },
    languages: activity.languages,
    cancelled: activity.cancelled,
    occurrences: occurrences.map((occurrence) => ({
      occurrence: iso(occurrence.key),
      startsAt: iso(occurrence.startsAt),
      endsAt: iso(occurrence.endsAt),
      cancelled: occurrence.cancelled,
      moved: occurrence.moved,
      joined: occurrence.joined,
      waiting: occurrence.waiting,
      placesLeft: activity.capacity === null ? null : Math.max(0, activity.capacity - occurrence.joined),
    })),
  };
}

/** Public activities in the filter's window, one row per occurrence (language-neutral codes). */
export async function publicActivitiesCsv(
  ctx: AppContext,
  query: ParsedQuery,
  dialect: CsvDialect,
): Promise<string> {
  const occurrences = await occurrencesInWindow(ctx, query.filter, query.from, query.to, CSV_LIMIT);
  return csvDocument(
    [
      'id',
      'title',
      'kind',
      { time: 'starts_at' },
      { time: 'ends_at' },
      'cancelled',
      'recurring',
      'place',
      'address',
      'lat',
      'lon',
      'neighbourhood',
      'organiser',
      'capacity',
      'child_friendly',
      'step_free',
      'free_of_charge',
      'languages',
      'url',
    ],
    occurrences.map(({ activity, startsAt, endsAt, cancelled }) => [
      activity.id,
      activity.title,
      activity.kind,
      { at: startsAt },
      { at: endsAt },
      cancelled ? 1 : 0,
      activity.rrule === null ? 0 : 1,
      activity.place?.name ?? '',
      activity.address,
      activity.point?.lat ?? null,
      activity.point?.lon ?? null,
      activity.neighbourhood?.name ?? '',
      activity.organisation?.name ?? activity.organiserName ?? '',
      activity.capacity,
      activity.childFriendly ? 1 : 0,
      activity.stepFree ? 1 : 0,
      activity.freeOfCharge ? 1 : 0,
      activity.languages.join(' '),
      `${ctx.config.baseUrl}/aktiviteter/${activity.id}`,
    ]),
    dialect,
  );
}
