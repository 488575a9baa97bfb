import { authorName, type GiveItem, itemPath } from '#src/modules/giving/model.ts';
import { GIVE_KINDS } from '#src/modules/giving/tables.ts';
import type { Choice } from '#src/modules/giving/views/item-form.tsx';
import type { Translator } from '#src/platform/i18n.ts';
import { FilterSelect, listPageHref, Pagination } from '#src/platform/views/list-parts.tsx';

export interface BoardModel {
  items: GiveItem[];
  total: number;
  page: number;
  pages: number;
  /** The query as typed (Danish parameter names), to refill the filters and build page links. */
  query: Record<string, string>;
  neighbourhoods: Choice[];
  loggedIn: boolean;
  /** The same filters as an API link. */
  jsonHref: string;
}

function Filters({ t, model }: { t: Translator; model: BoardModel }) {
  const q = model.query;
  return (
    <form method="get" action="/giv" class="app-give-filters" aria-labelledby="filters-title">
      <h2 id="filters-title">{t.t('giving.filter.title')}</h2>
      <FilterSelect
        name="retning"
        label={t.t('giving.filter.direction')}
        value={q.retning ?? ''}
        options={[
          { value: '', label: t.t('giving.filter.anyDirection') },
          { value: 'tilbud', label: t.t('giving.filter.offers') },
          { value: 'oensker', label: t.t('giving.filter.wishes') },
        ]}
      />
      <FilterSelect
        name="type"
        label={t.t('giving.filter.kind')}
        value={q.type ?? ''}
        options={[
          { value: '', label: t.t('giving.filter.anyKind') },
          ...GIVE_KINDS.map((kind) => ({ value: kind, label: t.t(`giving.kind.${kind}`) })),
        ]}
      />
      <FilterSelect
        name="kvarter"
        label={t.t('giving.filter.neighbourhood')}
        value={q.kvarter ?? ''}
        options={[
          { value: '', label: t.t('giving.filter.anyNeighbourhood') },
          ...model.neighbourhoods.map((area) => ({ value: area.slug, label: area.name })),
        ]}
      />
      <button type="submit" class="button button-secondary">
        {t.t('giving.filter.apply')}
      </button>
    </form>
  );
}

/** The kind, with a sponsorship's sub-kind: "Sponsorat: Bænke". */
export function kindLabel(t: Translator, item: GiveItem): string {
  const kind = t.t(`giving.kind.${item.kind}`);
  return item.sponsorshipKind === null
    ? kind
    : `${kind}: ${t.t(`giving.sponsorship.${item.sponsorshipKind}`)}`;
}

function ItemCard({ t, item }: { t: Translator; item: GiveItem }) {
  return (
    <li class="app-give-card">
      <p>
        <strong>{t.t(`giving.direction.${item.direction}`)}</strong> · {kindLabel(t, item)}
      </p>
      <h3>
        <a href={itemPath(item.id)}>{item.title}</a>
      </h3>
      <p>
        {t.t('giving.list.by', { name: authorName(item) })}
        {item.neighbourhood !== null && ` · ${item.neighbourhood.name}`}
        {` · ${t.t('giving.list.until', { date: t.dateTime(item.expiresAt, { dateStyle: 'long' }) })}`}
      </p>
    </li>
  );
}

function Actions({ t, model }: { t: Translator; model: BoardModel }) {
  return (
    <p>
      <a class="button button-primary" href="/giv/nyt?retning=tilbud">
        {t.t('giving.list.newOffer')}
      </a>{' '}
      <a class="button button-secondary" href="/giv/nyt?retning=oenske">
        {t.t('giving.list.newWish')}
      </a>
      {model.loggedIn && (
        <>
          {' '}
          <a class="function-link" href="/giv/mine">
            {t.t('giving.list.mine')}
          </a>
        </>
      )}
    </p>
  );
}

/** Giv-tavlen: open offers and wishes with filters and pages; an empty board invites a first post. */
export function BoardPage({ t, model }: { t: Translator; model: BoardModel }) {
  return (
    <>
      <h1>{t.t('giving.title')}</h1>
      <p class="font-lead">{t.t('giving.slogan')}</p>
      <p>{t.t('giving.lead')}</p>
      <Actions t={t} model={model} />
      <Filters t={t} model={model} />
      <h2 aria-live="polite">{t.plural(model.total, 'giving.list.count.one', 'giving.list.count.other')}</h2>
      {model.items.length === 0 ? (
        <div class="app-give-empty">
          <h3>{t.t('giving.list.emptyTitle')}</h3>
          <p>{t.t('giving.list.emptyBody')}</p>
          <p>
            <a class="button button-primary" href="/giv/nyt?retning=tilbud">
              {t.t('giving.list.newOffer')}
            </a>
          </p>
        </div>
      ) : (
        <ul class="nobullet-list app-give-list">
          {model.items.map((item) => (
            <ItemCard key={item.id} t={t} item={item} />
          ))}
        </ul>
      )}
      <Pagination
        t={t}
        page={model.page}
        pages={model.pages}
        href={(page) => listPageHref('/giv', model.query, page)}
      />
      <p>
        <a href={model.jsonHref}>{t.t('giving.list.json')}</a>
      </p>
    </>
  );
}
