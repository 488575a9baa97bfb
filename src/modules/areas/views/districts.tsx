import type { Area } from '#src/modules/areas/service.ts';
import { FindAreaForm } from '#src/modules/areas/views/find.tsx';
import type { Translator } from '#src/platform/i18n.ts';
import { emptyForm } from '#src/platform/views/forms.tsx';
import { AreaMap } from '#src/platform/views/map.tsx';

export interface DistrictListModel {
  /** Home district first. */
  districts: Array<{ area: Area; neighbourhoodCount: number }>;
  tileUrl: string | null;
  /** The map's credit (MAP_TILE_ATTRIBUTION). */
  tileAttribution?: string;
}

function DistrictItem({
  t,
  area,
  neighbourhoodCount,
}: {
  t: Translator;
  area: Area;
  neighbourhoodCount: number;
}) {
  const link = <a href={area.path}>{area.name}</a>;
  return (
    <li>
      {area.isHome ? <strong>{link}</strong> : link}
      {area.isHome && (
        <>
          {' '}
          <span class="badge badge-info">{t.t('areas.list.homeBadge')}</span>
        </>
      )}
      {neighbourhoodCount > 0 && (
        <>
          {' – '}
          {t.plural(
            neighbourhoodCount,
            'areas.list.neighbourhoodCount.one',
            'areas.list.neighbourhoodCount.other',
          )}
        </>
      )}
    </li>
  );
}

/** `/bydele`: a map of the ten districts and, as the text alternative, the list of them. */
export function DistrictListPage({ t, model }: { t: Translator; model: DistrictListModel }) {
  return (
    <>
      <h1>{t.t('areas.list.title')}</h1>
      <p class="font-lead">{t.t('areas.list.lead')}</p>
      <AreaMap
        t={t}
        model={{
          label: t.t('areas.map.districtsLabel'),
          layers: ['/api/v1/districts'],
          tileUrl: model.tileUrl,
          tileAttribution: model.tileAttribution,
        }}
      />
      <h2>{t.t('areas.list.listHeading')}</h2>
      <ul class="app-area-list">
        {model.districts.map(({ area, neighbourhoodCount }) => (
          <DistrictItem key={area.slug} t={t} area={area} neighbourhoodCount={neighbourhoodCount} />
        ))}
      </ul>
      <p>
        {t.t('areas.source.districts')} <a href="/api/v1/districts">GeoJSON</a>
      </p>
      <h2>{t.t('areas.find.title')}</h2>
      <p>{t.t('areas.find.lead')}</p>
      <FindAreaForm t={t} form={emptyForm} />
    </>
  );
}
