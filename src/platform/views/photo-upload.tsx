import { PHOTO_ALT_TEXT_MAX } from '#src/platform/form-input.ts';
import type { Translator } from '#src/platform/i18n.ts';
import { type FormState, fieldErrorText, TextField } from '#src/platform/views/forms.tsx';

export interface PhotoUploadLabels {
  altText: string;
  altTextHint: string;
  file: string;
  fileHint: string;
  submit: string;
}

/**
 * The form that uploads one photo with its alternative text (read by `readPhotoUpload`). It posts
 * multipart, which is read only inside the handler, after the CSRF check, so the token rides in
 * the action's query string. Works without JavaScript.
 */
export function PhotoUploadForm({
  t,
  csrfToken,
  action,
  form,
  labels,
  secondary = false,
}: {
  t: Translator;
  csrfToken: string;
  /** The path to post to, with a query string of its own or none. */
  action: string;
  form: FormState;
  labels: PhotoUploadLabels;
  /** A secondary button, where the page's main action is another form. */
  secondary?: boolean;
}) {
  const photoError = fieldErrorText(t, form.errors, 'photo');
  const separator = action.includes('?') ? '&' : '?';
  return (
    <form
      method="post"
      action={`${action}${separator}_csrf=${encodeURIComponent(csrfToken)}`}
      encType="multipart/form-data"
      noValidate
    >
      <TextField
        t={t}
        form={form}
        name="altText"
        label={labels.altText}
        hint={labels.altTextHint}
        maxLength={PHOTO_ALT_TEXT_MAX}
      />
      <div class={photoError === null ? 'form-group' : 'form-group form-error'}>
        <label class="form-label" for="photo">
          {labels.file}
        </label>
        <span class="form-hint" id="photo-hint">
          {labels.fileHint}
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
      <button type="submit" class={secondary ? 'button button-secondary' : 'button button-primary'}>
        {labels.submit}
      </button>
    </form>
  );
}
