import { REASON_MAX } from '#src/modules/places/bookings/limits.ts';
import type { BookingView } from '#src/modules/places/bookings/model.ts';
import { formatInterval } from '#src/platform/dates/format.ts';
import type { Translator } from '#src/platform/i18n.ts';
import { RowCheckbox } from '#src/platform/views/choices.tsx';
import { ErrorSummary, type FormState, PostForm, TextField } from '#src/platform/views/forms.tsx';
import { DataTable } from '#src/platform/views/table.tsx';

/**
 * The managers' queue: requests waiting for a decision, oldest first. Tick several and approve
 * or reject them together (a rejection needs a reason), or open one to decide it alone.
 */
export function QueuePage(props: {
  t: Translator;
  csrfToken: string;
  requests: BookingView[];
  form: FormState;
}) {
  const { t, requests, form } = props;
  return (
    <>
      <h1>{t.t('bookings.queue.title')}</h1>
      <p>{t.t('bookings.queue.intro')}</p>
      {requests.length === 0 ? (
        <p>{t.t('bookings.queue.empty')}</p>
      ) : (
        <PostForm action="/administrer/bookinger" csrfToken={props.csrfToken}>
          <ErrorSummary t={t} errors={form.errors} />
          <DataTable
            caption={t.t('bookings.queue.title')}
            captionHidden
            rows={requests.map((request, index) => ({ request, index }))}
            rowKey={({ request }) => request.id}
            columns={[
              {
                heading: t.t('bookings.queue.choose'),
                cell: ({ request, index }) => (
                  // The first box carries the field's id, so the error summary's link lands on it.
                  <RowCheckbox
                    form={form}
                    id={index === 0 ? 'ids' : `ids-${request.id}`}
                    name="ids"
                    value={String(request.id)}
                    label={t.t('bookings.queue.chooseOne', { title: request.title })}
                  />
                ),
              },
              {
                heading: t.t('bookings.column.what'),
                rowHeader: true,
                cell: ({ request }) => <a href={`/bookinger/${request.id}`}>{request.title}</a>,
              },
              { heading: t.t('bookings.column.where'), cell: ({ request }) => request.placeName },
              {
                heading: t.t('bookings.column.when'),
                cell: ({ request }) => formatInterval(t.locale, request.startsAt, request.endsAt),
              },
              {
                heading: t.t('bookings.column.booker'),
                cell: ({ request }) => request.bookerName ?? t.t('bookings.deletedUser'),
              },
              {
                heading: t.t('bookings.field.attendees'),
                numeric: true,
                cell: ({ request }) => request.attendees,
              },
              {
                heading: t.t('bookings.queue.requestedAt'),
                cell: ({ request }) =>
                  t.dateTime(request.createdAt, { dateStyle: 'short', timeStyle: 'short' }),
              },
            ]}
          />
          <TextField
            t={t}
            form={form}
            name="reason"
            label={t.t('bookings.decide.reason')}
            hint={t.t('bookings.queue.reasonHint')}
            optional
            multiline
            maxLength={REASON_MAX}
          />
          <button type="submit" name="decision" value="approve" class="button button-primary">
            {t.t('bookings.queue.approveChosen')}
          </button>{' '}
          <button type="submit" name="decision" value="reject" class="button button-secondary">
            {t.t('bookings.queue.rejectChosen')}
          </button>
        </PostForm>
      )}
    </>
  );
}
