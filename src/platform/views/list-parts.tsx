import type { Translator } from '#src/platform/i18n.ts';

/**
 * A list page's link to another page: the current filters kept (empty ones dropped), `side` set
 * for pages after the first.
 */
export function listPageHref(path: string, query: Record<string, string>, page: number): string {
  const params = new URLSearchParams(
    Object.entries(query).filter(([name, value]) => value !== '' && name !== 'side'),
  );
  if (page > 1) params.set('side', String(page));
  const text = params.toString();
  return text === '' ? path : `${path}?${text}`;
}

/** A filter `<select>` in a GET form above a list; its id is `filter-<name>`. */
export function FilterSelect(props: {
  name: string;
  label: string;
  value: string;
  options: Array<{ value: string; label: string }>;
}) {
  return (
    <div class="form-group">
      <label class="form-label" for={`filter-${props.name}`}>
        {props.label}
      </label>
      <select class="form-select" id={`filter-${props.name}`} name={props.name}>
        {props.options.map((option) => (
          <option key={option.value} value={option.value} selected={option.value === props.value}>
            {option.label}
          </option>
        ))}
      </select>
    </div>
  );
}

/** "Side 2 af 5" with previous and next links; nothing when everything fits on one page. */
export function Pagination({
  t,
  page,
  pages,
  href,
}: {
  t: Translator;
  page: number;
  pages: number;
  href: (page: number) => string;
}) {
  if (pages <= 1) return null;
  const label = t.t('list.page', { page, pages });
  return (
    <nav aria-label={label} class="app-pagination">
      <p>{label}</p>
      {page > 1 && (
        <a href={href(page - 1)} rel="prev">
          {t.t('list.previous')}
        </a>
      )}{' '}
      {page < pages && (
        <a href={href(page + 1)} rel="next">
          {t.t('list.next')}
        </a>
      )}
    </nav>
  );
}
