import type { Occurrence } from '#src/modules/activities/model.ts';
import { ActivityNav } from '#src/modules/activities/views/list-page.tsx';
import { OccurrenceCard } from '#src/modules/activities/views/parts.tsx';
import { AreaMap } from '#src/modules/areas/views/map.tsx';
import type { Translator } from '#src/platform/i18n.ts';

/** The map of coming activities (the island), with the same activities as a list beneath. */
export function MapPage({
  t,
  occurrences,
  query,
  tileUrl,
}: {
  t: Translator;
  occurrences: Occurrence[];
  query: string;
  tileUrl: string | null;
}) {
  return (
    <>
      <h1>{t.t('activities.map.title')}</h1>
      <ActivityNav t={t} query={query} />
      <p class="font-lead">{t.t('activities.map.lead')}</p>
      <AreaMap
        t={t}
        model={{ label: t.t('activities.map.title'), layers: [`/aktiviteter/kort.geojson${query}`], tileUrl }}
      />
      <h2>{t.plural(occurrences.length, 'activities.list.count.one', 'activities.list.count.other')}</h2>
      <ul class="nobullet-list app-activity-list">
        {occurrences.map((occurrence) => (
          <OccurrenceCard key={`${occurrence.activity.id}:${occurrence.key}`} t={t} occurrence={occurrence} />
        ))}
      </ul>
    </>
  );
}
