import type { Occurrence } from '#src/modules/activities/model.ts';
import { OccurrenceCard } from '#src/modules/activities/views/parts.tsx';
import type { Translator } from '#src/platform/i18n.ts';

/** "Det sker i denne uge" for the home page. */
export function ThisWeek({
  t,
  occurrences,
  more,
}: {
  t: Translator;
  occurrences: Occurrence[];
  more: number;
}) {
  return (
    <section aria-labelledby="this-week-title" class="app-this-week">
      <h2 id="this-week-title">{t.t('activities.home.thisWeek')}</h2>
      {occurrences.length === 0 ? (
        <p>{t.t('activities.home.nothing')}</p>
      ) : (
        <ul class="nobullet-list app-activity-list">
          {occurrences.map((occurrence) => (
            <OccurrenceCard
              key={`${occurrence.activity.id}:${occurrence.key}`}
              t={t}
              occurrence={occurrence}
            />
          ))}
        </ul>
      )}
      <p>
        <a href="/aktiviteter">
          {more > 0
            ? t.plural(more, 'activities.home.more.one', 'activities.home.more.other')
            : t.t('activities.home.all')}
        </a>
        {' · '}
        <a href="/aktiviteter/ny">{t.t('activities.home.create')}</a>
      </p>
    </section>
  );
}
