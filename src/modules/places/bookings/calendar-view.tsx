import type { FastifyRequest } from 'fastify';
import type { JSX } from 'preact';
import {
  buildWeekCalendar,
  type CellState,
  type WeekCalendarModel,
} from '#src/modules/places/bookings/week-calendar.ts';
import { dateText, weekdayName } from '#src/modules/places/bookings/when.ts';
import type { PlaceWithRules } from '#src/modules/places/rules.ts';
import type { MessageKey, Translator } from '#src/platform/i18n.ts';
import { formatClock } from '#src/platform/local-time.ts';

const CELL_TEXT: Record<CellState, MessageKey> = {
  busy: 'bookings.calendar.busy',
  free: 'bookings.calendar.free',
  open: 'bookings.calendar.open',
  closed: 'bookings.calendar.closed',
  past: 'bookings.calendar.past',
};

/** The dash of an unavailable half hour is silent in most screen readers: they hear "closed". */
function CellText({ t, state }: { t: Translator; state: CellState }) {
  if (state !== 'closed') return <>{t.t(CELL_TEXT[state])}</>;
  return (
    <>
      <span aria-hidden="true">{t.t(CELL_TEXT[state])}</span>
      <span class="sr-only">{t.t('places.page.closedDay')}</span>
    </>
  );
}

function shortDate(t: Translator, date: string): string {
  const [year, month, day] = date.split('-').map(Number);
  return t.dateTime(Date.UTC(year ?? 1970, (month ?? 1) - 1, day ?? 1, 12), {
    day: 'numeric',
    month: 'short',
  });
}

/**
 * The week calendar of a place: a table with a column per day and a row per half hour, in local
 * time. Plain links move between weeks (`?uge=YYYY-MM-DD`), so it works without JavaScript; each
 * cell says in words whether it is taken, free or unavailable.
 */
export function WeekCalendar({
  t,
  model,
  basePath,
}: {
  t: Translator;
  model: WeekCalendarModel;
  basePath: string;
}) {
  const first = model.days[0];
  const last = model.days[model.days.length - 1];
  const caption = t.t('bookings.calendar.caption', {
    from: first === undefined ? '' : dateText(t.locale, first.date),
    to: last === undefined ? '' : dateText(t.locale, last.date),
  });
  return (
    <section id="ugekalender" class="app-week-calendar" aria-labelledby="ugekalender-title">
      <h2 id="ugekalender-title">{t.t('bookings.calendar.title')}</h2>
      <nav aria-label={t.t('bookings.calendar.weeks')}>
        <ul class="nobullet-list app-week-calendar__nav">
          <li>
            <a href={`${basePath}?uge=${model.previousWeek}#ugekalender`}>
              {t.t('bookings.calendar.previous')}
            </a>
          </li>
          <li>
            <a href={`${basePath}#ugekalender`}>{t.t('bookings.calendar.thisWeek')}</a>
          </li>
          <li>
            <a href={`${basePath}?uge=${model.nextWeek}#ugekalender`}>{t.t('bookings.calendar.next')}</a>
          </li>
        </ul>
      </nav>
      {model.days.some((day) => day.closedReason !== null) && (
        <ul class="app-week-calendar__closed">
          {model.days
            .filter((day) => day.closedReason !== null)
            .map((day) => (
              <li key={day.date}>
                {t.t('bookings.calendar.closedDay', {
                  date: dateText(t.locale, day.date),
                  reason: day.closedReason ?? '',
                })}
              </li>
            ))}
        </ul>
      )}
      <div class="table--responsive-scroll">
        <table class="table table--compact app-week-calendar__table">
          <caption>{caption}</caption>
          <thead>
            <tr>
              <th scope="col">{t.t('bookings.calendar.time')}</th>
              {model.days.map((day) => (
                <th scope="col" key={day.date}>
                  <span class="app-week-calendar__weekday">{weekdayName(t.locale, day.weekday)}</span>{' '}
                  {shortDate(t, day.date)}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {model.rows.map((row) => (
              <tr key={row.minute}>
                <th scope="row">{formatClock(row.minute)}</th>
                {row.cells.map((state, index) => (
                  <td
                    key={model.days[index]?.date}
                    class={`app-week-calendar__cell app-week-calendar__cell--${state}`}
                  >
                    <CellText t={t} state={state} />
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}

/**
 * The week calendar for the place page, with links to book and to the public calendar feed.
 * One query (the week's bookings) on top of the place the page has loaded; the week comes from
 * `?uge=YYYY-MM-DD` in the page's address.
 */
export async function renderPlaceCalendar(
  request: FastifyRequest,
  place: PlaceWithRules,
): Promise<JSX.Element> {
  const week = new URL(request.url, 'http://localhost').searchParams.get('uge') ?? undefined;
  const model = await buildWeekCalendar(request.server.ctx, place, week);
  const { t } = request;
  const bookable = place.rules.accessMode === 'bookable' || place.rules.accessMode === 'on_request';
  return (
    <>
      <WeekCalendar t={t} model={model} basePath={`/steder/${place.slug}`} />
      <ul class="nobullet-list">
        {bookable && (
          <li>
            <a class="button button-primary" href={`/steder/${place.slug}/book`}>
              {t.t('bookings.book.formTitle')}
            </a>
          </li>
        )}
        {bookable && (
          <li>
            <a href={`/steder/${place.slug}/ledige-tider`}>{t.t('bookings.freeSlots.link')}</a>
          </li>
        )}
        <li>
          <a href={`/steder/${place.slug}/kalender.ics`}>{t.t('bookings.calendar.feed')}</a>
        </li>
      </ul>
    </>
  );
}
