import type { HiddenEntry, QueueEntry, ReportView } from '#src/modules/moderation/service.ts';
import type { Translator } from '#src/platform/i18n.ts';
import { DataTable } from '#src/platform/views/table.tsx';

export function casePath(type: string, id: number): string {
  return `/admin/moderation/${type}/${id}`;
}

export function ReportsTable({ t, reports }: { t: Translator; reports: ReportView[] }) {
  return (
    <DataTable
      caption={t.t('moderation.content.reports')}
      captionHidden
      compact
      rows={reports}
      rowKey={(report) => `${report.createdAt}-${report.reporterName ?? ''}-${report.details}`}
      columns={[
        { heading: t.t('moderation.report.when'), cell: (report) => t.dateTime(report.createdAt) },
        {
          heading: t.t('moderation.report.reporter'),
          cell: (report) => report.reporterName ?? t.t('moderation.report.anonymous'),
        },
        {
          heading: t.t('moderation.report.reason'),
          cell: (report) => t.t(`moderation.reason.${report.reason}`),
        },
        { heading: t.t('moderation.report.details'), cell: (report) => report.details },
        {
          heading: t.t('moderation.queue.state'),
          cell: (report) =>
            report.resolved ? t.t('moderation.report.resolved') : t.t('moderation.report.open'),
        },
      ]}
    />
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
        <DataTable
          caption={t.t('moderation.hidden.title')}
          captionHidden
          rows={entries}
          rowKey={(entry) => `${entry.type}-${entry.id}`}
          columns={[
            { heading: t.t('moderation.queue.type'), cell: (entry) => t.t(`moderation.type.${entry.type}`) },
            {
              heading: t.t('moderation.queue.content'),
              rowHeader: true,
              cell: (entry) => <a href={casePath(entry.type, entry.id)}>{entry.content.title}</a>,
            },
            { heading: t.t('moderation.content.note'), cell: (entry) => entry.note },
            { heading: t.t('moderation.report.when'), cell: (entry) => t.dateTime(entry.hiddenAt) },
          ]}
        />
      )}
    </>
  );
}
