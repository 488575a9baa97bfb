import type { Occurrence } from '#src/modules/activities/model.ts';
import { ActivityNav } from '#src/modules/activities/views/list-page.tsx';
import { occurrenceHref } from '#src/modules/activities/views/parts.tsx';
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

/** A month as a table, Monday first; each day lists its activities. Works without JavaScript. */
export function CalendarPage({ t, model }: { t: Translator; model: CalendarPageModel }) {
  const title = monthTitle(t, model.month);
  const weekdays = weekdayNames(t);
  return (
    <>
      <h1>{t.t('activities.calendar.title', { month: title })}</h1>
      <ActivityNav t={t} query={model.query} />
      <nav class="app-month-nav" aria-label={t.t('activities.calendar.months')}>
        <a href={withMonth(model.query, model.previous)} rel="prev">
          {t.t('activities.calendar.previous', { month: monthTitle(t, model.previous) })}
        </a>{' '}
        <a href={withMonth(model.query, model.next)} rel="next">
          {t.t('activities.calendar.next', { month: monthTitle(t, model.next) })}
        </a>
      </nav>
      <div class="table--responsive-scroll">
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
                            <a href={occurrenceHref(occurrence)}>
                              {formatClock(localParts(occurrence.startsAt).minute)}{' '}
                              {occurrence.activity.title}
                            </a>
                            {occurrence.cancelled && ` (${t.t('activities.cancelled')})`}
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
    </>
  );
}
