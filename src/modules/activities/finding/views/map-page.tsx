import { ActivityNav } from '#src/modules/activities/finding/views/list-page.tsx';
import type { ListedActivity } from '#src/modules/activities/model.ts';
import { ActivityCard } from '#src/modules/activities/views/parts.tsx';
import type { Translator } from '#src/platform/i18n.ts';
import { AreaMap } from '#src/platform/views/map.tsx';

/** The map of coming activities (the island), with the same activities as a list beneath. */
export function MapPage({
  t,
  items,
  query,
  tileUrl,
  tileAttribution,
}: {
  t: Translator;
  /** Each activity once, with the seats left of its next time. */
  items: ListedActivity[];
  query: string;
  tileUrl: string | null;
  /** The map's credit (MAP_TILE_ATTRIBUTION). */
  tileAttribution?: string;
}) {
  return (
    <>
      <h1>{t.t('activities.map.title')}</h1>
      <ActivityNav t={t} query={query} current="map" />
      <p class="font-lead">{t.t('activities.map.lead')}</p>
      <AreaMap
        t={t}
        model={{
          label: t.t('activities.map.title'),
          layers: [`/aktiviteter/kort.geojson${query}`],
          tileUrl,
          tileAttribution,
        }}
      />
      <h2>{t.plural(items.length, 'activities.list.count.one', 'activities.list.count.other')}</h2>
      <ul class="nobullet-list app-activity-list">
        {items.map((listed) => (
          <ActivityCard key={listed.activity.id} t={t} listed={listed} />
        ))}
      </ul>
    </>
  );
}
