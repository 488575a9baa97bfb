import type { BookingDetails } from '#src/modules/places/bookings/reading.ts';
import { formatInterval } from '#src/platform/dates/format.ts';
import type { Translator } from '#src/platform/i18n.ts';
import { ConfirmPage } from '#src/platform/views/confirm-page.tsx';

/** Who cancelling tells: the booker when a manager cancels someone else's booking, else the managers. */
function toldLines(t: Translator, details: BookingDetails): string[] {
  const { booking } = details;
  if (details.isManager && !details.isBooker) {
    return [t.t('bookings.cancel.toldBooker', { name: booking.bookerName ?? '' })];
  }
  return [t.t('bookings.cancel.toldManagers')];
}

/** "Vil du annullere bookingen?": what, where and when, and who gets an e-mail. */
export function CancelBookingConfirm({
  t,
  csrfToken,
  details,
}: {
  t: Translator;
  csrfToken: string;
  details: BookingDetails;
}) {
  const { booking } = details;
  return (
    <ConfirmPage
      t={t}
      csrfToken={csrfToken}
      heading={t.t('bookings.cancel.confirmHeading')}
      facts={[
        { label: t.t('bookings.column.what'), value: booking.title },
        { label: t.t('bookings.column.where'), value: `${booking.placeName}, ${booking.placeAddress}` },
        {
          label: t.t('bookings.column.when'),
          value: formatInterval(t.locale, booking.startsAt, booking.endsAt),
        },
      ]}
      told={toldLines(t, details)}
      action={`/bookinger/${booking.id}/annuller`}
      submitLabel={t.t('bookings.cancel.confirmSubmit')}
      backHref={`/bookinger/${booking.id}`}
    />
  );
}
