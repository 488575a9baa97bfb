import type { BookingView } from '#src/modules/places/bookings/model.ts';
import type { BookingStatus } from '#src/modules/places/tables.ts';
import { formatInterval } from '#src/platform/dates/format.ts';
import type { Translator } from '#src/platform/i18n.ts';
import { PostForm } from '#src/platform/views/forms.tsx';
import { DataTable } from '#src/platform/views/table.tsx';

const BADGE: Record<BookingStatus, string> = {
  requested: 'badge badge-info',
  approved: 'badge badge-success',
  rejected: 'badge badge-error',
  cancelled: 'badge',
  expired: 'badge badge-warning',
};

export function StatusBadge({ t, status }: { t: Translator; status: BookingStatus }) {
  return <span class={BADGE[status]}>{t.t(`bookings.status.${status}`)}</span>;
}

function CalendarFeed({
  t,
  csrfToken,
  feedUrl,
}: {
  t: Translator;
  csrfToken: string;
  feedUrl: string | null;
}) {
  return (
    <section aria-labelledby="kalender-title">
      <h2 id="kalender-title">{t.t('bookings.feed.title')}</h2>
      <p>{t.t('bookings.feed.intro')}</p>
      {feedUrl !== null && (
        <div class="form-group">
          <label class="form-label" for="feed-url">
            {t.t('bookings.feed.link')}
          </label>
          <input
            class="form-input input-width-xl"
            id="feed-url"
            type="text"
            readOnly
            value={feedUrl}
            aria-describedby="feed-url-hint"
          />
          <p class="form-hint" id="feed-url-hint">
            {t.t('bookings.feed.secret')}
          </p>
        </div>
      )}
      <PostForm action="/mine-bookinger/kalender" csrfToken={csrfToken}>
        <button type="submit" class="button button-secondary">
          {t.t(feedUrl === null ? 'bookings.feed.create' : 'bookings.feed.renew')}
        </button>
      </PostForm>
    </section>
  );
}

/** "Mine bookinger": upcoming and recent bookings, each with a cancel button while that is allowed. */
export function MyBookingsPage(props: {
  t: Translator;
  csrfToken: string;
  bookings: BookingView[];
  feedUrl: string | null;
}) {
  const { t, bookings } = props;
  return (
    <>
      <h1>{t.t('bookings.mine.title')}</h1>
      <p>
        <a href="/find-lokale">{t.t('bookings.mine.findRoom')}</a>
      </p>
      {bookings.length === 0 ? (
        <p>{t.t('bookings.mine.empty')}</p>
      ) : (
        <DataTable
          caption={t.t('bookings.mine.title')}
          captionHidden
          rows={bookings}
          rowKey={(booking) => booking.id}
          columns={[
            {
              heading: t.t('bookings.column.what'),
              rowHeader: true,
              cell: (booking) => <a href={`/bookinger/${booking.id}`}>{booking.title}</a>,
            },
            {
              heading: t.t('bookings.column.where'),
              cell: (booking) => <a href={`/steder/${booking.placeSlug}`}>{booking.placeName}</a>,
            },
            {
              heading: t.t('bookings.column.when'),
              cell: (booking) => formatInterval(t.locale, booking.startsAt, booking.endsAt),
            },
            {
              heading: t.t('bookings.column.status'),
              cell: (booking) => <StatusBadge t={t} status={booking.status} />,
            },
            {
              heading: t.t('bookings.column.actions'),
              headingHidden: true,
              cell: (booking) =>
                booking.canCancel && (
                  <PostForm action={`/bookinger/${booking.id}/annuller`} csrfToken={props.csrfToken}>
                    <button type="submit" class="button button-secondary button-small">
                      {t.t('bookings.cancel.button')}
                      <span class="sr-only">: {booking.title}</span>
                    </button>
                  </PostForm>
                ),
            },
          ]}
        />
      )}
      <CalendarFeed t={t} csrfToken={props.csrfToken} feedUrl={props.feedUrl} />
    </>
  );
}
