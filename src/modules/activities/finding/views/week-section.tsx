import type { ListedActivity } from '#src/modules/activities/model.ts';
import { ActivityCard } from '#src/modules/activities/views/parts.tsx';
import type { Translator } from '#src/platform/i18n.ts';

/** "Det sker i denne uge" for the home page. */
export function ThisWeek({
  t,
  items,
  more,
  moreCapped,
}: {
  t: Translator;
  /** This week's activities, a series once. */
  items: ListedActivity[];
  more: number;
  /** There are more than `more` (only so many are counted). */
  moreCapped?: boolean;
}) {
  return (
    <section aria-labelledby="this-week-title" class="app-this-week">
      <h2 id="this-week-title">{t.t('activities.home.thisWeek')}</h2>
      {items.length === 0 ? (
        <p>{t.t('activities.home.nothing')}</p>
      ) : (
        <ul class="nobullet-list app-activity-list">
          {items.map((listed) => (
            <ActivityCard key={listed.activity.id} t={t} listed={listed} />
          ))}
        </ul>
      )}
      <p>
        <a href="/aktiviteter">
          {moreCapped === true
            ? t.t('activities.home.moreAtLeast', { count: more })
            : more > 0
              ? t.plural(more, 'activities.home.more.one', 'activities.home.more.other')
              : t.t('activities.home.all')}
        </a>
        {' · '}
        <a href="/aktiviteter/ny">{t.t('activities.home.create')}</a>
      </p>
    </section>
  );
}
