import type { AreaSummary } from '#src/modules/areas/service.ts';
import type { PlaceWithRules } from '#src/modules/places/rules.ts';
import { ACCESS_MODES, PLACE_KINDS } from '#src/modules/places/tables.ts';
import { FACILITIES } from '#src/modules/places/validation.ts';
import type { Translator } from '#src/platform/i18n.ts';
import { Checkbox } from '#src/platform/views/choices.tsx';
import { FilterSelect, listPageHref, Pagination } from '#src/platform/views/list-parts.tsx';
import { AreaMap } from '#src/platform/views/map.tsx';

export interface PlaceListModel {
  places: PlaceWithRules[];
  total: number;
  page: number;
  pages: number;
  /** The query as typed, to refill the filter form and build page links. */
  query: Record<string, string>;
  areas: AreaSummary[];
  areaNames: Map<number, string>;
  canCreate: boolean;
  tileUrl: string | null;
  /** The map's credit (MAP_TILE_ATTRIBUTION). */
  tileAttribution?: string;
}

function Filters({ t, model }: { t: Translator; model: PlaceListModel }) {
  const q = model.query;
  return (
    <form method="get" action="/steder" class="app-place-filters" aria-labelledby="filters-title">
      <h2 id="filters-title">{t.t('places.list.filters')}</h2>
      <FilterSelect
        name="type"
        label={t.t('places.field.kind')}
        value={q.type ?? ''}
        options={[
          { value: '', label: t.t('places.list.anyKind') },
          ...PLACE_KINDS.map((kind) => ({ value: kind, label: t.t(`places.kind.${kind}`) })),
        ]}
      />
      <FilterSelect
        name="omraade"
        label={t.t('places.list.area')}
        value={q.omraade ?? ''}
        options={[
          { value: '', label: t.t('places.list.anyArea') },
          ...model.areas.map((area) => ({ value: area.slug, label: area.name })),
        ]}
      />
      <FilterSelect
        name="adgang"
        label={t.t('places.field.accessMode')}
        value={q.adgang ?? ''}
        options={[
          { value: '', label: t.t('places.list.anyAccess') },
          ...ACCESS_MODES.map((mode) => ({ value: mode, label: t.t(`places.access.${mode}`) })),
        ]}
      />
      <FilterSelect
        name="facilitet"
        label={t.t('places.list.facility')}
        value={q.facilitet ?? ''}
        options={[
          { value: '', label: t.t('places.list.anyFacility') },
          ...FACILITIES.map((facility) => ({ value: facility, label: t.t(`places.facility.${facility}`) })),
        ]}
      />
      <div class="form-group">
        <label class="form-label" for="filter-plads">
          {t.t('places.list.minCapacity')}
        </label>
        <input
          class="form-input input-width-xs"
          type="number"
          min={1}
          id="filter-plads"
          name="plads"
          value={q.plads ?? ''}
        />
      </div>
      <Checkbox
        t={t}
        form={{ values: q, errors: {} }}
        id="filter-niveaufri"
        name="niveaufri"
        value="ja"
        label={t.t('places.list.stepFreeOnly')}
      />
      <button type="submit" class="button button-secondary">
        {t.t('places.list.apply')}
      </button>
    </form>
  );
}

function PlaceCard({
  t,
  place,
  areaName,
}: {
  t: Translator;
  place: PlaceWithRules;
  areaName: string | null;
}) {
  return (
    <li class="app-place-card">
      <h3>
        <a href={`/steder/${encodeURIComponent(place.slug)}`}>{place.name}</a>
      </h3>
      <p>
        {t.t(`places.kind.${place.kind}`)} · <strong>{t.t(`places.access.${place.rules.accessMode}`)}</strong>
      </p>
      <p>
        {place.address}
        {areaName !== null && ` · ${areaName}`}
        {place.capacity !== null && ` · ${t.t('places.list.capacity', { count: t.number(place.capacity) })}`}
        {place.stepFree && ` · ${t.t('places.field.stepFree')}`}
      </p>
    </li>
  );
}

/** The place list with filters, a map island and pagination; the list is the map's fallback. */
export function PlaceList({ t, model }: { t: Translator; model: PlaceListModel }) {
  const geoQuery = listPageHref('', model.query, 1);
  return (
    <>
      <h1>{t.t('places.list.title')}</h1>
      <p class="font-lead">{t.t('places.list.lead')}</p>
      {model.canCreate && (
        <p>
          <a class="button button-secondary" href="/steder/ny">
            {t.t('places.list.create')}
          </a>
        </p>
      )}
      <Filters t={t} model={model} />
      <AreaMap
        t={t}
        model={{
          label: t.t('places.list.map'),
          layers: [`/steder/kort.geojson${geoQuery}`],
          tileUrl: model.tileUrl,
          tileAttribution: model.tileAttribution,
        }}
      />
      <h2 aria-live="polite">{t.plural(model.total, 'places.list.count.one', 'places.list.count.other')}</h2>
      {model.places.length === 0 ? (
        <p>{t.t('places.list.none')}</p>
      ) : (
        <ul class="nobullet-list app-place-list">
          {model.places.map((place) => (
            <PlaceCard
              key={place.id}
              t={t}
              place={place}
              areaName={model.areaNames.get(place.neighbourhoodId ?? place.districtId ?? 0) ?? null}
            />
          ))}
        </ul>
      )}
      <Pagination
        t={t}
        page={model.page}
        pages={model.pages}
        href={(page) => listPageHref('/steder', model.query, page)}
      />
      <p>
        <a href={`/api/v1/places.geojson${geoQuery}`}>{t.t('places.list.geojson')}</a>
      </p>
    </>
  );
}
