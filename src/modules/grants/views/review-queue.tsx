import { formatDkk } from '#src/modules/grants/amounts.ts';
import type { QueueItem, ReviewQueue } from '#src/modules/grants/review-service.ts';
import { CATEGORY_LABELS, StatusBadge } from '#src/modules/grants/views/form-parts.tsx';
import type { Translator } from '#src/platform/i18n.ts';

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
    <div class="table--responsive-scroll">
      <table class="table">
        <caption>{caption}</caption>
        <thead>
          <tr>
            <th scope="col">{t.t('grants.queue.column.title')}</th>
            <th scope="col">{t.t('grants.queue.column.category')}</th>
            <th scope="col">{t.t('grants.queue.column.amount')}</th>
            <th scope="col">{t.t('grants.queue.column.status')}</th>
            <th scope="col">{t.t(waiting ? 'grants.queue.column.waiting' : 'grants.queue.column.took')}</th>
            <th scope="col">{t.t('grants.queue.column.votes')}</th>
            <th scope="col">{t.t('grants.queue.column.myVote')}</th>
          </tr>
        </thead>
        <tbody>
          {items.map((item) => {
            const { application } = item;
            const late = item.daysWaiting > application.targetDays;
            return (
              <tr key={application.id}>
                <td>
                  <a href={`/puljer/${slug}/ansogninger/${application.id}`}>{application.title}</a>
                </td>
                <td>{t.t(CATEGORY_LABELS[application.category])}</td>
                <td>{formatDkk(t, application.grantedOre ?? application.requestedOre)}</td>
                <td>
                  <StatusBadge t={t} status={application.status} />
                </td>
                <td>
                  {t.t('grants.queue.daysOfTarget', {
                    days: item.daysWaiting,
                    target: application.targetDays,
                  })}
                  {late && waiting && <strong> {t.t('grants.queue.overdue')}</strong>}
                </td>
                <td>
                  {t.t('grants.queue.tally', {
                    approve: item.tally.approve,
                    reject: item.tally.reject,
                    abstain: item.tally.abstain,
                  })}
                </td>
                <td>{item.myVote === null ? '–' : t.t(`grants.vote.${item.myVote}`)}</td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
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
