import { ORGANISATION_KINDS } from '#src/modules/organisations/types.ts';
import { KEY_INSTRUCTIONS_MAX, WINDOWS_TEXT_MAX } from '#src/modules/places/limits.ts';
import { WEEKDAYS } from '#src/modules/places/rules-input.ts';
import { BOOKER_SCOPES, KEY_HANDOVERS } from '#src/modules/places/tables.ts';
import { type PlaceFormState, StepNav, textForm } from '#src/modules/places/views/form-parts.tsx';
import type { Translator } from '#src/platform/i18n.ts';
import { Checkbox, ChoiceGroup } from '#src/platform/views/choices.tsx';
import { ErrorSummary, PostForm, TextField } from '#src/platform/views/forms.tsx';

export interface RulesFormProps {
  t: Translator;
  csrfToken: string;
  form: PlaceFormState;
  place: { slug: string; name: string };
}

/** Step 2: when the place can be used, who may book it, and how keys are handed over. */
export function RulesForm({ t, csrfToken, form, place }: RulesFormProps) {
  const text = textForm(form);
  return (
    <>
      <h1>{t.t('places.edit.title', { name: place.name })}</h1>
      <StepNav t={t} slug={place.slug} current="rules" />
      <ErrorSummary t={t} errors={form.errors} />
      <PostForm action={`/steder/${encodeURIComponent(place.slug)}/rediger/regler`} csrfToken={csrfToken}>
        <h2>{t.t('places.section.windows')}</h2>
        <fieldset aria-describedby="windows-hint">
          <legend class="form-label">{t.t('places.field.windows')}</legend>
          <span class="form-hint" id="windows-hint">
            {t.t('places.field.windowsHint')}
          </span>
          {WEEKDAYS.map((weekday) => (
            <TextField
              key={weekday}
              t={t}
              form={text}
              name={`windows${weekday}`}
              label={t.t(`places.weekday.${weekday}`)}
              optional
              maxLength={WINDOWS_TEXT_MAX}
            />
          ))}
        </fieldset>
        <TextField
          t={t}
          form={text}
          name="closedDates"
          label={t.t('places.field.closedDates')}
          hint={t.t('places.field.closedDatesHint')}
          optional
          multiline
        />

        <h2>{t.t('places.section.booking')}</h2>
        <TextField
          t={t}
          form={text}
          name="minDurationMinutes"
          label={t.t('places.field.minDurationMinutes')}
        />
        <TextField
          t={t}
          form={text}
          name="maxDurationMinutes"
          label={t.t('places.field.maxDurationMinutes')}
        />
        <TextField t={t} form={text} name="maxAdvanceDays" label={t.t('places.field.maxAdvanceDays')} />
        <TextField t={t} form={text} name="minNoticeHours" label={t.t('places.field.minNoticeHours')} />
        <TextField
          t={t}
          form={text}
          name="bufferMinutes"
          label={t.t('places.field.bufferMinutes')}
          hint={t.t('places.field.bufferMinutesHint')}
        />
        <ChoiceGroup
          t={t}
          form={form}
          type="radio"
          name="bookerScope"
          legend={t.t('places.field.bookerScope')}
          options={BOOKER_SCOPES.map((scope) => ({ value: scope, label: t.t(`places.scope.${scope}`) }))}
        />
        <ChoiceGroup
          t={t}
          form={form}
          type="checkbox"
          optional
          name="allowedKinds"
          legend={t.t('places.field.allowedKinds')}
          options={ORGANISATION_KINDS.map((kind) => ({
            value: kind,
            label: t.t(`organisations.kind.${kind}`),
          }))}
        />
        <ChoiceGroup
          t={t}
          form={form}
          type="radio"
          name="approval"
          legend={t.t('places.field.approval')}
          options={[
            { value: 'required', label: t.t('places.approval.required') },
            { value: 'instant', label: t.t('places.approval.instant') },
          ]}
        />
        <Checkbox
          t={t}
          form={form}
          value="on"
          name="responsibleHostRequired"
          label={t.t('places.field.responsibleHostRequired')}
        />
        <TextField
          t={t}
          form={text}
          name="cancellationDeadlineHours"
          label={t.t('places.field.cancellationDeadlineHours')}
        />

        <h2>{t.t('places.section.keys')}</h2>
        <ChoiceGroup
          t={t}
          form={form}
          type="radio"
          name="keyHandover"
          legend={t.t('places.field.keyHandover')}
          options={KEY_HANDOVERS.map((handover) => ({
            value: handover,
            label: t.t(`places.key.${handover}`),
          }))}
        />
        <TextField
          t={t}
          form={text}
          name="keyInstructions"
          maxLength={KEY_INSTRUCTIONS_MAX}
          label={t.t('places.field.keyInstructions')}
          hint={t.t('places.field.keyInstructionsHint')}
          optional
          multiline
        />
        <TextField
          t={t}
          form={text}
          name="codeVisibleMinutesBefore"
          label={t.t('places.field.codeVisibleMinutesBefore')}
          optional
        />
        <button type="submit" class="button button-primary">
          {t.t('places.edit.saveRules')}
        </button>
      </PostForm>
    </>
  );
}
