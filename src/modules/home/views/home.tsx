import { ThisWeek } from '#src/modules/activities/finding/views/week-section.tsx';
import type { ListedActivity } from '#src/modules/activities/model.ts';
import { SearchBox } from '#src/modules/home/views/search-box.tsx';
import { MainTasks } from '#src/modules/home/views/tasks.tsx';
import type { Translator } from '#src/platform/i18n.ts';

export interface HomeWeek {
  /** This week's activities, a series once. */
  items: ListedActivity[];
  more: number;
}

export function HomePage({ t, userName, week }: { t: Translator; userName: string | null; week: HomeWeek }) {
  return (
    <>
      <h1>{userName === null ? t.t('home.title') : t.t('home.welcome', { name: userName })}</h1>
      <p class="font-lead">{t.t('home.lead')}</p>
      <MainTasks t={t} />
      <SearchBox t={t} value="" />
      <ThisWeek t={t} items={week.items} more={week.more} />
      {userName === null && (
        <>
          <h2>{t.t('home.getStarted')}</h2>
          <ol>
            <li>
              <a href="/opret-konto">{t.t('home.step.register')}</a>
            </li>
            <li>
              <a href="/organisationer">{t.t('home.step.organisation')}</a>
            </li>
            <li>
              <a href="/bydele/vesterbro-kongens-enghave">{t.t('home.step.district')}</a>
            </li>
          </ol>
        </>
      )}
    </>
  );
}
