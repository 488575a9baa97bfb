import type { Activity } from '#src/modules/activities/model.ts';
import type { ParticipantView } from '#src/modules/activities/page-service.ts';
import type { Translator } from '#src/platform/i18n.ts';

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
        <a href={csvHref}>{t.t('activities.page.participantsCsv')}</a>
      </p>
      {participants.length === 0 ? (
        <p>{t.t('activities.participants.none')}</p>
      ) : (
        <div class="table--responsive-scroll">
          <table class="table table--zebra">
            <caption class="sr-only">
              {t.t('activities.participants.title', { title: activity.title })}
            </caption>
            <thead>
              <tr>
                <th scope="col">{t.t('activities.participants.name')}</th>
                <th scope="col">{t.t('activities.participants.email')}</th>
                <th scope="col">{t.t('activities.participants.status')}</th>
                <th scope="col">{t.t('activities.participants.occurrence')}</th>
                <th scope="col">{t.t('activities.participants.signedUpAt')}</th>
              </tr>
            </thead>
            <tbody>
              {participants.map((row) => (
                <tr key={row.id}>
                  <td>{row.name}</td>
                  <td>
                    <a href={`mailto:${row.email}`}>{row.email}</a>
                  </td>
                  <td>{t.t(`activities.participantStatus.${row.status}`)}</td>
                  <td>{t.dateTime(row.occurrence, format)}</td>
                  <td>{t.dateTime(row.signedUpAt, format)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </>
  );
}
