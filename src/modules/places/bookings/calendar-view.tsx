import type { FastifyRequest } from 'fastify';
import type { JSX } from 'preact';
import { type BookingProblem, scopeProblem } from '#src/modules/places/bookings/availability.ts';
import { bookerStanding } from '#src/modules/places/bookings/service.ts';
import { ScopeNotice } from '#src/modules/places/bookings/views/scope-notice.tsx';
import {
  buildWeekCalendar,
  type CellState,
  type WeekCalendarModel,
} from '#src/modules/places/bookings/week-calendar.ts';
import type { PlaceWithRules } from '#src/modules/places/rules.ts';
import { formatDate, weekdayName } from '#src/platform/dates/format.ts';
import type { PlainMessageKey, Translator } from '#src/platform/i18n.ts';
import { formatClock } from '#src/platform/local-time.ts';

const STEP = 30;

const CELL_TEXT: Record<CellState, PlainMessageKey> = {
  busy: 'bookings.calendar.busy',
  free: 'bookings.calendar.free',
  open: 'bookings.calendar.open',
  closed: 'bookings.calendar.closed',
  past: 'bookings.calendar.past',
  notice: 'bookings.calendar.notice',
  ahead: 'bookings.calendar.ahead',
  buffer: 'bookings.calendar.buffer',
};

/** The colour of a state only helps the eye; every cell also says its state in words. */
const SLOT_CLASS: Record<CellState, string> = {
  busy: 'app-slot--busy',
  free: 'app-slot--free',
  open: 'app-slot--open',
  closed: 'app-slot--closed',
  past: 'app-slot--past',
  notice: 'app-slot--blocked',
  ahead: 'app-slot--blocked',
  buffer: 'app-slot--blocked',
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

/** Consecutive half hours of one day in the same state, as one line of the agenda. */
function dayRuns(
  model: WeekCalendarModel,
  dayIndex: number,
): Array<{ from: number; to: number; state: CellState }> {
  const runs: Array<{ from: number; to: number; state: CellState }> = [];
  for (const row of model.rows) {
    const state = row.cells[dayIndex] ?? 'closed';
    const last = runs[runs.length - 1];
    if (last !== undefined && last.state === state && last.to === row.minute) last.to = row.minute + STEP;
    else runs.push({ from: row.minute, to: row.minute + STEP, state });
  }
  return runs.filter((run) => run.state !== 'closed');
}

/** On a phone: the week day by day, each day's times as lines ("10:00–14:00 Ledig"). */
function WeekAgenda({ t, model }: { t: Translator; model: WeekCalendarModel }) {
  return (
    <div class="app-calendar-agenda">
      {model.days.map((day, index) => {
        const runs = dayRuns(model, index);
        return (
          <div key={day.date} class="app-agenda__day">
            <h3 class="h4">
              {weekdayName(t.locale, day.weekday)} {shortDate(t, day.date)}
            </h3>
            {runs.length === 0 ? (
              <p>{t.t('places.page.closedDay')}</p>
            ) : (
              <ul class="app-agenda__list">
                {runs.map((run) => (
                  <li key={run.from} class={`app-agenda__item ${SLOT_CLASS[run.state]}`}>
                    <span class="app-agenda__time">
                      {formatClock(run.from)}–{formatClock(run.to % 1440)}
                    </span>{' '}
                    <span>{t.t(CELL_TEXT[run.state])}</span>
                  </li>
                ))}
              </ul>
            )}
          </div>
        );
      })}
    </div>
  );
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
    from: first === undefined ? '' : formatDate(t.locale, first.date),
    to: last === undefined ? '' : formatDate(t.locale, last.date),
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
                  date: formatDate(t.locale, day.date),
                  reason: day.closedReason ?? '',
                })}
              </li>
            ))}
        </ul>
      )}
      <div class="app-calendar-grid">
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
                    class={`app-week-calendar__cell app-week-calendar__cell--${state} ${SLOT_CLASS[state]}`}
                  >
                    <CellText t={t} state={state} />
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <WeekAgenda t={t} model={model} />
    </section>
  );
}

/**
 * Who may book, for a place not everyone may book: what a visitor or a logged-in person outside
 * the scope is told (null when this person may book, or anyone may).
 */
async function scopeOf(request: FastifyRequest, place: PlaceWithRules): Promise<BookingProblem | null> {
  if (place.rules.bookerScope === 'anyone') return null;
  const outsider = { organisationIds: [], organisationKinds: [], isManager: false };
  if (request.user === null) return scopeProblem(place, outsider);
  return scopeProblem(place, await bookerStanding(request.server.ctx, request.user, place));
}

/**
 * The week calendar for the place page, with links to book and to the public calendar feed.
 * One query (the week's bookings) on top of the place the page has loaded; the week comes from
 * `?uge=YYYY-MM-DD` or a chosen `?dato=` in the page's address.
 */
export async function renderPlaceCalendar(
  request: FastifyRequest,
  place: PlaceWithRules,
): Promise<JSX.Element> {
  // A chosen date (`?dato=`, e.g. from the room search) opens the week that holds it.
  const query = new URL(request.url, 'http://localhost').searchParams;
  const week = query.get('uge') ?? query.get('dato') ?? undefined;
  const model = await buildWeekCalendar(request.server.ctx, place, week);
  const { t } = request;
  const bookable = place.rules.accessMode === 'bookable' || place.rules.accessMode === 'on_request';
  const scope = bookable ? await scopeOf(request, place) : null;
  return (
    <>
      <WeekCalendar t={t} model={model} basePath={`/steder/${place.slug}`} />
      {scope !== null && <ScopeNotice t={t} place={place} loggedIn={request.user !== null} />}
      <ul class="nobullet-list">
        {bookable && scope === null && (
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
