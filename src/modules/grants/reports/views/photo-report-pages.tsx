import type { PhotoView } from '#src/modules/grants/applications/views/application-details.tsx';
import { REPORT_TEXT_MAX } from '#src/modules/grants/limits.ts';
import type { Application } from '#src/modules/grants/model.ts';
import { type GrantFormState, textValues } from '#src/modules/grants/views/form-parts.tsx';
import type { Translator } from '#src/platform/i18n.ts';
import { ConfirmPage } from '#src/platform/views/confirm-page.tsx';
import { ErrorSummary, type FormState, PostForm, TextField } from '#src/platform/views/forms.tsx';
import { PhotoUploadForm } from '#src/platform/views/photo-upload.tsx';

/** Upload one photo, to the application's photos or to its report. */
function UploadForm(props: {
  t: Translator;
  csrfToken: string;
  applicationId: number;
  purpose: 'application' | 'report';
  form: FormState;
}) {
  const { t } = props;
  return (
    <PhotoUploadForm
      t={t}
      csrfToken={props.csrfToken}
      action={`/mine-ansogninger/${props.applicationId}/fotos?formaal=${props.purpose === 'report' ? 'rapport' : 'ansogning'}`}
      form={props.form}
      labels={{
        altText: t.t('grants.photos.altText'),
        altTextHint: t.t('grants.photos.altTextHint'),
        file: t.t('grants.photos.file'),
        fileHint: t.t('grants.photos.fileHint'),
        submit: t.t('grants.photos.upload'),
      }}
      secondary
    />
  );
}

function PhotoRows({
  t,
  csrfToken,
  applicationId,
  photos,
}: {
  t: Translator;
  csrfToken: string;
  applicationId: number;
  photos: PhotoView[];
}) {
  if (photos.length === 0) return <p>{t.t('grants.photos.none')}</p>;
  return (
    <ul class="nobullet-list">
      {photos.map((photo) => (
        <li key={photo.id} class="mb-5">
          <img
            src={photo.url}
            alt={photo.altText}
            width={Math.min(240, photo.width)}
            height={Math.round((photo.height * Math.min(240, photo.width)) / photo.width)}
          />
          <PostForm
            action={`/mine-ansogninger/${applicationId}/fotos/${photo.id}/slet`}
            csrfToken={csrfToken}
          >
            <p>
              {photo.altText}{' '}
              <button type="submit" class="button button-tertiary">
                {t.t('grants.photos.delete')}
                <span class="sr-only"> {photo.altText}</span>
              </button>
            </p>
          </PostForm>
        </li>
      ))}
    </ul>
  );
}

/** /mine-ansogninger/:id/fotos: the application's photos (optional). */
export function PhotosPage(props: {
  t: Translator;
  csrfToken: string;
  application: Application;
  photos: PhotoView[];
  form: FormState;
}) {
  const { t, application } = props;
  return (
    <>
      <h1>{t.t('grants.photos.title', { title: application.title })}</h1>
      <p>{t.t('grants.photos.lead')}</p>
      <ErrorSummary t={t} errors={props.form.errors} />
      <PhotoRows t={t} csrfToken={props.csrfToken} applicationId={application.id} photos={props.photos} />
      <h2>{t.t('grants.photos.add')}</h2>
      <UploadForm
        t={t}
        csrfToken={props.csrfToken}
        applicationId={application.id}
        purpose="application"
        form={props.form}
      />
      <p>
        <a href={`/mine-ansogninger/${application.id}`}>{t.t('grants.photos.back')}</a>
      </p>
    </>
  );
}

/** /mine-ansogninger/:id/rapport: a short text, the actual spend, and photos of what happened. */
export function ReportPage(props: {
  t: Translator;
  csrfToken: string;
  application: Application;
  photos: PhotoView[];
  form: GrantFormState;
  photoForm: FormState;
}) {
  const { t, application } = props;
  const text = textValues(props.form);
  return (
    <>
      <h1>{t.t('grants.report.pageTitle', { title: application.title })}</h1>
      <p class="font-lead">{t.t('grants.report.lead')}</p>
      <ErrorSummary t={t} errors={{ ...props.form.errors, ...props.photoForm.errors }} />
      <PostForm action={`/mine-ansogninger/${application.id}/rapport`} csrfToken={props.csrfToken}>
        <TextField
          t={t}
          form={text}
          name="text"
          label={t.t('grants.report.text')}
          hint={t.t('grants.report.textHint')}
          multiline
          maxLength={REPORT_TEXT_MAX}
        />
        <TextField
          t={t}
          form={text}
          name="actualSpend"
          label={t.t('grants.report.actualSpend')}
          hint={t.t('grants.form.amountHint')}
        />
        <button type="submit" class="button button-primary">
          {t.t('grants.report.submit')}
        </button>
      </PostForm>
      <h2>{t.t('grants.report.photosTitle')}</h2>
      <PhotoRows t={t} csrfToken={props.csrfToken} applicationId={application.id} photos={props.photos} />
      <UploadForm
        t={t}
        csrfToken={props.csrfToken}
        applicationId={application.id}
        purpose="report"
        form={props.photoForm}
      />
    </>
  );
}

/**
 * Deleting a photo cannot be undone, so a plain post of the delete button shows this page; only
 * its own post (with the confirmation field) deletes.
 */
export function DeletePhotoConfirm(props: {
  t: Translator;
  csrfToken: string;
  applicationId: number;
  photoId: number;
  photo: { applicationTitle: string; altText: string; url: string; purpose: 'application' | 'report' };
}) {
  const { t, applicationId, photo } = props;
  const back = `/mine-ansogninger/${applicationId}/${photo.purpose === 'report' ? 'rapport' : 'fotos'}`;
  return (
    <ConfirmPage
      t={t}
      csrfToken={props.csrfToken}
      heading={t.t('grants.photos.deleteHeading')}
      facts={[
        {
          label: t.t('grants.photos.deletePhoto'),
          value: <img src={photo.url} alt={photo.altText} width={240} />,
        },
        { label: t.t('grants.photos.altText'), value: photo.altText },
        { label: t.t('grants.photos.deleteApplication'), value: photo.applicationTitle },
      ]}
      told={[]}
      final
      action={`/mine-ansogninger/${applicationId}/fotos/${props.photoId}/slet`}
      submitLabel={t.t('grants.photos.deleteSubmit')}
      backHref={back}
    />
  );
}
