import { formatDkk } from '#src/modules/grants/amounts.ts';
import type { Pool, PoolPhase } from '#src/modules/grants/model.ts';
import { CATEGORY_LABELS, Paragraphs } from '#src/modules/grants/views/form-parts.tsx';
import { formatDate, formatDateRange } from '#src/platform/dates/format.ts';
import type { PlainMessageKey, Translator } from '#src/platform/i18n.ts';
import { FactsTable } from '#src/platform/views/table.tsx';

const PHASE_LABELS: Record<PoolPhase, PlainMessageKey> = {
  upcoming: 'grants.phase.upcoming',
  open: 'grants.phase.open',
  closed: 'grants.phase.closed',
};

export interface PoolListItem {
  pool: Pool;
  phase: PoolPhase;
}

/** /puljer: every pool with its period and what is left. */
export function PoolListPage({
  t,
  pools,
  canCreate,
}: {
  t: Translator;
  pools: PoolListItem[];
  canCreate: boolean;
}) {
  return (
    <>
      <h1>{t.t('grants.pools.title')}</h1>
      <p class="font-lead">{t.t('grants.pools.lead')}</p>
      <p>
        <a href="/hurtige-handlinger">{t.t('grants.pools.openLink')}</a>
      </p>
      {canCreate && (
        <p>
          <a href="/puljer/ny" class="button button-secondary">
            {t.t('grants.pools.create')}
          </a>
        </p>
      )}
      {pools.length === 0 ? (
        <p>{t.t('grants.pools.none')}</p>
      ) : (
        <ul class="nobullet-list">
          {pools.map(({ pool, phase }) => (
            <li key={pool.id} class="mb-6">
              <h2 class="h3">
                <a href={`/puljer/${encodeURIComponent(pool.slug)}`}>{pool.title}</a>
              </h2>
              <p>
                {pool.organisationName} · {t.t(PHASE_LABELS[phase])} ·{' '}
                {formatDateRange(t.locale, pool.opensOn, pool.closesOn)} ·{' '}
                {t.t('grants.pool.remainingShort', { amount: formatDkk(t, pool.remainingOre) })}
              </p>
            </li>
          ))}
        </ul>
      )}
    </>
  );
}

export interface PoolPageModel {
  pool: Pool;
  phase: PoolPhase;
  isAdmin: boolean;
  canReview: boolean;
  loggedIn: boolean;
}

function Figures({ t, pool }: { t: Translator; pool: Pool }) {
  const rows: Array<[PlainMessageKey, number]> = [
    ['grants.pool.budget', pool.budgetOre],
    ['grants.pool.committed', pool.committedOre],
    ['grants.pool.paid', pool.paidOre],
    ['grants.pool.remaining', pool.remainingOre],
    ['grants.pool.maxGrant', pool.maxGrantOre],
  ];
  return (
    <FactsTable
      caption={t.t('grants.pool.moneyCaption')}
      compact
      numeric
      facts={rows.map(([key, ore]) => ({ label: t.t(key), value: formatDkk(t, ore) }))}
    />
  );
}

function ApplyButton({ t, model }: { t: Translator; model: PoolPageModel }) {
  const { pool, phase } = model;
  if (phase === 'upcoming')
    return (
      <p class="alert alert-info">
        {t.t('grants.pool.opensLater', { date: formatDate(t.locale, pool.opensOn) })}
      </p>
    );
  if (phase === 'closed')
    return (
      <p class="alert alert-warning">
        {t.t('grants.pool.closedNotice', { date: formatDate(t.locale, pool.closesOn) })}
      </p>
    );
  if (pool.remainingOre <= 0) return <p class="alert alert-warning">{t.t('grants.pool.spent')}</p>;
  return (
    <p>
      <a href={`/puljer/${encodeURIComponent(pool.slug)}/ansog`} class="button button-primary">
        {t.t('grants.pool.apply')}
      </a>
      {!model.loggedIn && <span class="form-hint"> {t.t('grants.pool.loginHint')}</span>}
    </p>
  );
}

/** /puljer/:slug: what the pool funds, how to apply, what is left, and the "Søg puljen" button. */
export function PoolPage({ t, model }: { t: Translator; model: PoolPageModel }) {
  const { pool } = model;
  const slug = encodeURIComponent(pool.slug);
  return (
    <>
      <h1>{pool.title}</h1>
      <p class="font-lead">{t.t('grants.pool.runBy', { organisation: pool.organisationName })}</p>
      <Paragraphs text={pool.description} />
      <ApplyButton t={t} model={model} />
      <ul class="nobullet-list">
        <li>
          <a href={`/puljer/${slug}/bevillinger`}>{t.t('grants.pool.grantsLink')}</a>
        </li>
        <li>
          <a href={`/puljer/${slug}/tal`}>{t.t('grants.pool.figuresLink')}</a>
        </li>
      </ul>
      {(model.isAdmin || model.canReview) && (
        <ul class="nobullet-list">
          {model.canReview && (
            <li>
              <a href={`/puljer/${slug}/bedoem`}>{t.t('grants.pool.reviewLink')}</a>
            </li>
          )}
          {model.isAdmin && (
            <li>
              <a href={`/puljer/${slug}/rediger`}>{t.t('grants.pool.editLink')}</a>
            </li>
          )}
        </ul>
      )}
      <h2>{t.t('grants.pool.howTitle')}</h2>
      <ol>
        <li>{t.t('grants.pool.how1')}</li>
        <li>{t.t('grants.pool.how2', { days: pool.targetDays })}</li>
        <li>{t.t('grants.pool.how3')}</li>
        <li>{t.t('grants.pool.how4')}</li>
      </ol>
      <h2>{t.t('grants.pool.factsTitle')}</h2>
      <dl>
        <dt>{t.t('grants.pool.periodLabel')}</dt>
        <dd>{formatDateRange(t.locale, pool.opensOn, pool.closesOn)}</dd>
        <dt>{t.t('grants.pool.categories')}</dt>
        <dd>{pool.categories.map((category) => t.t(CATEGORY_LABELS[category])).join(', ')}</dd>
        <dt>{t.t('grants.pool.targetLabel')}</dt>
        <dd>{t.plural(pool.targetDays, 'grants.days.one', 'grants.days.other')}</dd>
        <dt>{t.t('grants.pool.ruleLabel')}</dt>
        <dd>{t.t(pool.decisionRule === 'chair' ? 'grants.rule.chair' : 'grants.rule.majority')}</dd>
      </dl>
      {pool.criteria !== '' && (
        <>
          <h2>{t.t('grants.pool.criteria')}</h2>
          <Paragraphs text={pool.criteria} />
        </>
      )}
      <Figures t={t} pool={pool} />
    </>
  );
}
