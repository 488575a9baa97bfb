import type { Translator } from '#src/platform/i18n.ts';

/** The site search as a plain GET form (DKFDS search): works without JavaScript. */
export function SearchBox({ t, value, id = 'soeg-q' }: { t: Translator; value: string; id?: string }) {
  return (
    <search class="mt-6 mb-6">
      <form action="/soeg" method="get">
        <label class="form-label" for={id}>
          {t.t('search.label')}
        </label>
        <div class="search">
          <input class="form-input" id={id} type="search" name="q" value={value} maxLength={200} />
          <button type="submit" class="button button-search">
            {t.t('search.button')}
          </button>
        </div>
      </form>
    </search>
  );
}
