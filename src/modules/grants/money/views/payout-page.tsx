import { formatDkk } from '#src/modules/grants/amounts.ts';
import { PAYMENT_REFERENCE_MAX } from '#src/modules/grants/limits.ts';
import type { ReviewModel } from '#src/modules/grants/review/service.ts';
import { type GrantFormState, textValues } from '#src/modules/grants/views/form-parts.tsx';
import type { Translator } from '#src/platform/i18n.ts';
import { DateField } from '#src/platform/views/date-field.tsx';
import { ErrorSummary, PostForm, TextField } from '#src/platform/views/forms.tsx';

/** /puljer/:slug/ansogninger/:id/udbetal: a pool admin records a payout. */
export function PayoutPage({
  t,
  csrfToken,
  model,
  form,
  today,
}: {
  t: Translator;
  csrfToken: string;
  model: ReviewModel;
  form: GrantFormState;
  /** The request's local date, for the example in the date hint. */
  today: string;
}) {
  const { application } = model;
  const base = `/puljer/${encodeURIComponent(model.pool.slug)}/ansogninger/${application.id}`;
  const text = textValues(form);
  return (
    <>
      <h1>{t.t('grants.pay.title', { title: application.title })}</h1>
      <p class="font-lead">
        {t.t('grants.pay.lead', {
          granted: formatDkk(t, model.money.committedOre),
          paid: formatDkk(t, model.money.paidOre),
          payable: formatDkk(t, model.money.payableOre),
        })}
      </p>
      <ErrorSummary t={t} errors={form.errors} />
      <PostForm action={`${base}/udbetal`} csrfToken={csrfToken}>
        <DateField t={t} form={form} name="date" label={t.t('grants.pay.date')} today={today} />
        <TextField
          t={t}
          form={text}
          name="amount"
          label={t.t('grants.pay.amount')}
          hint={t.t('grants.form.amountHint')}
        />
        <TextField
          t={t}
          form={text}
          name="reference"
          label={t.t('grants.pay.reference')}
          hint={t.t('grants.pay.referenceHint')}
          optional
          maxLength={PAYMENT_REFERENCE_MAX}
        />
        <button type="submit" class="button button-primary">
          {t.t('grants.pay.submit')}
        </button>{' '}
        <a href={base} class="button button-secondary">
          {t.t('form.cancel')}
        </a>
      </PostForm>
    </>
  );
}
