import type { Activity } from '#src/modules/activities/model.ts';
import type { ParticipantView } from '#src/modules/activities/page-service.ts';
import type { Translator } from '#src/platform/i18n.ts';
import { DataTable } from '#src/platform/views/table.tsx';

/** The organiser's list of who joined, who waits and who has not confirmed yet. */
export function ParticipantsPage({
  t,
  activity,
  participants,
  csvHref,
}: {
  t: Translator;
  activity: Activity;
  participants: ParticipantView[];
  csvHref: string;
}) {
  const format: Intl.DateTimeFormatOptions = { dateStyle: 'medium', timeStyle: 'short' };
  return (
    <>
      <h1>{t.t('activities.participants.title', { title: activity.title })}</h1>
      <p>
        <a href={`/aktiviteter/${activity.id}`}>{t.t('activities.participants.back')}</a> ·{' '}
        {t.t('activities.page.participantsCsv')}:{' '}
        <a href={`${csvHref}${csvHref.includes('?') ? '&' : '?'}format=excel`}>{t.t('common.csv.excel')}</a> ·{' '}
        <a href={csvHref}>{t.t('common.csv.rfc')}</a>
      </p>
      {participants.length === 0 ? (
        <p>{t.t('activities.participants.none')}</p>
      ) : (
        <DataTable
          caption={t.t('activities.participants.title', { title: activity.title })}
          captionHidden
          zebra
          rows={participants}
          rowKey={(row) => row.id}
          columns={[
            { heading: t.t('activities.participants.name'), rowHeader: true, cell: (row) => row.name },
            {
              heading: t.t('activities.participants.email'),
              cell: (row) => <a href={`mailto:${row.email}`}>{row.email}</a>,
            },
            {
              heading: t.t('activities.participants.status'),
              cell: (row) => t.t(`activities.participantStatus.${row.status}`),
            },
            {
              heading: t.t('activities.participants.occurrence'),
              cell: (row) => t.dateTime(row.occurrence, format),
            },
            {
              heading: t.t('activities.participants.signedUpAt'),
              cell: (row) => t.dateTime(row.signedUpAt, format),
            },
          ]}
        />
      )}
    </>
  );
}
