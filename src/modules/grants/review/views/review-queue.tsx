import { formatDkk } from '#src/modules/grants/amounts.ts';
import type { QueueItem, ReviewQueue } from '#src/modules/grants/review/service.ts';
import { CATEGORY_LABELS, StatusBadge } from '#src/modules/grants/views/form-parts.tsx';
import type { Translator } from '#src/platform/i18n.ts';
import { DataTable } from '#src/platform/views/table.tsx';

function QueueTable({
  t,
  slug,
  items,
  caption,
  waiting,
}: {
  t: Translator;
  slug: string;
  items: QueueItem[];
  caption: string;
  waiting: boolean;
}) {
  return (
    <DataTable
      caption={caption}
      rows={items}
      rowKey={(item) => item.application.id}
      columns={[
        {
          heading: t.t('grants.queue.column.title'),
          rowHeader: true,
          cell: ({ application }) => (
            <a href={`/puljer/${slug}/ansogninger/${application.id}`}>{application.title}</a>
          ),
        },
        {
          heading: t.t('grants.queue.column.category'),
          cell: ({ application }) => t.t(CATEGORY_LABELS[application.category]),
        },
        {
          heading: t.t('grants.queue.column.amount'),
          cell: ({ application }) => formatDkk(t, application.grantedOre ?? application.requestedOre),
        },
        {
          heading: t.t('grants.queue.column.status'),
          cell: ({ application }) => <StatusBadge t={t} status={application.status} />,
        },
        {
          heading: t.t(waiting ? 'grants.queue.column.waiting' : 'grants.queue.column.took'),
          cell: (item) => (
            <>
              {t.t('grants.queue.daysOfTarget', {
                days: item.daysWaiting,
                target: item.application.targetDays,
              })}
              {item.daysWaiting > item.application.targetDays && waiting && (
                <strong> {t.t('grants.queue.overdue')}</strong>
              )}
            </>
          ),
        },
        {
          heading: t.t('grants.queue.column.votes'),
          cell: (item) =>
            t.t('grants.queue.tally', {
              approve: item.tally.approve,
              reject: item.tally.reject,
              abstain: item.tally.abstain,
            }),
        },
        {
          heading: t.t('grants.queue.column.myVote'),
          cell: (item) => (item.myVote === null ? '–' : t.t(`grants.vote.${item.myVote}`)),
        },
      ]}
    />
  );
}

/** /puljer/:slug/bedoem: the reviewers' queue, the longest waiting first, against the target. */
export function ReviewQueuePage({ t, queue }: { t: Translator; queue: ReviewQueue }) {
  const slug = encodeURIComponent(queue.pool.slug);
  return (
    <>
      <h1>{t.t('grants.queue.title', { pool: queue.pool.title })}</h1>
      <p class="font-lead">{t.t('grants.queue.lead', { days: queue.pool.targetDays })}</p>
      <p>{t.t('grants.pool.remainingShort', { amount: formatDkk(t, queue.pool.remainingOre) })}</p>
      {queue.waiting.length === 0 ? (
        <p>{t.t('grants.queue.empty')}</p>
      ) : (
        <QueueTable
          t={t}
          slug={slug}
          items={queue.waiting}
          caption={t.t('grants.queue.waitingCaption')}
          waiting
        />
      )}
      {queue.decided.length > 0 && (
        <QueueTable
          t={t}
          slug={slug}
          items={queue.decided}
          caption={t.t('grants.queue.decidedCaption')}
          waiting={false}
        />
      )}
    </>
  );
}
