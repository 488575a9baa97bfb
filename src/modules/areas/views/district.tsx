import type { Area } from '#src/modules/areas/service.ts';
import type { Translator } from '#src/platform/i18n.ts';
import { AreaMap } from '#src/platform/views/map.tsx';

export interface DistrictModel {
  district: Area;
  neighbourhoods: Area[];
  tileUrl: string | null;
  /** The map's credit (MAP_TILE_ATTRIBUTION). */
  tileAttribution?: string;
}

function ApproximateBadge({ t, area }: { t: Translator; area: Area }) {
  if (!area.approximate) return null;
  return (
    <>
      {' '}
      <span class="badge badge-info">{t.t('areas.district.approximateBadge')}</span>
    </>
  );
}

function NeighbourhoodList({ t, neighbourhoods }: { t: Translator; neighbourhoods: Area[] }) {
  if (neighbourhoods.length === 0) return <p>{t.t('areas.district.noNeighbourhoods')}</p>;
  return (
    <>
      {neighbourhoods.some((area) => area.approximate) && (
        <div class="alert alert-info">
          <div class="alert-body">
            <p class="alert-text">{t.t('areas.district.approximateNote')}</p>
          </div>
        </div>
      )}
      <ul class="app-area-list">
        {neighbourhoods.map((area) => (
          <li key={area.slug}>
            <a href={area.path}>{area.name}</a>
            <ApproximateBadge t={t} area={area} />
          </li>
        ))}
      </ul>
    </>
  );
}

function OrganisationsSection({ t }: { t: Translator }) {
  return (
    <>
      <h2>{t.t('areas.district.organisations')}</h2>
      <p>{t.t('areas.district.organisationsText')}</p>
      <p>
        <a href="/organisationer">{t.t('areas.district.organisationsLink')}</a>
      </p>
    </>
  );
}

/** `/bydele/:slug`: the district, its neighbourhoods, and where to go next. */
export function DistrictPage({ t, model }: { t: Translator; model: DistrictModel }) {
  const { district, neighbourhoods } = model;
  const layers = [`/api/v1/districts/${district.slug}`];
  if (neighbourhoods.length > 0) layers.push(`/api/v1/neighbourhoods?district=${district.slug}`);
  return (
    <>
      <h1>{district.name}</h1>
      <p class="font-lead">
        {district.isHome
          ? t.t('areas.district.lead.home')
          : t.t('areas.district.lead.other', { name: district.name })}
      </p>
      <AreaMap
        t={t}
        model={{
          label: t.t('areas.map.districtLabel', { name: district.name }),
          layers,
          tileUrl: model.tileUrl,
          tileAttribution: model.tileAttribution,
        }}
      />
      <h2>{t.t('areas.district.neighbourhoods')}</h2>
      <NeighbourhoodList t={t} neighbourhoods={neighbourhoods} />
      <OrganisationsSection t={t} />
      <h2>{t.t('areas.district.openData')}</h2>
      <ul>
        <li>
          <a href={`/api/v1/districts/${district.slug}`}>{t.t('areas.district.geojsonLink')}</a>
        </li>
        {neighbourhoods.length > 0 && (
          <li>
            <a href={`/api/v1/neighbourhoods?district=${district.slug}`}>
              {t.t('areas.district.neighbourhoodsGeojsonLink')}
            </a>
          </li>
        )}
      </ul>
      <p>
        {t.t('areas.source.districts')}
        {neighbourhoods.length > 0 && ` ${t.t('areas.source.neighbourhoods')}`}
      </p>
      <p>
        <a href="/bydele">{t.t('areas.district.allDistricts')}</a>
      </p>
    </>
  );
}

export interface NeighbourhoodModel {
  district: Area;
  neighbourhood: Area;
  siblings: Area[];
  tileUrl: string | null;
  /** The map's credit (MAP_TILE_ATTRIBUTION). */
  tileAttribution?: string;
}

/** `/bydele/:district/:neighbourhood`: one neighbourhood, shown within its district. */
export function NeighbourhoodPage({ t, model }: { t: Translator; model: NeighbourhoodModel }) {
  const { district, neighbourhood, siblings } = model;
  const others = siblings.filter((area) => area.id !== neighbourhood.id);
  return (
    <>
      <h1>{neighbourhood.name}</h1>
      <p class="font-lead">{t.t('areas.neighbourhood.lead', { district: district.name })}</p>
      {neighbourhood.approximate && (
        <div class="alert alert-info">
          <div class="alert-body">
            <p class="alert-text">
              {t.t('areas.neighbourhood.approximateNote', { name: neighbourhood.name })}
            </p>
          </div>
        </div>
      )}
      <AreaMap
        t={t}
        model={{
          label: t.t('areas.map.neighbourhoodLabel', { name: neighbourhood.name }),
          layers: [`/api/v1/districts/${district.slug}`, `/api/v1/neighbourhoods?district=${district.slug}`],
          highlight: neighbourhood.slug,
          tileUrl: model.tileUrl,
          tileAttribution: model.tileAttribution,
        }}
      />
      <OrganisationsSection t={t} />
      {others.length > 0 && (
        <>
          <h2>{t.t('areas.neighbourhood.otherNeighbourhoods', { district: district.name })}</h2>
          <ul class="app-area-list">
            {others.map((area) => (
              <li key={area.slug}>
                <a href={area.path}>{area.name}</a>
              </li>
            ))}
          </ul>
        </>
      )}
      <p>
        <a href={district.path}>{t.t('areas.neighbourhood.backToDistrict', { district: district.name })}</a>
      </p>
    </>
  );
}
