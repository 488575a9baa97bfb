import { type ParsedQuery, queryString } from '#src/modules/activities/finding/filters.ts';
import type { ActivityListing } from '#src/modules/activities/finding/listing-service.ts';
import { ACTIVITY_KINDS } from '#src/modules/activities/tables.ts';
import { ACTIVITY_LANGUAGES, kindLabelKey } from '#src/modules/activities/templates.ts';
import { ActivityCard, languageNames } from '#src/modules/activities/views/parts.tsx';
import type { AreaSummary } from '#src/modules/areas/service.ts';
import type { Translator } from '#src/platform/i18n.ts';
import { ChoiceGroup } from '#src/platform/views/choices.tsx';
import { DateField } from '#src/platform/views/date-field.tsx';
import { Pagination } from '#src/platform/views/list-parts.tsx';
import { Tabs } from '#src/platform/views/tabs.tsx';

export interface ListPageModel {
  listing: ActivityListing;
  query: ParsedQuery;
  areas: AreaSummary[];
  loggedIn: boolean;
}

/** The filters as a form's values, for the shared checkboxes to show what is chosen. */
function filterForm(values: ParsedQuery['values']) {
  const yes = (on: boolean) => (on ? '1' : '');
  return {
    values: {
      type: values.type,
      boernevenligt: yes(values.boernevenligt),
      trinfrit: yes(values.trinfrit),
      gratis: yes(values.gratis),
    },
    errors: {},
  };
}

export function ActivityFilters({
  t,
  model,
  action,
}: {
  t: Translator;
  model: ListPageModel;
  action: string;
}) {
  const values = model.query.values;
  return (
    <form method="get" action={action} class="app-activity-filters" aria-labelledby="filters-title">
      <h2 id="filters-title">{t.t('activities.list.filters')}</h2>
      <div class="form-group">
        <label class="form-label" for="filter-omraade">
          {t.t('activities.field.area')}
        </label>
        <select class="form-select" id="filter-omraade" name="omraade">
          <option value="">{t.t('activities.list.allAreas')}</option>
          {model.areas.map((area) => (
            <option key={area.slug} value={area.slug} selected={area.slug === values.omraade}>
              {area.kind === 'neighbourhood' ? `– ${area.name}` : area.name}
            </option>
          ))}
        </select>
      </div>
      <ChoiceGroup
        t={t}
        form={filterForm(values)}
        type="checkbox"
        name="type"
        id="filter-type"
        legend={t.t('activities.field.kind')}
        options={ACTIVITY_KINDS.map((kind) => ({ value: kind, label: t.t(kindLabelKey(kind)) }))}
      />
      <DateField
        t={t}
        form={{ values: { fra: values.fra, til: values.til }, errors: model.query.errors }}
        name="fra"
        label={t.t('activities.field.from')}
        optional
        today={model.query.today}
      />
      <DateField
        t={t}
        form={{ values: { fra: values.fra, til: values.til }, errors: model.query.errors }}
        name="til"
        label={t.t('activities.field.to')}
        optional
        today={model.query.today}
      />
      <ChoiceGroup
        t={t}
        form={filterForm(values)}
        type="checkbox"
        name="tags"
        id="filter-tags"
        legend={t.t('activities.field.tags')}
        options={[
          { name: 'boernevenligt', value: '1', label: t.t('activities.tag.childFriendly') },
          { name: 'trinfrit', value: '1', label: t.t('activities.tag.stepFree') },
          { name: 'gratis', value: '1', label: t.t('activities.tag.freeOfCharge') },
        ]}
      />
      <div class="form-group">
        <label class="form-label" for="filter-sprog">
          {t.t('activities.field.language')}
        </label>
        <select class="form-select" id="filter-sprog" name="sprog">
          <option value="">{t.t('activities.list.anyLanguage')}</option>
          {ACTIVITY_LANGUAGES.map((code) => (
            <option key={code} value={code} selected={code === values.sprog}>
              {languageNames(t, [code])}
            </option>
          ))}
        </select>
      </div>
      {values.organisation !== '' && <input type="hidden" name="organisation" value={values.organisation} />}
      {values.sted !== '' && <input type="hidden" name="sted" value={values.sted} />}
      <button class="button button-secondary" type="submit">
        {t.t('activities.list.filter')}
      </button>
    </form>
  );
}

export type ActivityView = 'list' | 'calendar' | 'map' | 'near';

/** The activity views as tabs: list, calendar and map keep the filters; "near me" has its own. */
export function ActivityNav({ t, query, current }: { t: Translator; query: string; current: ActivityView }) {
  const views: Array<{ view: ActivityView; href: string }> = [
    { view: 'list', href: `/aktiviteter${query}` },
    { view: 'calendar', href: `/aktiviteter/kalender${query}` },
    { view: 'map', href: `/aktiviteter/kort${query}` },
    { view: 'near', href: '/aktiviteter/naer-mig' },
  ];
  return (
    <Tabs
      label={t.t('activities.nav.label')}
      links={views.map(({ view, href }) => ({
        href,
        text: t.t(`activities.nav.${view}`),
        current: view === current,
      }))}
    />
  );
}

function heading(t: Translator, query: ParsedQuery): string {
  if (query.organisationName !== null)
    return t.t('activities.list.titleOrganisation', { name: query.organisationName });
  if (query.placeName !== null) return t.t('activities.list.titlePlace', { name: query.placeName });
  return t.t('activities.list.title');
}

/** /aktiviteter: filters, the activities by their next time (a series once), pages, and the open-data links. */
export function ListPage({ t, model }: { t: Translator; model: ListPageModel }) {
  const { listing, query } = model;
  const qs = queryString(query.values);
  return (
    <>
      <h1>{heading(t, query)}</h1>
      <p class="font-lead">{t.t('activities.list.lead')}</p>
      <p>
        <a class="button button-primary" href="/aktiviteter/ny">
          {t.t('activities.list.create')}
        </a>
      </p>
      <ActivityNav t={t} query={qs} current="list" />
      <ActivityFilters t={t} model={model} action="/aktiviteter" />
      <h2 aria-live="polite">
        {listing.totalCapped
          ? t.t('activities.list.countAtLeast', { count: listing.total })
          : t.plural(listing.total, 'activities.list.count.one', 'activities.list.count.other')}
      </h2>
      {listing.items.length === 0 ? (
        <p>{t.t('activities.list.none')}</p>
      ) : (
        <ul class="nobullet-list app-activity-list">
          {listing.items.map((listed) => (
            <ActivityCard
              key={listed.activity.id}
              t={t}
              listed={listed}
              mine={listing.mine.get(`${listed.activity.id}:${listed.next.key}`)}
            />
          ))}
        </ul>
      )}
      <Pagination
        t={t}
        page={listing.page}
        pages={listing.pages}
        href={(page) => `/aktiviteter${queryString(query.values, page > 1 ? { side: String(page) } : {})}`}
      />
      <h2>{t.t('activities.list.openData')}</h2>
      <ul>
        <li>
          <a href="/aktiviteter.ics">{t.t('activities.list.ics')}</a>
        </li>
        <li>
          <a href={`/api/v1/activities`}>{t.t('activities.list.json')}</a>
        </li>
        <li>
          {t.t('activities.list.csv')}:{' '}
          <a href={`/aktiviteter.csv${qs === '' ? '?' : `${qs}&`}format=excel`}>{t.t('common.csv.excel')}</a>{' '}
          · <a href={`/aktiviteter.csv${qs}`}>{t.t('common.csv.rfc')}</a>
        </li>
        {model.loggedIn && (
          <li>
            <a href="/aktiviteter/min-kalender">{t.t('activities.list.personalFeed')}</a>
          </li>
        )}
      </ul>
    </>
  );
}
