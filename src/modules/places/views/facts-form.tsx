import { LONG_TEXT_MAX, NAME_MAX, SHORT_TEXT_MAX } from '#src/modules/places/limits.ts';
import { ACCESS_MODES, PLACE_KINDS } from '#src/modules/places/tables.ts';
import { FACILITIES } from '#src/modules/places/validation.ts';
import { type PlaceFormState, StepNav, textForm } from '#src/modules/places/views/form-parts.tsx';
import type { Translator } from '#src/platform/i18n.ts';
import { ChoiceGroup } from '#src/platform/views/choices.tsx';
import { ErrorSummary, PostForm, SelectField, TextField } from '#src/platform/views/forms.tsx';

export interface FactsFormProps {
  t: Translator;
  csrfToken: string;
  form: PlaceFormState;
  /** Creating: the organisations the person administers. Editing: null. */
  organisations: Array<{ slug: string; name: string }> | null;
  /** Editing: the place's slug and name. */
  place: { slug: string; name: string } | null;
}

/** Step 1: the place's facts, in four sections. */
export function FactsForm({ t, csrfToken, form, organisations, place }: FactsFormProps) {
  const text = textForm(form);
  const action = place === null ? '/steder/ny' : `/steder/${encodeURIComponent(place.slug)}/rediger`;
  return (
    <>
      <h1>{place === null ? t.t('places.create.title') : t.t('places.edit.title', { name: place.name })}</h1>
      {place === null ? (
        <p class="font-lead">{t.t('places.create.lead')}</p>
      ) : (
        <StepNav t={t} slug={place.slug} current="facts" />
      )}
      <ErrorSummary t={t} errors={form.errors} />
      <PostForm action={action} csrfToken={csrfToken}>
        <h2>{t.t('places.section.basics')}</h2>
        {organisations !== null && (
          <SelectField
            t={t}
            form={text}
            name="organisation"
            label={t.t('places.field.organisation')}
            hint={t.t('places.field.organisationHint')}
            options={organisations.map((organisation) => ({
              value: organisation.slug,
              label: organisation.name,
            }))}
          />
        )}
        <TextField
          t={t}
          form={text}
          name="name"
          label={t.t('places.field.name')}
          hint={t.t('places.field.nameHint')}
          maxLength={NAME_MAX}
        />
        <SelectField
          t={t}
          form={text}
          name="kind"
          label={t.t('places.field.kind')}
          options={[
            { value: '', label: '' },
            ...PLACE_KINDS.map((kind) => ({ value: kind, label: t.t(`places.kind.${kind}`) })),
          ]}
        />
        <TextField
          t={t}
          form={text}
          name="description"
          maxLength={LONG_TEXT_MAX}
          label={t.t('places.field.description')}
          optional
          multiline
        />

        <h2>{t.t('places.section.location')}</h2>
        <TextField
          t={t}
          form={text}
          name="address"
          maxLength={SHORT_TEXT_MAX}
          label={t.t('places.field.address')}
          hint={t.t('places.field.addressHint')}
          autocomplete="street-address"
        />
        {/* The hint on the format belongs to both coordinates, so they share a fieldset that it describes. */}
        <fieldset aria-describedby="point-hint">
          <legend class="form-label">{t.t('places.page.map')}</legend>
          <p class="form-hint" id="point-hint">
            {t.t('places.field.pointHint')}
          </p>
          <TextField t={t} form={text} name="lat" label={t.t('places.field.lat')} />
          <TextField t={t} form={text} name="lon" label={t.t('places.field.lon')} />
        </fieldset>

        <h2>{t.t('places.section.room')}</h2>
        <TextField
          t={t}
          form={text}
          name="capacity"
          label={t.t('places.field.capacity')}
          hint={t.t('places.field.capacityHint')}
          optional
        />
        <ChoiceGroup
          t={t}
          form={form}
          type="checkbox"
          optional
          name="facilities"
          legend={t.t('places.field.facilities')}
          options={FACILITIES.map((facility) => ({
            value: facility,
            label: t.t(`places.facility.${facility}`),
          }))}
        />
        <ChoiceGroup
          t={t}
          form={form}
          type="checkbox"
          optional
          name="accessibility"
          legend={t.t('places.field.accessibility')}
          options={[
            { value: 'stepFree', label: t.t('places.field.stepFree') },
            { value: 'accessibleToilet', label: t.t('places.field.accessibleToilet') },
            { value: 'hearingLoop', label: t.t('places.field.hearingLoop') },
          ]}
        />

        <h2>{t.t('places.section.conditions')}</h2>
        <TextField
          t={t}
          form={text}
          name="houseRules"
          maxLength={LONG_TEXT_MAX}
          label={t.t('places.field.houseRules')}
          optional
          multiline
        />
        <TextField
          t={t}
          form={text}
          name="priceNote"
          maxLength={SHORT_TEXT_MAX}
          label={t.t('places.field.priceNote')}
          hint={t.t('places.field.priceNoteHint')}
          optional
        />
        <ChoiceGroup
          t={t}
          form={form}
          type="radio"
          name="accessMode"
          legend={t.t('places.field.accessMode')}
          options={ACCESS_MODES.map((mode) => ({
            value: mode,
            label: t.t(`places.access.${mode}`),
            hint: t.t(`places.access.${mode}Hint`),
          }))}
        />
        <TextField
          t={t}
          form={text}
          name="closedReason"
          maxLength={SHORT_TEXT_MAX}
          label={t.t('places.field.closedReason')}
          hint={t.t('places.field.closedReasonHint')}
          optional
        />
        <button type="submit" class="button button-primary">
          {place === null ? t.t('places.create.submit') : t.t('places.edit.saveFacts')}
        </button>
      </PostForm>
    </>
  );
}
