import type { Activity, ListedActivity, Occurrence } from '#src/modules/activities/model.ts';
import { placesLeft } from '#src/modules/activities/model.ts';
import { recurrenceText, shortDates } from '#src/modules/activities/occurrences/views/series-text.ts';
import { kindLabelKey } from '#src/modules/activities/templates.ts';
import { formatInterval } from '#src/platform/dates/format.ts';
import type { Translator } from '#src/platform/i18n.ts';
import { formatClock } from '#src/platform/local-time.ts';

export function whenText(t: Translator, startsAt: number, endsAt: number): string {
  return formatInterval(t.locale, startsAt, endsAt);
}

/** Where, in words: the place (linked), the address, or the route's stops. */
export function Where({ t, activity }: { t: Translator; activity: Activity }) {
  if (activity.place !== null) {
    return (
      <>
        <a href={`/steder/${encodeURIComponent(activity.place.slug)}`}>{activity.place.name}</a>
        {activity.address !== '' && `, ${activity.address}`}
      </>
    );
  }
  if (activity.locationKind === 'route') {
    return (
      <>
        {t.t('activities.where.route')}:{' '}
        {activity.stops
          .map((stop) =>
            stop.minuteOfDay === null ? stop.name : `${formatClock(stop.minuteOfDay)} ${stop.name}`,
          )
          .join(' → ')}
      </>
    );
  }
  return <>{activity.address}</>;
}

export function tagLabels(t: Translator, activity: Activity): string[] {
  const labels: string[] = [];
  if (activity.childFriendly) labels.push(t.t('activities.tag.childFriendly'));
  if (activity.stepFree) labels.push(t.t('activities.tag.stepFree'));
  if (activity.freeOfCharge) labels.push(t.t('activities.tag.freeOfCharge'));
  return labels;
}

/** One DisplayNames per locale: making one costs more than the names of a whole list. */
const displayNames = new Map<string, Intl.DisplayNames>();

export function languageNames(t: Translator, codes: readonly string[]): string {
  const tag = t.locale === 'da' ? 'da-DK' : 'en-GB';
  let names = displayNames.get(tag);
  if (names === undefined) {
    names = new Intl.DisplayNames([tag], { type: 'language' });
    displayNames.set(tag, names);
  }
  return codes.map((code) => names.of(code) ?? code).join(', ');
}

export function organiserText(t: Translator, activity: Activity): string {
  if (activity.organisation !== null) return activity.organisation.name;
  return activity.organiserName ?? t.t('accounts.deletedUser');
}

/** Seats in words: "5 pladser tilbage", "Fuldt – venteliste", or nothing without a limit. */
export function seatsText(t: Translator, occurrence: Occurrence): string | null {
  const left = placesLeft(occurrence);
  if (left === null) return null;
  if (left === 0) return t.t('activities.seats.full');
  return t.plural(left, 'activities.seats.left.one', 'activities.seats.left.other');
}

export function occurrenceHref(occurrence: Occurrence): string {
  const base = `/aktiviteter/${occurrence.activity.id}`;
  return occurrence.activity.rrule === null ? base : `${base}?gang=${occurrence.key}`;
}

/** An activity in a list, once: a series says how it repeats and its next dates. */
export function ActivityCard({
  t,
  listed,
  mine,
  headingLevel = 3,
}: {
  t: Translator;
  listed: ListedActivity;
  /** The viewer's sign-up to the next occurrence. */
  mine?: string | undefined;
  headingLevel?: 2 | 3;
}) {
  return (
    <OccurrenceCard
      t={t}
      occurrence={listed.next}
      upcoming={listed.upcoming}
      mine={mine}
      headingLevel={headingLevel}
    />
  );
}

/** One occurrence in a list: title, kind, when, where, tags and seats (of this occurrence). */
export function OccurrenceCard({
  t,
  occurrence,
  upcoming,
  mine,
  extra,
  headingLevel = 3,
}: {
  t: Translator;
  occurrence: Occurrence;
  /** A series' next occurrences: shown as "hver lørdag kl. … · næste: …" instead of one date. */
  upcoming?: readonly Occurrence[] | undefined;
  mine?: string | undefined;
  /** A line of its own, e.g. the distance. */
  extra?: string | undefined;
  headingLevel?: 2 | 3;
}) {
  const { activity } = occurrence;
  const Heading = headingLevel === 2 ? 'h2' : 'h3';
  const seats = seatsText(t, occurrence);
  const tags = tagLabels(t, activity);
  const repeats = upcoming === undefined ? null : recurrenceText(t, activity);
  const cancelled = repeats === null ? occurrence.cancelled : activity.cancelled;
  return (
    <li class="app-activity-card">
      <Heading class="h4">
        <a href={occurrenceHref(occurrence)}>{activity.title}</a>
        {cancelled && <span class="badge badge-large"> {t.t('activities.cancelled')}</span>}
      </Heading>
      <p class="app-activity-card__meta">
        {t.t(kindLabelKey(activity.kind))}
        {activity.rrule !== null && repeats === null && ` · ${t.t('activities.recurring')}`}
        {activity.neighbourhood !== null && ` · ${activity.neighbourhood.name}`}
      </p>
      <p>
        {repeats === null || upcoming === undefined ? (
          <>
            <strong>{whenText(t, occurrence.startsAt, occurrence.endsAt)}</strong>
            {occurrence.moved && ` (${t.t('activities.moved')})`}
          </>
        ) : (
          <>
            <strong>{repeats}</strong>
            {' · '}
            {t.t('activities.series.next', { dates: shortDates(t, upcoming) })}
          </>
        )}
        <br />
        <Where t={t} activity={activity} />
        {extra !== undefined && (
          <>
            <br />
            {extra}
          </>
        )}
      </p>
      {(tags.length > 0 || seats !== null || mine !== undefined) && (
        <p class="app-activity-card__tags">
          {[...tags, ...(seats === null ? [] : [seats])].join(' · ')}
          {mine !== undefined && (
            <>
              {tags.length > 0 || seats !== null ? ' · ' : ''}
              <strong>
                {t.t(
                  `activities.participantStatus.${mine === 'unconfirmed' ? 'unconfirmed' : mine === 'waiting' ? 'waiting' : 'joined'}`,
                )}
              </strong>
            </>
          )}
        </p>
      )}
    </li>
  );
}
