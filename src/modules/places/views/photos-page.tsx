import type { PhotoMeta } from '#src/modules/places/photos.ts';
import type { PlaceWithRules } from '#src/modules/places/rules.ts';
import { StepNav } from '#src/modules/places/views/form-parts.tsx';
import { CONFIRM_FIELD, CONFIRM_VALUE } from '#src/platform/confirm.ts';
import type { Translator } from '#src/platform/i18n.ts';
import { ErrorSummary, type FormState, PostForm } from '#src/platform/views/forms.tsx';
import { PhotoUploadForm } from '#src/platform/views/photo-upload.tsx';

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
      <PhotoUploadForm
        t={t}
        csrfToken={csrfToken}
        action={`/steder/${slug}/rediger/fotos`}
        form={form}
        labels={{
          altText: t.t('places.field.altText'),
          altTextHint: t.t('places.field.altTextHint'),
          file: t.t('places.field.photo'),
          fileHint: t.t('places.field.photoHint'),
          submit: t.t('places.photos.upload'),
        }}
      />
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
