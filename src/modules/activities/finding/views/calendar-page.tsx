import { ActivityNav } from '#src/modules/activities/finding/views/list-page.tsx';
import type { Occurrence } from '#src/modules/activities/model.ts';
import { occurrenceHref } from '#src/modules/activities/views/parts.tsx';
import { formatDate } from '#src/platform/dates/format.ts';
import type { Translator } from '#src/platform/i18n.ts';
import { formatClock, localParts } from '#src/platform/local-time.ts';

export interface CalendarDay {
  date: string;
  inMonth: boolean;
  occurrences: Occurrence[];
}

export interface CalendarPageModel {
  /** YYYY-MM */
  month: string;
  previous: string;
  next: string;
  weeks: CalendarDay[][];
  /** The filter's query string without the month, to keep it in the links. */
  query: string;
  today: string;
}

function monthTitle(t: Translator, month: string): string {
  const [year, monthNumber] = month.split('-').map(Number);
  return t.dateTime(Date.UTC(year ?? 1970, (monthNumber ?? 1) - 1, 15, 12), {
    month: 'long',
    year: 'numeric',
  });
}

function weekdayNames(t: Translator): string[] {
  // 5 January 2026 was a Monday.
  return [5, 6, 7, 8, 9, 10, 11].map((day) => t.dateTime(Date.UTC(2026, 0, day, 12), { weekday: 'long' }));
}

function withMonth(query: string, month: string): string {
  const params = new URLSearchParams(query.startsWith('?') ? query.slice(1) : query);
  params.set('maaned', month);
  return `/aktiviteter/kalender?${params.toString()}`;
}

function OccurrenceLink({ t, occurrence }: { t: Translator; occurrence: Occurrence }) {
  return (
    <>
      <a href={occurrenceHref(occurrence)}>
        {formatClock(localParts(occurrence.startsAt).minute)} {occurrence.activity.title}
      </a>
      {occurrence.cancelled && ` (${t.t('activities.cancelled')})`}
    </>
  );
}

/** On a phone: only the days of the month that have something, each with its activities. */
function MonthAgenda({ t, model, title }: { t: Translator; model: CalendarPageModel; title: string }) {
  const days = model.weeks.flat().filter((day) => day.inMonth && day.occurrences.length > 0);
  return (
    <section class="app-calendar-agenda" aria-labelledby="dag-for-dag">
      <h2 id="dag-for-dag" class="sr-only">
        {t.t('activities.calendar.agenda')}
      </h2>
      {days.length === 0 && <p>{t.t('activities.calendar.empty', { month: title })}</p>}
      {days.map((day) => (
        <div key={day.date} class="app-agenda__day">
          <h3 class="h4" aria-current={day.date === model.today ? 'date' : undefined}>
            {formatDate(t.locale, day.date, { weekday: true })}
          </h3>
          <ul class="app-agenda__list">
            {day.occurrences.map((occurrence) => (
              <li key={`${occurrence.activity.id}:${occurrence.key}`} class="app-agenda__item">
                <span>
                  <OccurrenceLink t={t} occurrence={occurrence} />
                </span>
              </li>
            ))}
          </ul>
        </div>
      ))}
    </section>
  );
}

/**
 * A month as a table, Monday first, each day with its activities; on a phone (CSS only, so it
 * works without JavaScript) an agenda of the days that have something instead.
 */
export function CalendarPage({ t, model }: { t: Translator; model: CalendarPageModel }) {
  const title = monthTitle(t, model.month);
  const weekdays = weekdayNames(t);
  return (
    <>
      <h1>{t.t('activities.calendar.title', { month: title })}</h1>
      <ActivityNav t={t} query={model.query} current="calendar" />
      <nav class="app-month-nav" aria-label={t.t('activities.calendar.months')}>
        <a href={withMonth(model.query, model.previous)} rel="prev">
          {t.t('activities.calendar.previous', { month: monthTitle(t, model.previous) })}
        </a>{' '}
        <a href={withMonth(model.query, model.next)} rel="next">
          {t.t('activities.calendar.next', { month: monthTitle(t, model.next) })}
        </a>
      </nav>
      <div class="app-calendar-grid">
        <table class="table table--compact app-month-calendar">
          <caption class="sr-only">{t.t('activities.calendar.caption', { month: title })}</caption>
          <thead>
            <tr>
              {weekdays.map((name) => (
                <th key={name} scope="col">
                  {name}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {model.weeks.map((week) => (
              <tr key={week[0]?.date}>
                {week.map((day) => (
                  <td
                    key={day.date}
                    class={day.inMonth ? undefined : 'app-month-calendar__outside'}
                    aria-current={day.date === model.today ? 'date' : undefined}
                  >
                    <span class="app-month-calendar__date">{Number(day.date.slice(8, 10))}.</span>
                    {day.occurrences.length > 0 && (
                      <ul class="nobullet-list">
                        {day.occurrences.map((occurrence) => (
                          <li key={`${occurrence.activity.id}:${occurrence.key}`}>
                            <OccurrenceLink t={t} occurrence={occurrence} />
                          </li>
                        ))}
                      </ul>
                    )}
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <MonthAgenda t={t} model={model} title={title} />
    </>
  );
}
