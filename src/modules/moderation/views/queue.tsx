import type { HiddenEntry, QueueEntry, ReportView } from '#src/modules/moderation/service.ts';
import type { Translator } from '#src/platform/i18n.ts';

export function casePath(type: string, id: number): string {
  return `/admin/moderation/${type}/${id}`;
}

export function ReportsTable({ t, reports }: { t: Translator; reports: ReportView[] }) {
  return (
    <table class="table table--compact">
      <caption class="sr-only">{t.t('moderation.content.reports')}</caption>
      <thead>
        <tr>
          <th scope="col">{t.t('moderation.report.when')}</th>
          <th scope="col">{t.t('moderation.report.reporter')}</th>
          <th scope="col">{t.t('moderation.report.reason')}</th>
          <th scope="col">{t.t('moderation.report.details')}</th>
          <th scope="col">{t.t('moderation.queue.state')}</th>
        </tr>
      </thead>
      <tbody>
        {reports.map((report) => (
          <tr key={`${report.createdAt}-${report.reporterName ?? ''}-${report.details}`}>
            <td>{t.dateTime(report.createdAt)}</td>
            <td>{report.reporterName ?? t.t('moderation.report.anonymous')}</td>
            <td>{t.t(`moderation.reason.${report.reason}`)}</td>
            <td>{report.details}</td>
            <td>{report.resolved ? t.t('moderation.report.resolved') : t.t('moderation.report.open')}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

function Entry({ t, entry }: { t: Translator; entry: QueueEntry }) {
  const type = t.t(`moderation.type.${entry.type}`);
  return (
    <li class="app-moderation-entry">
      <h2>
        {type}:{' '}
        {entry.content === null ? (
          t.t('moderation.queue.gone')
        ) : (
          <a href={entry.content.path}>{entry.content.title}</a>
        )}
      </h2>
      <p>
        {entry.content !== null &&
          `${entry.content.hidden ? t.t('moderation.state.hidden') : t.t('moderation.state.visible')} · `}
        {entry.content?.ownerName != null &&
          `${t.t('moderation.content.by', { name: entry.content.ownerName })} · `}
        {t.t('moderation.queue.firstReported', { date: t.dateTime(entry.firstReportedAt) })} ·{' '}
        {t.plural(entry.reports.length, 'moderation.queue.reports.one', 'moderation.queue.reports.other')}
      </p>
      <ReportsTable t={t} reports={entry.reports} />
      {entry.content !== null && (
        <p>
          <a class="button button-secondary" href={casePath(entry.type, entry.id)}>
            {t.t('moderation.queue.handle')}
          </a>
        </p>
      )}
    </li>
  );
}

/** The administrators' queue: reported content, the longest-waiting first. */
export function QueuePage({ t, entries }: { t: Translator; entries: QueueEntry[] }) {
  return (
    <>
      <h1>{t.t('moderation.queue.title')}</h1>
      <p class="font-lead">{t.t('moderation.queue.lead')}</p>
      <p>
        <a href="/admin/moderation/skjult">{t.t('moderation.queue.hiddenList')}</a>
      </p>
      {entries.length === 0 ? (
        <p>{t.t('moderation.queue.empty')}</p>
      ) : (
        <ol class="nobullet-list">
          {entries.map((entry) => (
            <Entry key={`${entry.type}-${entry.id}`} t={t} entry={entry} />
          ))}
        </ol>
      )}
    </>
  );
}

/** Content hidden now, with the reason given, each linking to its case to restore it. */
export function HiddenPage({ t, entries }: { t: Translator; entries: HiddenEntry[] }) {
  return (
    <>
      <p>
        <a href="/admin/moderation">{t.t('moderation.back')}</a>
      </p>
      <h1>{t.t('moderation.hidden.title')}</h1>
      {entries.length === 0 ? (
        <p>{t.t('moderation.hidden.empty')}</p>
      ) : (
        <table class="table">
          <thead>
            <tr>
              <th scope="col">{t.t('moderation.queue.type')}</th>
              <th scope="col">{t.t('moderation.queue.content')}</th>
              <th scope="col">{t.t('moderation.content.note')}</th>
              <th scope="col">{t.t('moderation.report.when')}</th>
            </tr>
          </thead>
          <tbody>
            {entries.map((entry) => (
              <tr key={`${entry.type}-${entry.id}`}>
                <td>{t.t(`moderation.type.${entry.type}`)}</td>
                <td>
                  <a href={casePath(entry.type, entry.id)}>{entry.content.title}</a>
                </td>
                <td>{entry.note}</td>
                <td>{t.dateTime(entry.hiddenAt)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </>
  );
}
