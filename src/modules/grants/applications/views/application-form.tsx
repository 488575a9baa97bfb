import { formatDkk } from '#src/modules/grants/amounts.ts';
import {
  APPLICATION_TITLE_MAX,
  BUDGET_LINES,
  IDEA_MAX,
  SHORT_TEXT_MAX,
  SPONSOR_NOTE_MAX,
} from '#src/modules/grants/limits.ts';
import type { Pool } from '#src/modules/grants/model.ts';
import type { SponsorshipOffer } from '#src/modules/grants/pools/sponsorships-service.ts';
import { SponsorOfferFields } from '#src/modules/grants/pools/views/sponsor-parts.tsx';
import {
  CATEGORY_LABELS,
  ErrorMessage,
  type GrantFormState,
  textValues,
} from '#src/modules/grants/views/form-parts.tsx';
import type { Translator } from '#src/platform/i18n.ts';
import { Checkbox } from '#src/platform/views/choices.tsx';
import { DateField } from '#src/platform/views/date-field.tsx';
import { ErrorSummary, PostForm, SelectField, TextField } from '#src/platform/views/forms.tsx';

export interface ApplicationFormModel {
  pool: Pool;
  /** /puljer/:slug/ansog for a new application, /mine-ansogninger/:id/rediger for one being changed. */
  action: string;
  heading: string;
  /** The reviewers' question while the application waits for more information. */
  question: string | null;
  /** Set once the application exists: photos are added on their own page. */
  applicationId: number | null;
  resubmit: boolean;
  places: Array<{ slug: string; name: string }>;
  areas: Array<{ slug: string; name: string }>;
  organisations: Array<{ id: number; name: string }>;
  /** Open sponsorship offers on the give-board (and those the application already links). */
  sponsorOffers: SponsorshipOffer[];
  /** The request's local date, for the example in the date hints. */
  today: string;
}

function WhereFields({
  t,
  form,
  model,
}: {
  t: Translator;
  form: GrantFormState;
  model: ApplicationFormModel;
}) {
  const text = textValues(form);
  return (
    <fieldset class="mb-6">
      <legend class="h3">{t.t('grants.form.whereLegend')}</legend>
      <p class="form-hint">{t.t('grants.form.whereHint')}</p>
      <SelectField
        t={t}
        form={text}
        name="placeSlug"
        label={t.t('grants.form.place')}
        optional
        options={[
          { value: '', label: t.t('grants.form.noPlace') },
          ...model.places.map((place) => ({ value: place.slug, label: place.name })),
        ]}
      />
      <SelectField
        t={t}
        form={text}
        name="areaSlug"
        label={t.t('grants.form.area')}
        optional
        options={[
          { value: '', label: t.t('grants.form.noArea') },
          ...model.areas.map((area) => ({ value: area.slug, label: area.name })),
        ]}
      />
      <div class="row">
        <div class="col-12 col-md-6">
          <TextField
            t={t}
            form={text}
            name="lat"
            label={t.t('grants.form.lat')}
            hint={t.t('grants.form.pointHint')}
            optional
          />
        </div>
        <div class="col-12 col-md-6">
          <TextField t={t} form={text} name="lon" label={t.t('grants.form.lon')} optional />
        </div>
      </div>
      <TextField
        t={t}
        form={text}
        name="whereText"
        label={t.t('grants.form.whereText')}
        hint={t.t('grants.form.whereTextHint')}
        optional
        maxLength={SHORT_TEXT_MAX}
      />
    </fieldset>
  );
}

function BudgetFields({
  t,
  form,
  model,
}: {
  t: Translator;
  form: GrantFormState;
  model: ApplicationFormModel;
}) {
  const text = textValues(form);
  return (
    <fieldset class="mb-6">
      <legend class="h3">{t.t('grants.form.moneyLegend')}</legend>
      <p class="form-hint">
        {t.t('grants.form.linesHint', {
          max: formatDkk(t, model.pool.maxGrantOre),
          remaining: formatDkk(t, model.pool.remainingOre),
        })}
      </p>
      {Array.from({ length: BUDGET_LINES }, (_, index) => {
        const n = index + 1;
        return (
          <div class="row" key={n}>
            <div class="col-12 col-md-8">
              <TextField
                t={t}
                form={text}
                name={`line${n}Description`}
                label={t.t('grants.form.lineDescription', { n })}
                optional
                maxLength={SHORT_TEXT_MAX}
              />
            </div>
            <div class="col-12 col-md-4">
              <TextField
                t={t}
                form={text}
                name={`line${n}Amount`}
                label={t.t('grants.form.lineAmount', { n })}
                optional
              />
            </div>
          </div>
        );
      })}
      <TextField
        t={t}
        form={text}
        name="requested"
        label={t.t('grants.form.requested')}
        hint={t.t('grants.form.amountHint')}
      />
      <TextField
        t={t}
        form={text}
        name="cofunding"
        label={t.t('grants.form.cofunding')}
        hint={t.t('grants.form.cofundingHint')}
        optional
      />
      <SponsorOfferFields t={t} form={form} offers={model.sponsorOffers} />
      <TextField
        t={t}
        form={text}
        name="sponsorNote"
        label={t.t('grants.form.sponsorNote')}
        hint={t.t('grants.form.sponsorNoteHint')}
        optional
        multiline
        maxLength={SPONSOR_NOTE_MAX}
      />
    </fieldset>
  );
}

function Terms({ t, form, pool }: { t: Translator; form: GrantFormState; pool: Pool }) {
  return (
    <>
      <h2 class="h3">{t.t('grants.form.termsTitle')}</h2>
      <p id="terms-text">{t.t('grants.form.termsText', { days: 14, pool: pool.title })}</p>
      <Checkbox
        t={t}
        form={form}
        name="terms"
        value="ja"
        label={t.t('grants.form.terms')}
        describedBy="terms-text"
      />
    </>
  );
}

/** The application: short, in sections, saved as a draft or submitted; works without JavaScript. */
export function ApplicationFormPage({
  t,
  csrfToken,
  model,
  form,
}: {
  t: Translator;
  csrfToken: string;
  model: ApplicationFormModel;
  form: GrantFormState;
}) {
  const text = textValues(form);
  const { pool } = model;
  return (
    <>
      <h1>{model.heading}</h1>
      <p class="font-lead">{t.t('grants.form.lead')}</p>
      {model.question !== null && (
        <div class="alert alert-warning">
          <div class="alert-body">
            <p class="alert-heading">{t.t('grants.form.questionHeading')}</p>
            <p class="alert-text">{model.question}</p>
          </div>
        </div>
      )}
      <ErrorSummary t={t} errors={form.errors} />
      <div id="pool" tabIndex={-1}>
        {form.errors.pool !== undefined && <ErrorMessage t={t} errors={form.errors} name="pool" />}
      </div>
      <PostForm action={model.action} csrfToken={csrfToken}>
        <fieldset class="mb-6">
          <legend class="h3">{t.t('grants.form.ideaLegend')}</legend>
          <TextField
            t={t}
            form={text}
            name="title"
            label={t.t('grants.form.title')}
            hint={t.t('grants.form.titleHint')}
            maxLength={APPLICATION_TITLE_MAX}
          />
          <TextField
            t={t}
            form={text}
            name="idea"
            label={t.t('grants.form.idea')}
            hint={t.t('grants.form.ideaHint')}
            multiline
            maxLength={IDEA_MAX}
          />
          <SelectField
            t={t}
            form={text}
            name="category"
            label={t.t('grants.form.category')}
            options={[
              { value: '', label: t.t('grants.form.chooseCategory') },
              ...pool.categories.map((category) => ({
                value: category,
                label: t.t(CATEGORY_LABELS[category]),
              })),
            ]}
          />
        </fieldset>
        <WhereFields t={t} form={form} model={model} />
        <fieldset class="mb-6">
          <legend class="h3">{t.t('grants.form.whenLegend')}</legend>
          <DateField
            t={t}
            form={form}
            name="startsOn"
            label={t.t('grants.form.startsOn')}
            today={model.today}
          />
          <DateField t={t} form={form} name="endsOn" label={t.t('grants.form.endsOn')} today={model.today} />
        </fieldset>
        <BudgetFields t={t} form={form} model={model} />
        <SelectField
          t={t}
          form={text}
          name="organisationId"
          label={t.t('grants.form.applicant')}
          options={[
            { value: '', label: t.t('grants.form.asPerson') },
            ...model.organisations.map((organisation) => ({
              value: String(organisation.id),
              label: organisation.name,
            })),
          ]}
        />
        <p>
          {model.applicationId === null ? (
            t.t('grants.form.photosLater')
          ) : (
            <a href={`/mine-ansogninger/${model.applicationId}/fotos`}>{t.t('grants.form.photosLink')}</a>
          )}
        </p>
        <Terms t={t} form={form} pool={pool} />
        <button type="submit" name="handling" value="indsend" class="button button-primary">
          {t.t(model.resubmit ? 'grants.form.resubmit' : 'grants.form.submit')}
        </button>{' '}
        <button type="submit" name="handling" value="kladde" class="button button-secondary">
          {t.t(model.resubmit ? 'grants.form.saveChanges' : 'grants.form.saveDraft')}
        </button>
      </PostForm>
    </>
  );
}
