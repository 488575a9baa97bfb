import { CVR_TYPED_MAX, DESCRIPTION_MAX, NAME_MAX } from '#src/modules/organisations/validation.ts';
import { kindOptions } from '#src/modules/organisations/views/labels.ts';
import type { Translator } from '#src/platform/i18n.ts';
import {
  ErrorSummary,
  type FormState,
  PostForm,
  SelectField,
  TextField,
} from '#src/platform/views/forms.tsx';

export function NewOrganisationPage({
  t,
  form,
  csrfToken,
}: {
  t: Translator;
  form: FormState;
  csrfToken: string;
}) {
  return (
    <>
      <h1>{t.t('organisations.new.title')}</h1>
      <ErrorSummary t={t} errors={form.errors} />
      <p class="font-lead">{t.t('organisations.new.lead')}</p>
      <PostForm action="/organisationer/ny" csrfToken={csrfToken}>
        <TextField
          t={t}
          form={form}
          name="name"
          label={t.t('organisations.field.name')}
          autocomplete="organization"
          maxLength={NAME_MAX}
        />
        <SelectField
          t={t}
          form={form}
          name="kind"
          label={t.t('organisations.field.kind')}
          options={[{ value: '', label: t.t('organisations.field.kindChoose') }, ...kindOptions(t)]}
        />
        <TextField
          t={t}
          form={form}
          name="cvr"
          label={t.t('organisations.field.cvr')}
          hint={t.t('organisations.field.cvrHint')}
          optional
          maxLength={CVR_TYPED_MAX}
        />
        <TextField
          t={t}
          form={form}
          name="description"
          label={t.t('organisations.field.description')}
          hint={t.t('organisations.field.descriptionHint')}
          optional
          multiline
          maxLength={DESCRIPTION_MAX}
        />
        <button type="submit" class="button button-primary">
          {t.t('organisations.new.submit')}
        </button>
      </PostForm>
    </>
  );
}
