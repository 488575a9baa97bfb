import type { Translator } from '#src/platform/i18n.ts';
import { PostForm } from '#src/platform/views/forms.tsx';

/** The private calendar link: what you organise and have joined, for your own calendar program. */
export function PersonalFeedPage({
  t,
  url,
  csrfToken,
}: {
  t: Translator;
  url: string | null;
  csrfToken: string;
}) {
  return (
    <>
      <h1>{t.t('activities.feed.title')}</h1>
      <p class="font-lead">{t.t('activities.feed.lead')}</p>
      {url !== null && (
        <div class="form-group">
          <label class="form-label" for="feed-url">
            {t.t('activities.feed.link')}
          </label>
          <span class="form-hint" id="feed-hint">
            {t.t('activities.feed.private')}
          </span>
          <input class="form-input" id="feed-url" readOnly value={url} aria-describedby="feed-hint" />
        </div>
      )}
      <PostForm action="/aktiviteter/min-kalender" csrfToken={csrfToken}>
        <button class="button button-secondary" type="submit">
          {url === null ? t.t('activities.feed.create') : t.t('activities.feed.renew')}
        </button>
      </PostForm>
    </>
  );
}
