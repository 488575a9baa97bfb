import { CANCEL_REASON_MAX } from '#src/modules/activities/limits.ts';
import type { CancellationPreview } from '#src/modules/activities/occurrences/cancel-preview.ts';
import { Where, whenText } from '#src/modules/activities/views/parts.tsx';
import type { FieldErrors } from '#src/platform/errors.ts';
import type { Translator } from '#src/platform/i18n.ts';
import { ConfirmPage } from '#src/platform/views/confirm-page.tsx';
import { emptyForm, TextField } from '#src/platform/views/forms.tsx';

function toldLine(t: Translator, told: number): string {
  if (told === 0) return t.t('activities.cancelConfirm.toldNone');
  return t.plural(told, 'activities.cancelConfirm.toldOne', 'activities.cancelConfirm.toldOther');
}

/**
 * "Vil du aflyse …?" before cancelling an activity, every coming time of a series, or one time
 * (`occurrenceKey`): what, where and when, how many get an e-mail, and the reason they will read.
 */
export function CancelActivityConfirm({
  t,
  csrfToken,
  preview,
  occurrenceKey,
  reason,
  errors = {},
}: {
  t: Translator;
  csrfToken: string;
  preview: CancellationPreview;
  occurrenceKey: number | null;
  reason: string;
  /** The reason's error, when a too long or garbled one was sent. */
  errors?: FieldErrors;
}) {
  const { activity } = preview;
  const scope = occurrenceKey !== null ? 'Occurrence' : activity.rrule !== null ? 'Series' : '';
  const heading = `activities.cancelConfirm.heading${scope}` as 'activities.cancelConfirm.heading';
  const submit = `activities.cancelConfirm.submit${scope}` as 'activities.cancelConfirm.submit';
  const back =
    occurrenceKey === null
      ? `/aktiviteter/${activity.id}`
      : `/aktiviteter/${activity.id}/gang?gang=${occurrenceKey}`;
  return (
    <ConfirmPage
      t={t}
      csrfToken={csrfToken}
      heading={t.t(heading)}
      facts={[
        { label: t.t('activities.cancelConfirm.what'), value: activity.title },
        { label: t.t('activities.field.where'), value: <Where t={t} activity={activity} /> },
        {
          label: t.t(scope === 'Series' ? 'activities.cancelConfirm.next' : 'activities.page.when'),
          value: whenText(t, preview.startsAt, preview.endsAt),
        },
      ]}
      told={[toldLine(t, preview.told)]}
      final
      action={
        occurrenceKey === null
          ? `/aktiviteter/${activity.id}/aflys`
          : `/aktiviteter/${activity.id}/gang/aflys`
      }
      submitLabel={t.t(submit)}
      backHref={back}
    >
      {occurrenceKey !== null && <input type="hidden" name="gang" value={String(occurrenceKey)} />}
      <TextField
        t={t}
        form={{ ...emptyForm, values: { reason }, errors }}
        name="reason"
        label={t.t('activities.page.cancelReason')}
        hint={t.t('activities.page.cancelHint')}
        optional
        multiline
        maxLength={CANCEL_REASON_MAX}
      />
    </ConfirmPage>
  );
}
