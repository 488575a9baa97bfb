import { SECTION_PARAMS, type SearchSectionName, type SiteSearch } from '#src/modules/home/search-service.ts';
import { SearchBox } from '#src/modules/home/views/search-box.tsx';
import type { PlainMessageKey, Translator } from '#src/platform/i18n.ts';
import { SEARCH_MIN_LENGTH, type SearchSection } from '#src/platform/search.ts';
import { Pagination } from '#src/platform/views/list-parts.tsx';

const SECTION_TITLE: Record<SearchSectionName, PlainMessageKey> = {
  places: 'search.section.places',
  activities: 'search.section.activities',
  giving: 'search.section.giving',
};

function searchHref(query: string, section: SearchSectionName | null, page = 1): string {
  const params = new URLSearchParams({ q: query });
  if (section !== null) params.set('vis', SECTION_PARAMS[section]);
  if (page > 1) params.set('side', String(page));
  return `/soeg?${params.toString()}`;
}

function Hits({ t, section }: { t: Translator; section: SearchSection }) {
  if (section.hits.length === 0) return <p>{t.t('search.none')}</p>;
  return (
    <ul class="nobullet-list">
      {section.hits.map((hit) => (
        <li key={hit.path}>
          <a href={hit.path}>{hit.title}</a>
          {hit.startsAt !== null && (
            <>
              <br />
              {t.dateTime(hit.startsAt, {
                weekday: 'long',
                day: 'numeric',
                month: 'long',
                hour: '2-digit',
                minute: '2-digit',
              })}
            </>
          )}
          {hit.detail !== '' && (
            <>
              <br />
              <span class="form-hint">{hit.detail}</span>
            </>
          )}
        </li>
      ))}
    </ul>
  );
}

function Section(props: {
  t: Translator;
  query: string;
  name: SearchSectionName;
  section: SearchSection;
  paged?: boolean;
}) {
  const { t, name, section } = props;
  const title = t.t(SECTION_TITLE[name]);
  return (
    <section aria-labelledby={`resultater-${name}`} class="mt-8">
      <h2 id={`resultater-${name}`}>
        {title} <span class="badge">{t.plural(section.total, 'search.count.one', 'search.count.other')}</span>
      </h2>
      <Hits t={t} section={section} />
      {props.paged !== true && section.total > section.hits.length && (
        <p>
          <a href={searchHref(props.query, name)}>
            {t.t('search.more', { count: section.total, section: title.toLowerCase() })}
          </a>
        </p>
      )}
    </section>
  );
}

/** Marks where a link goes in a sentence; no request can carry it (input-guard refuses NUL). */
const LINK = '\u0000';

function NothingFound({ t, query }: { t: Translator; query: string }) {
  const sentence = t.t('search.empty', { q: query, places: LINK, activities: LINK, giving: LINK });
  const [before = '', between = '', beforeGiving = '', after = ''] = sentence.split(LINK);
  return (
    <p>
      {before}
      <a href="/steder">{t.t('search.empty.places')}</a>
      {between}
      <a href="/aktiviteter">{t.t('search.empty.activities')}</a>
      {beforeGiving}
      <a href="/giv">{t.t('search.empty.giving')}</a>
      {after}
    </p>
  );
}

/** The results page: three sections with their counts, or one section page by page. */
export function SearchPage({ t, search }: { t: Translator; search: SiteSearch }) {
  if (search.kind === 'too_short') {
    return (
      <>
        <h1>{t.t('search.title')}</h1>
        <SearchBox t={t} value={search.query} />
        <div class="alert alert-info" role="status">
          <div class="alert-body">
            <p class="alert-text">{t.t('search.tooShort', { min: SEARCH_MIN_LENGTH })}</p>
          </div>
        </div>
      </>
    );
  }
  const heading = <h1>{t.t('search.resultsTitle', { q: search.query })}</h1>;
  if (search.kind === 'one') {
    return (
      <>
        {heading}
        <SearchBox t={t} value={search.query} />
        <p>
          <a href={searchHref(search.query, null)}>{t.t('search.backToAll')}</a>
        </p>
        <Section t={t} query={search.query} name={search.section} section={search.result} paged />
        <Pagination
          t={t}
          page={search.page}
          pages={search.pages}
          href={(page) => searchHref(search.query, search.section, page)}
        />
      </>
    );
  }
  const { places, activities, giving } = search.sections;
  const nothing = places.total + activities.total + giving.total === 0;
  return (
    <>
      {heading}
      <SearchBox t={t} value={search.query} />
      {nothing ? (
        <NothingFound t={t} query={search.query} />
      ) : (
        <>
          <Section t={t} query={search.query} name="places" section={places} />
          <Section t={t} query={search.query} name="activities" section={activities} />
          <Section t={t} query={search.query} name="giving" section={giving} />
        </>
      )}
    </>
  );
}
