import type { Organisation } from '#src/modules/organisations/service.ts';
import type { OrganisationKind } from '#src/modules/organisations/types.ts';
import { kindLabel, kindOptions, organisationPath } from '#src/modules/organisations/views/labels.ts';
import type { Translator } from '#src/platform/i18n.ts';
import { DataTable } from '#src/platform/views/table.tsx';

export interface OrganisationListModel {
  items: Organisation[];
  total: number;
  page: number;
  pageCount: number;
  kind: OrganisationKind | null;
}

function pageHref(page: number, kind: OrganisationKind | null): string {
  const query = new URLSearchParams();
  if (kind !== null) query.set('type', kind);
  if (page > 1) query.set('side', String(page));
  const text = query.toString();
  return text === '' ? '/organisationer' : `/organisationer?${text}`;
}

function KindFilter({ t, kind }: { t: Translator; kind: OrganisationKind | null }) {
  return (
    <form method="get" action="/organisationer" class="app-filter">
      <div class="form-group">
        <label class="form-label" for="type">
          {t.t('organisations.list.column.kind')}
        </label>
        <select class="form-select" id="type" name="type">
          <option value="">{t.t('organisations.list.allKinds')}</option>
          {kindOptions(t).map((option) => (
            <option key={option.value} value={option.value} selected={option.value === kind}>
              {option.label}
            </option>
          ))}
        </select>
      </div>
      <button type="submit" class="button button-secondary">
        {t.t('organisations.list.filter')}
      </button>
    </form>
  );
}

function Pagination({ t, model }: { t: Translator; model: OrganisationListModel }) {
  if (model.pageCount <= 1) return null;
  const pages = Array.from({ length: model.pageCount }, (_unused, index) => index + 1);
  return (
    <nav class="pagination" aria-label={t.t('organisations.pagination.label')}>
      {model.page > 1 && (
        <a href={pageHref(model.page - 1, model.kind)} class="button button-arrow button-previous" rel="prev">
          <span class="pagination-nav-link">{t.t('organisations.pagination.previous')}</span>
        </a>
      )}
      <span class="pagination-mobile">
        {t.t('organisations.pagination.status', { page: model.page, pages: model.pageCount })}
      </span>
      <ul class="pagination__items">
        {pages.map((page) => (
          <li key={page} class="pagination-item pagination-number">
            <a
              href={pageHref(page, model.kind)}
              class={page === model.page ? 'button current-page' : 'button button-secondary'}
              aria-label={t.t('organisations.pagination.page', { page })}
              aria-current={page === model.page ? 'page' : undefined}
            >
              {page}
            </a>
          </li>
        ))}
      </ul>
      {model.page < model.pageCount && (
        <a href={pageHref(model.page + 1, model.kind)} class="button button-arrow button-next" rel="next">
          <span class="pagination-nav-link">{t.t('organisations.pagination.next')}</span>
        </a>
      )}
    </nav>
  );
}

function EmptyState({ t, kind }: { t: Translator; kind: OrganisationKind | null }) {
  if (kind !== null) {
    return (
      <p>
        {t.t('organisations.list.emptyKind', { kind: kindLabel(t, kind) })}{' '}
        <a href="/organisationer">{t.t('organisations.list.showAll')}</a>
      </p>
    );
  }
  return (
    <div class="alert alert-info">
      <div class="alert-body">
        <p class="alert-text">{t.t('organisations.list.empty')}</p>
      </div>
    </div>
  );
}

export function OrganisationListPage({ t, model }: { t: Translator; model: OrganisationListModel }) {
  return (
    <>
      <h1>{t.t('organisations.list.title')}</h1>
      <p class="font-lead">{t.t('organisations.list.lead')}</p>
      <p>
        <a href="/organisationer/ny" class="button button-primary">
          {t.t('organisations.list.create')}
        </a>
      </p>
      <KindFilter t={t} kind={model.kind} />
      {model.total === 0 ? (
        <EmptyState t={t} kind={model.kind} />
      ) : (
        <>
          <p>{t.plural(model.total, 'organisations.list.count.one', 'organisations.list.count.other')}</p>
          <DataTable
            caption={t.t('organisations.list.title')}
            captionHidden
            zebra
            rows={model.items}
            rowKey={(organisation) => organisation.id}
            columns={[
              {
                heading: t.t('organisations.list.column.name'),
                rowHeader: true,
                cell: (organisation) => <a href={organisationPath(organisation.slug)}>{organisation.name}</a>,
              },
              {
                heading: t.t('organisations.list.column.kind'),
                cell: (organisation) => kindLabel(t, organisation.kind),
              },
              {
                heading: t.t('organisations.list.column.members'),
                numeric: true,
                cell: (organisation) => t.number(organisation.memberCount),
              },
            ]}
          />
          <Pagination t={t} model={model} />
        </>
      )}
    </>
  );
}
