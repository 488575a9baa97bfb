import type { ManagersOverview } from '#src/modules/places/managers-service.ts';
import { StepNav } from '#src/modules/places/views/form-parts.tsx';
import type { FieldErrors } from '#src/platform/errors.ts';
import type { Translator } from '#src/platform/i18n.ts';
import { ErrorSummary, PostForm, SelectField } from '#src/platform/views/forms.tsx';

export function ManagersPage(props: {
  t: Translator;
  csrfToken: string;
  overview: ManagersOverview;
  errors: FieldErrors;
}) {
  const { t, overview } = props;
  const { place } = overview;
  const slug = encodeURIComponent(place.slug);
  const nameOf = (name: string | null) => name ?? t.t('places.managers.deletedUser');
  return (
    <>
      <h1>{t.t('places.edit.title', { name: place.name })}</h1>
      <StepNav t={t} slug={place.slug} current="managers" />
      <h2>{t.t('places.managers.title', { name: place.name })}</h2>
      <p>{t.t('places.managers.lead', { organisation: place.organisationName })}</p>
      {overview.managers.length === 0 ? (
        <p>{t.t('places.managers.none')}</p>
      ) : (
        <ul class="nobullet-list">
          {overview.managers.map((manager) => (
            <li key={manager.userId}>
              <PostForm
                action={`/steder/${slug}/rediger/ansvarlige/${manager.userId}/fjern`}
                csrfToken={props.csrfToken}
              >
                {nameOf(manager.name)}{' '}
                <button type="submit" class="button button-tertiary">
                  {t.t('places.managers.remove', { name: nameOf(manager.name) })}
                </button>
              </PostForm>
            </li>
          ))}
        </ul>
      )}
      <h2>{t.t('places.managers.add')}</h2>
      <ErrorSummary t={t} errors={props.errors} />
      {overview.candidates.length === 0 ? (
        <p>{t.t('places.managers.noCandidates')}</p>
      ) : (
        <PostForm action={`/steder/${slug}/rediger/ansvarlige`} csrfToken={props.csrfToken}>
          <SelectField
            t={t}
            form={{ values: {}, errors: props.errors }}
            name="manager"
            label={t.t('places.field.manager')}
            options={overview.candidates.map((candidate) => ({
              value: String(candidate.userId),
              label: nameOf(candidate.name),
            }))}
          />
          <button type="submit" class="button button-primary">
            {t.t('places.managers.add')}
          </button>
        </PostForm>
      )}
      <p>
        <a href={`/steder/${slug}`}>{t.t('places.edit.back')}</a>
      </p>
    </>
  );
}
