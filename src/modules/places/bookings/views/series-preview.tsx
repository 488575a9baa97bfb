import { bookingProblemMessage } from '#src/modules/places/bookings/problem-messages.ts';
import type { SeriesPreview } from '#src/modules/places/bookings/series-service.ts';
import { HiddenBookingFields } from '#src/modules/places/bookings/views/book-page.tsx';
import type { PlaceWithRules } from '#src/modules/places/rules.ts';
import { formatInterval } from '#src/platform/dates/format.ts';
import type { Translator } from '#src/platform/i18n.ts';
import { PostForm } from '#src/platform/views/forms.tsx';
import { DataTable } from '#src/platform/views/table.tsx';

/**
 * Step two of a repeating booking: every occurrence with what stands in its way, before
 * anything is saved. The person books the free ones, or none (back to the form).
 */
export function SeriesPreviewPage(props: {
  t: Translator;
  csrfToken: string;
  place: PlaceWithRules;
  preview: SeriesPreview;
  values: Record<string, string>;
  /** Shown when the list changed between looking and confirming. */
  notice: string | null;
}) {
  const { t, place, preview } = props;
  const free = preview.occurrences.filter((occurrence) => occurrence.problems.length === 0);
  const blocked = preview.occurrences.length - free.length;
  return (
    <>
      <h1>{t.t('bookings.series.title', { place: place.name })}</h1>
      {props.notice !== null && (
        <div class="alert alert-warning" role="alert">
          <div class="alert-body">
            <p class="alert-text">{props.notice}</p>
          </div>
        </div>
      )}
      <p class="font-lead">
        {t.t('bookings.series.summary', { total: preview.occurrences.length, free: free.length, blocked })}
      </p>
      <DataTable
        caption={t.t('bookings.series.caption')}
        captionHidden
        rows={preview.occurrences}
        rowKey={(occurrence) => occurrence.startsAt}
        columns={[
          {
            heading: t.t('bookings.series.when'),
            rowHeader: true,
            cell: (occurrence) => formatInterval(t.locale, occurrence.startsAt, occurrence.endsAt),
          },
          {
            heading: t.t('bookings.series.status'),
            cell: (occurrence) =>
              occurrence.problems.length === 0 ? (
                <strong>{t.t('bookings.series.free')}</strong>
              ) : (
                <ul class="nobullet-list">
                  {occurrence.problems.map((problem) => (
                    <li key={problem.code}>{t.message(bookingProblemMessage(problem))}</li>
                  ))}
                </ul>
              ),
          },
        ]}
      />
      {free.length > 0 && (
        <PostForm action={`/steder/${place.slug}/book/serie`} csrfToken={props.csrfToken}>
          <HiddenBookingFields values={props.values} />
          {free.map((occurrence) => (
            <input
              key={occurrence.startsAt}
              type="hidden"
              name="starts"
              value={String(occurrence.startsAt)}
            />
          ))}
          <button type="submit" class="button button-primary">
            {t.plural(free.length, 'bookings.series.bookFree.one', 'bookings.series.bookFree.other')}
          </button>
        </PostForm>
      )}
      <p>
        <a href={`/steder/${place.slug}/book`}>{t.t('bookings.series.bookNone')}</a>
      </p>
    </>
  );
}
