import type { FreeSlot } from '#src/modules/places/bookings/free-slots.ts';
import {
  type NeighbourhoodOption,
  ROOM_PAGE_SIZE,
  type RoomPage,
} from '#src/modules/places/bookings/search-service.ts';
import type { PlaceWithRules } from '#src/modules/places/rules.ts';
import { FACILITIES } from '#src/modules/places/validation.ts';
import { formatDate, formatInterval } from '#src/platform/dates/format.ts';
import type { Translator } from '#src/platform/i18n.ts';
import { localParts } from '#src/platform/local-time.ts';
import { ChoiceGroup } from '#src/platform/views/choices.tsx';
import { DateField, TimeField } from '#src/platform/views/date-field.tsx';
import { ErrorSummary, type FormState, SelectField, TextField } from '#src/platform/views/forms.tsx';

function distanceText(t: Translator, metres: number): string {
  return metres < 1000
    ? t.t('bookings.search.metres', { distance: t.number(Math.round(metres / 10) * 10) })
    : t.t('bookings.search.kilometres', { distance: t.number(metres / 1000, { maximumFractionDigits: 1 }) });
}

function SearchForm(props: {
  t: Translator;
  form: FormState;
  neighbourhoods: NeighbourhoodOption[];
  facilities: string[];
  today: string;
}) {
  const { t, form } = props;
  return (
    <form method="get" action="/find-lokale" noValidate>
      <ErrorSummary t={t} errors={form.errors} />
      <TextField
        t={t}
        form={form}
        name="antal"
        type="number"
        label={t.t('bookings.search.attendees')}
        maxLength={6}
      />
      <DateField t={t} form={form} name="dato" label={t.t('bookings.field.date')} today={props.today} />
      <TimeField t={t} form={form} name="fra" label={t.t('bookings.field.startTime')} />
      <TimeField t={t} form={form} name="til" label={t.t('bookings.field.endTime')} />
      <SelectField
        t={t}
        form={form}
        name="kvarter"
        label={t.t('bookings.search.neighbourhood')}
        optional
        options={[
          { value: '', label: t.t('bookings.search.anywhere') },
          ...props.neighbourhoods.map((option) => ({ value: option.slug, label: option.name })),
        ]}
      />
      <ChoiceGroup
        t={t}
        form={{ values: { ...form.values, facilitet: props.facilities }, errors: form.errors }}
        type="checkbox"
        name="facilitet"
        legend={t.t('bookings.search.needs')}
        options={[
          { name: 'niveaufri', value: '1', label: t.t('bookings.search.stepFree') },
          ...FACILITIES.map((facility) => ({ value: facility, label: t.t(`places.facility.${facility}`) })),
        ]}
      />
      <button type="submit" class="button button-primary">
        {t.t('bookings.search.submit')}
      </button>
    </form>
  );
}

/** "Find lokale": what you need, when and where; the places free for all of it, nearest first. */
export function SearchPage(props: {
  t: Translator;
  form: FormState;
  neighbourhoods: NeighbourhoodOption[];
  facilities: string[];
  found: RoomPage | null;
  /** The form's single-valued fields as asked, for the links to other pages. */
  query: Record<string, string>;
  bookQuery: string;
  /** The request's local date, for the date field's example. */
  today: string;
}) {
  const { t, found } = props;
  return (
    <>
      <h1>{t.t('bookings.search.title')}</h1>
      <p class="font-lead">{t.t('bookings.search.intro')}</p>
      <SearchForm
        t={t}
        form={props.form}
        neighbourhoods={props.neighbourhoods}
        facilities={props.facilities}
        today={props.today}
      />
      {found !== null && (
        <section aria-labelledby="resultater-title" aria-live="polite">
          <h2 id="resultater-title">
            {found.total === null
              ? t.t('bookings.search.results.more', {
                  count: (found.page - 1) * ROOM_PAGE_SIZE + found.hits.length,
                })
              : t.plural(found.total, 'bookings.search.results.one', 'bookings.search.results.other')}
          </h2>
          {found.total === 0 && <p>{t.t('bookings.search.none')}</p>}
          <ul class="nobullet-list">
            {found.hits.map((hit) => (
              <li key={hit.place.id} class="app-room-hit">
                <h3>
                  <a href={`/steder/${hit.place.slug}`}>{hit.place.name}</a>
                </h3>
                <p>
                  {hit.place.address}
                  {hit.distance !== null && ` · ${distanceText(t, hit.distance)}`}
                  {hit.place.capacity !== null &&
                    ` · ${t.t('bookings.rules.capacityText', { capacity: hit.place.capacity })}`}
                </p>
                <p>
                  {t.t(
                    hit.place.rules.approvalRequired
                      ? 'bookings.rules.approvalRequired'
                      : 'bookings.rules.instant',
                  )}
                </p>
                <p>
                  <a
                    class="button button-secondary"
                    href={`/steder/${hit.place.slug}/book${props.bookQuery}`}
                  >
                    {t.t('bookings.search.book')}
                    <span class="sr-only">: {hit.place.name}</span>
                  </a>
                </p>
              </li>
            ))}
          </ul>
          <PreviousNext
            t={t}
            found={found}
            href={(page) => searchPageHref(props.query, props.facilities, page)}
          />
        </section>
      )}
    </>
  );
}

/** Links to the page before and the page after, where there are such. */
function PreviousNext({
  t,
  found,
  href,
}: {
  t: Translator;
  found: RoomPage;
  href: (page: number) => string;
}) {
  if (found.page === 1 && !found.hasMore) return null;
  return (
    <nav aria-label={t.t('bookings.search.pages')} class="app-pagination">
      {found.page > 1 && (
        <a href={href(found.page - 1)} rel="prev">
          {t.t('list.previous')}
        </a>
      )}{' '}
      {found.hasMore && (
        <a href={href(found.page + 1)} rel="next">
          {t.t('list.next')}
        </a>
      )}
    </nav>
  );
}

/** The same search, another page of it. */
function searchPageHref(query: Record<string, string>, facilities: readonly string[], page: number): string {
  const params = new URLSearchParams(Object.entries(query).filter(([, value]) => value !== ''));
  for (const facility of facilities) params.append('facilitet', facility);
  if (page > 1) params.set('side', String(page));
  return `/find-lokale?${params.toString()}`;
}

/** A place's free slots over the coming weeks, by day. */
export function FreeSlotsPage({
  t,
  place,
  slots,
}: {
  t: Translator;
  place: PlaceWithRules;
  slots: FreeSlot[];
}) {
  const byDate = new Map<string, FreeSlot[]>();
  for (const slot of slots) {
    const date = localParts(slot.startsAt).date;
    byDate.set(date, [...(byDate.get(date) ?? []), slot]);
  }
  return (
    <>
      <p>
        <a class="back-link" href={`/steder/${place.slug}`}>
          {place.name}
        </a>
      </p>
      <h1>{t.t('bookings.freeSlots.title', { place: place.name })}</h1>
      <p>{t.t('bookings.freeSlots.intro')}</p>
      {slots.length === 0 && <p>{t.t('bookings.freeSlots.none')}</p>}
      {[...byDate].map(([date, daySlots]) => (
        <section key={date}>
          <h2>{formatDate(t.locale, date)}</h2>
          <ul>
            {daySlots.map((slot) => (
              <li key={slot.startsAt}>{formatInterval(t.locale, slot.startsAt, slot.endsAt)}</li>
            ))}
          </ul>
        </section>
      ))}
      <p>
        <a class="button button-primary" href={`/steder/${place.slug}/book`}>
          {t.t('bookings.search.book')}
        </a>
      </p>
    </>
  );
}
