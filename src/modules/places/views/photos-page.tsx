import type { PhotoMeta } from '#src/modules/places/photos.ts';
import type { PlaceWithRules } from '#src/modules/places/rules.ts';
import { StepNav } from '#src/modules/places/views/form-parts.tsx';
import { CONFIRM_FIELD, CONFIRM_VALUE } from '#src/platform/confirm.ts';
import type { Translator } from '#src/platform/i18n.ts';
import {
  ErrorSummary,
  type FormState,
  fieldErrorText,
  PostForm,
  TextField,
} from '#src/platform/views/forms.tsx';

export interface PhotosPageProps {
  t: Translator;
  csrfToken: string;
  place: PlaceWithRules;
  photos: PhotoMeta[];
  form: FormState;
}

/** Step 3: the photos, each with a delete link, and the upload form (multipart, works without JavaScript). */
export function PhotosPage({ t, csrfToken, place, photos, form }: PhotosPageProps) {
  const slug = encodeURIComponent(place.slug);
  const photoError = fieldErrorText(t, form.errors, 'photo');
  return (
    <>
      <h1>{t.t('places.edit.title', { name: place.name })}</h1>
      <StepNav t={t} slug={place.slug} current="photos" />
      <h2>{t.t('places.photos.title', { name: place.name })}</h2>
      {photos.length === 0 ? (
        <p>{t.t('places.photos.none')}</p>
      ) : (
        <ul class="nobullet-list app-photos">
          {photos.map((photo) => (
            <li key={photo.id}>
              <img
                src={photo.url}
                alt={photo.altText}
                width={photo.width}
                height={photo.height}
                loading="lazy"
              />
              <p>
                {photo.altText} –{' '}
                <a href={`/steder/${slug}/fotos/${photo.id}/slet`}>{t.t('places.photos.delete')}</a>
              </p>
            </li>
          ))}
        </ul>
      )}
      <h2>{t.t('places.photos.upload')}</h2>
      <ErrorSummary t={t} errors={form.errors} />
      <form
        method="post"
        action={`/steder/${slug}/rediger/fotos?_csrf=${encodeURIComponent(csrfToken)}`}
        encType="multipart/form-data"
        noValidate
      >
        <TextField
          t={t}
          form={form}
          name="altText"
          label={t.t('places.field.altText')}
          hint={t.t('places.field.altTextHint')}
          maxLength={300}
        />
        <div class={photoError === null ? 'form-group' : 'form-group form-error'}>
          <label class="form-label" for="photo">
            {t.t('places.field.photo')}
          </label>
          <span class="form-hint" id="photo-hint">
            {t.t('places.field.photoHint')}
          </span>
          {photoError !== null && (
            <span class="form-error-message" id="photo-error">
              <span class="sr-only">{t.t('form.errorPrefix')} </span>
              {photoError}
            </span>
          )}
          <input
            class="form-file-input"
            type="file"
            id="photo"
            name="photo"
            accept="image/jpeg,image/png,image/webp"
            required
            aria-describedby={photoError === null ? 'photo-hint' : 'photo-hint photo-error'}
            aria-invalid={photoError === null ? undefined : 'true'}
          />
        </div>
        <button type="submit" class="button button-primary">
          {t.t('places.photos.upload')}
        </button>
      </form>
      <p>
        <a href={`/steder/${slug}`}>{t.t('places.edit.back')}</a>
      </p>
    </>
  );
}

export function DeletePhotoPage(props: {
  t: Translator;
  csrfToken: string;
  place: PlaceWithRules;
  photo: { id: number; altText: string; url: string };
}) {
  const { t, place, photo } = props;
  const slug = encodeURIComponent(place.slug);
  return (
    <>
      <h1>{t.t('places.photos.deleteTitle')}</h1>
      <img src={photo.url} alt={photo.altText} class="app-photo-preview" />
      <p>{t.t('places.photos.deleteConfirm', { alt: photo.altText })}</p>
      <PostForm action={`/steder/${slug}/fotos/${photo.id}/slet`} csrfToken={props.csrfToken}>
        <input type="hidden" name={CONFIRM_FIELD} value={CONFIRM_VALUE} />
        <button type="submit" class="button button-warning">
          {t.t('places.photos.delete')}
        </button>{' '}
        <a href={`/steder/${slug}/rediger/fotos`}>{t.t('form.cancel')}</a>
      </PostForm>
    </>
  );
}
