import type { Translator } from '#src/platform/i18n.ts';

export function HomePage({ t, userName }: { t: Translator; userName: string | null }) {
  return (
    <>
      <h1>{userName === null ? t.t('home.title') : t.t('home.welcome', { name: userName })}</h1>
      <p class="font-lead">{t.t('home.lead')}</p>
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
  );
}
