import {
  ADDRESS_MAX,
  CAPACITY_DIGITS_MAX,
  COHOSTS_TEXT_MAX,
  COORDINATE_TEXT_MAX,
  DESCRIPTION_MAX,
  STOPS_TEXT_MAX,
  TITLE_MAX,
} from '#src/modules/activities/limits.ts';
import { REPEATS } from '#src/modules/activities/occurrences/recurrence.ts';
import { ACTIVITY_KINDS } from '#src/modules/activities/tables.ts';
import { ACTIVITY_LANGUAGES, kindLabelKey, STARTER_TEMPLATES } from '#src/modules/activities/templates.ts';
import { languageNames } from '#src/modules/activities/views/parts.tsx';
import type { Translator } from '#src/platform/i18n.ts';
import { Checkbox, ChoiceGroup } from '#src/platform/views/choices.tsx';
import { DateField, TimeField } from '#src/platform/views/date-field.tsx';
import {
  ErrorSummary,
  type FormState,
  PostForm,
  SelectField,
  TextField,
} from '#src/platform/views/forms.tsx';

export interface FormPageModel {
  /** null: a new activity. */
  activityId: number | null;
  places: Array<{ slug: string; name: string }>;
  organisations: Array<{ id: number; name: string }>;
  /** The usual length of the chosen kind, for the hint. */
  usualMinutes: number;
  /** The request's local date, for the date fields' example. */
  today: string;
}

function LocationChoice({ t, form, model }: { t: Translator; form: FormState; model: FormPageModel }) {
  const chosen = { ...form.values, locationKind: form.values.locationKind ?? 'point' };
  return (
    <ChoiceGroup
      t={t}
      form={{ values: chosen, errors: form.errors }}
      type="radio"
      name="locationKind"
      legend={t.t('activities.field.where')}
      legendClass="h3"
      hint={t.t('activities.hint.where')}
      class="app-location"
      options={[
        { value: 'point', label: t.t('activities.location.point') },
        { value: 'place', label: t.t('activities.location.place') },
        { value: 'route', label: t.t('activities.location.route') },
      ]}
    >
      {/* One group per option; app CSS shows only the chosen one where `:has()` works, all otherwise. */}
      <fieldset class="app-location-group app-location-group--point">
        <legend class="form-label">{t.t('activities.location.group.point')}</legend>
        <TextField
          t={t}
          form={form}
          name="address"
          label={t.t('activities.field.address')}
          hint={t.t('activities.hint.address')}
          maxLength={ADDRESS_MAX}
        />
        <TextField
          t={t}
          form={form}
          name="lat"
          label={t.t('activities.field.lat')}
          optional
          hint={t.t('activities.hint.point')}
          maxLength={COORDINATE_TEXT_MAX}
        />
        <TextField
          t={t}
          form={form}
          name="lon"
          label={t.t('activities.field.lon')}
          optional
          maxLength={COORDINATE_TEXT_MAX}
        />
      </fieldset>
      <fieldset class="app-location-group app-location-group--place">
        <legend class="form-label">{t.t('activities.location.group.place')}</legend>
        <SelectField
          t={t}
          form={form}
          name="placeSlug"
          label={t.t('activities.field.place')}
          hint={t.t('activities.hint.place')}
          options={[
            { value: '', label: t.t('activities.form.choosePlace') },
            ...model.places.map((place) => ({ value: place.slug, label: place.name })),
          ]}
        />
      </fieldset>
      <fieldset class="app-location-group app-location-group--route">
        <legend class="form-label">{t.t('activities.location.group.route')}</legend>
        <TextField
          t={t}
          form={form}
          name="stops"
          label={t.t('activities.field.stops')}
          multiline
          hint={t.t('activities.hint.stops')}
          maxLength={STOPS_TEXT_MAX}
        />
      </fieldset>
    </ChoiceGroup>
  );
}

function Details({ t, form, model }: { t: Translator; form: FormState; model: FormPageModel }) {
  const hasDetailErrors = ['organisationId', 'cohosts', 'capacity', 'repeat', 'until'].some(
    (name) => form.errors[name] !== undefined,
  );
  return (
    <details open={hasDetailErrors || model.activityId !== null}>
      <summary>{t.t('activities.form.more')}</summary>
      {model.organisations.length > 0 && (
        <SelectField
          t={t}
          form={form}
          name="organisationId"
          label={t.t('activities.field.organisation')}
          optional
          options={[
            { value: '', label: t.t('activities.form.asMyself') },
            ...model.organisations.map((organisation) => ({
              value: String(organisation.id),
              label: organisation.name,
            })),
          ]}
        />
      )}
      <TextField
        t={t}
        form={form}
        name="cohosts"
        label={t.t('activities.field.cohosts')}
        optional
        hint={t.t('activities.hint.cohosts')}
        maxLength={COHOSTS_TEXT_MAX}
      />
      <TextField
        t={t}
        form={form}
        name="capacity"
        label={t.t('activities.field.capacity')}
        optional
        hint={t.t('activities.hint.capacity')}
        type="number"
        maxLength={CAPACITY_DIGITS_MAX}
      />
      <ChoiceGroup
        t={t}
        form={form}
        type="checkbox"
        name="tags"
        legend={t.t('activities.field.tags')}
        options={[
          { name: 'childFriendly', value: 'on', label: t.t('activities.tag.childFriendly') },
          { name: 'stepFree', value: 'on', label: t.t('activities.tag.stepFree') },
          { name: 'freeOfCharge', value: 'on', label: t.t('activities.tag.freeOfCharge') },
        ]}
      />
      <ChoiceGroup
        t={t}
        form={{ values: { languages: (form.values.languages ?? '').split(',') }, errors: form.errors }}
        type="checkbox"
        name="languages"
        legend={t.t('activities.field.languages')}
        options={ACTIVITY_LANGUAGES.map((code) => ({ value: code, label: languageNames(t, [code]) }))}
      />
      <SelectField
        t={t}
        form={form}
        name="repeat"
        label={t.t('activities.field.repeat')}
        optional
        options={[
          { value: '', label: t.t('activities.repeat.none') },
          ...REPEATS.map((repeat) => ({ value: repeat, label: t.t(`activities.repeat.${repeat}`) })),
        ]}
        hint={t.t('activities.hint.repeat')}
      />
      <DateField
        t={t}
        form={form}
        name="until"
        label={t.t('activities.field.until')}
        optional
        hint={t.t('activities.hint.until')}
        today={model.today}
      />
    </details>
  );
}

/** Create or change an activity. The first fields are all a small activity needs. */
export function FormPage({
  t,
  form,
  model,
  csrfToken,
}: {
  t: Translator;
  form: FormState;
  model: FormPageModel;
  csrfToken: string;
}) {
  const isNew = model.activityId === null;
  return (
    <>
      <h1>{isNew ? t.t('activities.form.newTitle') : t.t('activities.form.editTitle')}</h1>
      {isNew && (
        <nav aria-labelledby="templates-title" class="app-templates">
          <h2 id="templates-title" class="h4">
            {t.t('activities.form.templates')}
          </h2>
          <ul class="nobullet-list app-template-list">
            {STARTER_TEMPLATES.filter((template) => template.kind !== 'other').map((template) => (
              <li key={template.slug}>
                <a
                  href={`/aktiviteter/ny?type=${template.slug}`}
                  aria-current={form.values.kind === template.kind ? 'true' : undefined}
                >
                  {t.t(kindLabelKey(template.kind))}
                </a>
              </li>
            ))}
          </ul>
        </nav>
      )}
      <ErrorSummary t={t} errors={form.errors} />
      <PostForm
        action={isNew ? '/aktiviteter/ny' : `/aktiviteter/${model.activityId}/rediger`}
        csrfToken={csrfToken}
      >
        <SelectField
          t={t}
          form={form}
          name="kind"
          label={t.t('activities.field.kind')}
          options={ACTIVITY_KINDS.map((kind) => ({ value: kind, label: t.t(kindLabelKey(kind)) }))}
        />
        <TextField
          t={t}
          form={form}
          name="title"
          label={t.t('activities.field.title')}
          maxLength={TITLE_MAX}
        />
        <DateField t={t} form={form} name="date" label={t.t('activities.field.date')} today={model.today} />
        <TimeField t={t} form={form} name="startTime" label={t.t('activities.field.startTime')} />
        <TimeField
          t={t}
          form={form}
          name="endTime"
          label={t.t('activities.field.endTime')}
          optional
          hint={t.t('activities.hint.endTime', { minutes: model.usualMinutes })}
        />
        <LocationChoice t={t} form={form} model={model} />
        <Checkbox
          t={t}
          form={form}
          name="addressVisibility"
          value="participants"
          label={t.t('activities.field.addressParticipantsOnly')}
          hint={t.t('activities.hint.addressParticipantsOnly')}
        />
        <TextField
          t={t}
          form={form}
          name="description"
          label={t.t('activities.field.description')}
          optional
          multiline
          maxLength={DESCRIPTION_MAX}
        />
        <Details t={t} form={form} model={model} />
        <button class="button button-primary" type="submit">
          {isNew ? t.t('activities.form.publish') : t.t('activities.form.save')}
        </button>
      </PostForm>
    </>
  );
}
