import { EMAIL_MAX, GUEST_NAME_MAX } from '#src/modules/activities/limits.ts';
import type { Activity } from '#src/modules/activities/model.ts';
import { whenText } from '#src/modules/activities/views/parts.tsx';
import type { Translator } from '#src/platform/i18n.ts';
import { ErrorSummary, type FormState, PostForm, TextField } from '#src/platform/views/forms.tsx';

interface When {
  key: number;
  startsAt: number;
  endsAt: number;
}

/** Joining without an account: name and e-mail; the link in the mail confirms. */
export function GuestJoinPage({
  t,
  activity,
  occurrence,
  form,
  csrfToken,
}: {
  t: Translator;
  activity: Activity;
  occurrence: When;
  form: FormState;
  csrfToken: string;
}) {
  const back = `/aktiviteter/${activity.id}`;
  return (
    <>
      <h1>{t.t('activities.guest.title', { title: activity.title })}</h1>
      <p class="font-lead">{whenText(t, occurrence.startsAt, occurrence.endsAt)}</p>
      <p>
        {t.t('activities.guest.haveAccount')}{' '}
        <a href={`/log-ind?naeste=${encodeURIComponent(back)}`}>{t.t('activities.guest.logIn')}</a>
      </p>
      <p>{t.t('activities.guest.lead')}</p>
      <ErrorSummary t={t} errors={form.errors} />
      <PostForm action={`/aktiviteter/${activity.id}/tilmeld-gaest`} csrfToken={csrfToken}>
        <input type="hidden" name="gang" value={String(occurrence.key)} />
        <TextField
          t={t}
          form={form}
          name="name"
          label={t.t('activities.guest.name')}
          autocomplete="name"
          maxLength={GUEST_NAME_MAX}
        />
        <TextField
          t={t}
          form={form}
          name="email"
          label={t.t('activities.guest.email')}
          type="email"
          autocomplete="email"
          maxLength={EMAIL_MAX}
        />
        <button class="button button-primary" type="submit">
          {t.t('activities.guest.submit')}
        </button>
      </PostForm>
    </>
  );
}

/** A mailed link opens this page; the button does the change (a GET never does). */
export function LinkActionPage({
  t,
  activity,
  occurrence,
  action,
  heading,
  lead,
  button,
  csrfToken,
}: {
  t: Translator;
  activity: Activity;
  occurrence: When;
  action: string;
  heading: string;
  lead: string;
  button: string;
  csrfToken: string;
}) {
  return (
    <>
      <h1>{heading}</h1>
      <p class="font-lead">
        <a href={`/aktiviteter/${activity.id}`}>{activity.title}</a>,{' '}
        {whenText(t, occurrence.startsAt, occurrence.endsAt)}
      </p>
      <p>{lead}</p>
      <PostForm action={action} csrfToken={csrfToken}>
        <button class="button button-primary" type="submit">
          {button}
        </button>
      </PostForm>
    </>
  );
}

export function MessagePage({
  t,
  heading,
  text,
  activityId,
}: {
  t: Translator;
  heading: string;
  text: string;
  activityId: number;
}) {
  return (
    <>
      <h1>{heading}</h1>
      <p>{text}</p>
      <p>
        <a href={`/aktiviteter/${activityId}`}>{t.t('activities.link.toActivity')}</a>
      </p>
    </>
  );
}
