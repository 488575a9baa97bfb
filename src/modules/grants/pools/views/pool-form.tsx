import { POOL_TEXT_MAX, POOL_TITLE_MAX } from '#src/modules/grants/limits.ts';
import { DECISION_RULES, GRANT_CATEGORIES } from '#src/modules/grants/tables.ts';
import { CATEGORY_LABELS, type GrantFormState, textValues } from '#src/modules/grants/views/form-parts.tsx';
import type { Translator } from '#src/platform/i18n.ts';
import { ChoiceGroup } from '#src/platform/views/choices.tsx';
import { DateField } from '#src/platform/views/date-field.tsx';
import { ErrorSummary, PostForm, SelectField, TextField } from '#src/platform/views/forms.tsx';

export interface PoolFormModel {
  /** Where the form posts: /puljer/ny or /puljer/:slug/rediger. */
  action: string;
  heading: string;
  organisationId: number;
  organisationName: string;
  members: Array<{ userId: number; name: string }>;
  submitLabel: string;
  /** The request's local date, for the example in the date hints. */
  today: string;
}

/** Creating or editing a pool: the facts, the money, the categories, the reviewers and the rule. */
export function PoolFormPage({
  t,
  csrfToken,
  model,
  form,
}: {
  t: Translator;
  csrfToken: string;
  model: PoolFormModel;
  form: GrantFormState;
}) {
  const text = textValues(form);
  const people = model.members.map((member) => ({ value: String(member.userId), label: member.name }));
  return (
    <>
      <h1>{model.heading}</h1>
      <p class="font-lead">{t.t('grants.poolForm.runBy', { organisation: model.organisationName })}</p>
      <ErrorSummary t={t} errors={form.errors} />
      <PostForm action={model.action} csrfToken={csrfToken}>
        <input type="hidden" name="organisationId" value={String(model.organisationId)} />
        <TextField
          t={t}
          form={text}
          name="title"
          label={t.t('grants.poolForm.title')}
          hint={t.t('grants.poolForm.titleHint')}
          maxLength={POOL_TITLE_MAX}
        />
        <TextField
          t={t}
          form={text}
          name="description"
          label={t.t('grants.poolForm.description')}
          multiline
          optional
          maxLength={POOL_TEXT_MAX}
        />
        <TextField
          t={t}
          form={text}
          name="criteria"
          label={t.t('grants.poolForm.criteria')}
          hint={t.t('grants.poolForm.criteriaHint')}
          multiline
          optional
          maxLength={POOL_TEXT_MAX}
        />
        <DateField
          t={t}
          form={form}
          name="opensOn"
          label={t.t('grants.poolForm.opensOn')}
          today={model.today}
        />
        <DateField
          t={t}
          form={form}
          name="closesOn"
          label={t.t('grants.poolForm.closesOn')}
          today={model.today}
        />
        <TextField
          t={t}
          form={text}
          name="budget"
          label={t.t('grants.poolForm.budget')}
          hint={t.t('grants.form.amountHint')}
        />
        <TextField
          t={t}
          form={text}
          name="maxGrant"
          label={t.t('grants.poolForm.maxGrant')}
          hint={t.t('grants.form.amountHint')}
        />
        <ChoiceGroup
          t={t}
          form={form}
          type="checkbox"
          name="categories"
          legend={t.t('grants.poolForm.categories')}
          options={GRANT_CATEGORIES.map((category) => ({
            value: category,
            label: t.t(CATEGORY_LABELS[category]),
          }))}
        />
        <ChoiceGroup
          t={t}
          form={form}
          type="checkbox"
          name="reviewers"
          legend={t.t('grants.poolForm.reviewers')}
          hint={t.t('grants.poolForm.reviewersHint')}
          options={people}
        />
        <ChoiceGroup
          t={t}
          form={form}
          type="radio"
          name="decisionRule"
          legend={t.t('grants.poolForm.rule')}
          options={DECISION_RULES.map((rule) => ({
            value: rule,
            label: t.t(rule === 'chair' ? 'grants.rule.chair' : 'grants.rule.majority'),
          }))}
        />
        <SelectField
          t={t}
          form={text}
          name="chairUserId"
          label={t.t('grants.poolForm.chair')}
          hint={t.t('grants.poolForm.chairHint')}
          optional
          options={[{ value: '', label: t.t('grants.poolForm.noChair') }, ...people]}
        />
        <TextField
          t={t}
          form={text}
          name="targetDays"
          type="number"
          label={t.t('grants.poolForm.targetDays')}
          hint={t.t('grants.poolForm.targetDaysHint')}
        />
        <button type="submit" class="button button-primary">
          {model.submitLabel}
        </button>
      </PostForm>
    </>
  );
}

/** Before a new pool: which organisation runs it (its members are the reviewers to choose from). */
export function ChooseOrganisationPage({
  t,
  organisations,
}: {
  t: Translator;
  organisations: Array<{ slug: string; name: string }>;
}) {
  return (
    <>
      <h1>{t.t('grants.poolForm.newTitle')}</h1>
      {organisations.length === 0 ? (
        <p>{t.t('grants.poolForm.noOrganisation')}</p>
      ) : (
        <form method="get" action="/puljer/ny">
          <SelectField
            t={t}
            form={{ values: {}, errors: {} }}
            name="organisation"
            label={t.t('grants.poolForm.organisation')}
            options={organisations.map((organisation) => ({
              value: organisation.slug,
              label: organisation.name,
            }))}
          />
          <button type="submit" class="button button-primary">
            {t.t('grants.poolForm.continue')}
          </button>
        </form>
      )}
    </>
  );
}
