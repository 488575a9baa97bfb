import type { DoorCodeState } from '#src/modules/places/bookings/door-codes.ts';
import { REASON_MAX } from '#src/modules/places/bookings/limits.ts';
import type { BookingDetails } from '#src/modules/places/bookings/reading.ts';
import { StatusBadge } from '#src/modules/places/bookings/views/my-bookings.tsx';
import { formatInterval } from '#src/platform/dates/format.ts';
import type { Translator } from '#src/platform/i18n.ts';
import { ErrorSummary, type FormState, PostForm, TextField } from '#src/platform/views/forms.tsx';
import { DataTable } from '#src/platform/views/table.tsx';

function DoorCode({ t, state }: { t: Translator; state: DoorCodeState }) {
  if (state.state === 'none') return null;
  return (
    <section aria-labelledby="doerkode-title">
      <h2 id="doerkode-title">{t.t('bookings.doorCode.title')}</h2>
      {state.state === 'visible' && (
        <>
          <p class="font-lead">
            <strong class="app-door-code">{state.code}</strong>
          </p>
          <p>
            {t.t('bookings.doorCode.visible', {
              until: t.dateTime(state.visibleUntil, { timeStyle: 'short' }),
            })}
          </p>
        </>
      )}
      {state.state === 'notYet' && (
        <p>{t.t('bookings.doorCode.notYet', { from: t.dateTime(state.visibleFrom) })}</p>
      )}
      {state.state === 'ended' && <p>{t.t('bookings.doorCode.ended')}</p>}
    </section>
  );
}

function CodeViews({ t, views }: { t: Translator; views: NonNullable<BookingDetails['codeViews']> }) {
  return (
    <section aria-labelledby="kodelog-title">
      <h2 id="kodelog-title">{t.t('bookings.codeLog.title')}</h2>
      {views.length === 0 ? (
        <p>{t.t('bookings.codeLog.empty')}</p>
      ) : (
        <DataTable
          caption={t.t('bookings.codeLog.title')}
          captionHidden
          compact
          rows={views}
          rowKey={(view) => view.viewedAt}
          columns={[
            {
              heading: t.t('bookings.codeLog.who'),
              cell: (view) => view.name ?? t.t('bookings.deletedUser'),
            },
            {
              heading: t.t('bookings.codeLog.when'),
              cell: (view) => t.dateTime(view.viewedAt, { dateStyle: 'medium', timeStyle: 'medium' }),
            },
          ]}
        />
      )}
    </section>
  );
}

function Decide({
  t,
  csrfToken,
  id,
  form,
}: {
  t: Translator;
  csrfToken: string;
  id: number;
  form: FormState;
}) {
  return (
    <section aria-labelledby="beslut-title">
      <h2 id="beslut-title">{t.t('bookings.decide.title')}</h2>
      <PostForm action={`/bookinger/${id}/godkend`} csrfToken={csrfToken}>
        <button type="submit" class="button button-primary">
          {t.t('bookings.decide.approve')}
        </button>
      </PostForm>
      <ErrorSummary t={t} errors={form.errors} />
      <PostForm action={`/bookinger/${id}/afvis`} csrfToken={csrfToken}>
        <TextField
          t={t}
          form={form}
          name="reason"
          label={t.t('bookings.decide.reason')}
          hint={t.t('bookings.decide.reasonHint')}
          multiline
          maxLength={REASON_MAX}
        />
        <button type="submit" class="button button-secondary">
          {t.t('bookings.decide.reject')}
        </button>
      </PostForm>
    </section>
  );
}

/** One booking for its booker or the place's managers: details, door code when visible, decisions. */
export function BookingPage(props: {
  t: Translator;
  csrfToken: string;
  details: BookingDetails;
  form: FormState;
}) {
  const { t, details } = props;
  const { booking } = details;
  return (
    <>
      <h1>{booking.title}</h1>
      <p>
        <StatusBadge t={t} status={booking.status} />
      </p>
      <dl>
        <dt>{t.t('bookings.column.where')}</dt>
        <dd>
          <a href={`/steder/${booking.placeSlug}`}>{booking.placeName}</a>, {booking.placeAddress}
        </dd>
        <dt>{t.t('bookings.column.when')}</dt>
        <dd>{formatInterval(t.locale, booking.startsAt, booking.endsAt)}</dd>
        <dt>{t.t('bookings.field.attendees')}</dt>
        <dd>{booking.attendees}</dd>
        {booking.organisationName !== null && (
          <>
            <dt>{t.t('bookings.mail.line.organisation')}</dt>
            <dd>{booking.organisationName}</dd>
          </>
        )}
        {booking.bookerName !== null && (
          <>
            <dt>{t.t('bookings.column.booker')}</dt>
            <dd>{booking.bookerName}</dd>
          </>
        )}
        {booking.responsibleHostName !== '' && (
          <>
            <dt>{t.t('bookings.field.host')}</dt>
            <dd>
              {booking.responsibleHostName}
              {booking.responsibleHostPhone !== '' && `, ${booking.responsibleHostPhone}`}
            </dd>
          </>
        )}
        {booking.decisionReason !== null && (
          <>
            <dt>{t.t('bookings.mail.line.reason')}</dt>
            <dd>{booking.decisionReason}</dd>
          </>
        )}
      </dl>
      <DoorCode t={t} state={details.doorCode} />
      {details.isManager && booking.status === 'requested' && (
        <Decide t={t} csrfToken={props.csrfToken} id={booking.id} form={props.form} />
      )}
      {booking.canCancel && (
        <section aria-labelledby="annuller-title">
          <h2 id="annuller-title">{t.t('bookings.cancel.title')}</h2>
          {details.isBooker && !details.isManager && (
            <p>{t.t('bookings.cancel.deadline', { deadline: t.dateTime(booking.cancelDeadline) })}</p>
          )}
          <PostForm action={`/bookinger/${booking.id}/annuller`} csrfToken={props.csrfToken}>
            <button type="submit" class="button button-secondary">
              {t.t('bookings.cancel.button')}
            </button>
          </PostForm>
        </section>
      )}
      {details.codeViews !== null && (details.doorCode.state !== 'none' || details.codeViews.length > 0) && (
        <CodeViews t={t} views={details.codeViews} />
      )}
      <p>
        <a href={details.isManager ? '/administrer/bookinger' : '/mine-bookinger'}>
          {t.t(details.isManager ? 'bookings.queue.title' : 'bookings.mine.title')}
        </a>
      </p>
    </>
  );
}
