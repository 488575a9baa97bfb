import type { Translator } from '#src/platform/i18n.ts';

/** On an organisation's page: its activities and their calendar feed. */
export function OrganisationActivities({ t, slug }: { t: Translator; slug: string }) {
  const encoded = encodeURIComponent(slug);
  return (
    <section aria-labelledby="activities-title">
      <h2 id="activities-title">{t.t('activities.elsewhere.title')}</h2>
      <ul class="nobullet-list">
        <li>
          <a href={`/aktiviteter?organisation=${encoded}`}>{t.t('activities.elsewhere.organisation')}</a>
        </li>
        <li>
          <a href={`/aktiviteter/organisationer/${encoded}.ics`}>{t.t('activities.elsewhere.feed')}</a>
        </li>
      </ul>
    </section>
  );
}

/** On a place's page: the activities held there. */
export function PlaceActivities({ t, slug }: { t: Translator; slug: string }) {
  return (
    <section aria-labelledby="activities-title">
      <h2 id="activities-title">{t.t('activities.elsewhere.title')}</h2>
      <p>
        <a href={`/aktiviteter?sted=${encodeURIComponent(slug)}`}>{t.t('activities.elsewhere.place')}</a>
      </p>
    </section>
  );
}
