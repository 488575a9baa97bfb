import { SearchBox } from '#src/modules/home/views/search-box.tsx';
import { MainTasks } from '#src/modules/home/views/tasks.tsx';
import type { Translator } from '#src/platform/i18n.ts';
import { type LoadedSection, LoadedSections } from '#src/platform/views/page-sections.tsx';

/** The home page; `sections` are what other modules show on it (this week's activities), loaded. */
export function HomePage({
  t,
  userName,
  sections,
}: {
  t: Translator;
  userName: string | null;
  sections: readonly LoadedSection[];
}) {
  return (
    <>
      <h1>{userName === null ? t.t('home.title') : t.t('home.welcome', { name: userName })}</h1>
      <p class="font-lead">{t.t('home.lead')}</p>
      <MainTasks t={t} />
      <SearchBox t={t} value="" />
      <LoadedSections t={t} sections={sections} />
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
