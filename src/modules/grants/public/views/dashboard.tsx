import type { PoolFigures } from '#src/modules/grants/public/dashboard.ts';
import { formatDays, formatMoney } from '#src/modules/grants/public/views/format.ts';
import { Exports } from '#src/modules/grants/public/views/grant-list.tsx';
import { PoolHeader } from '#src/modules/grants/public/views/pool-header.tsx';
import type { Translator } from '#src/platform/i18n.ts';
import { BarChart, type ChartColumn, TargetChart } from '#src/platform/views/charts.tsx';

function columns(t: Translator) {
  const money = (heading: string): ChartColumn => ({ heading, format: (ore) => formatMoney(t, ore) });
  return {
    amount: money(t.t('grantsPublic.figures.amount')),
    requested: money(t.t('grantsPublic.figures.requested')),
    granted: money(t.t('grantsPublic.figures.granted')),
    count: { heading: t.t('grantsPublic.figures.applications'), format: (n: number) => t.number(n) },
    days: { heading: t.t('grantsPublic.figures.days'), format: (days: number) => formatDays(t, days) },
  };
}

function Money({ t, figures }: { t: Translator; figures: PoolFigures }) {
  const { money } = figures;
  return (
    <>
      <BarChart
        id="penge"
        headingLevel={2}
        title={t.t('grantsPublic.figures.money.title')}
        caption={t.t('grantsPublic.figures.money.caption')}
        labelHeading={t.t('grantsPublic.figures.measure')}
        value={columns(t).amount}
        rows={[
          { label: t.t('grantsPublic.figures.money.budget'), value: money.budgetOre },
          { label: t.t('grantsPublic.figures.money.committed'), value: money.committedOre },
          { label: t.t('grantsPublic.figures.money.paid'), value: money.paidOre },
          { label: t.t('grantsPublic.figures.money.remaining'), value: money.remainingOre },
        ]}
        emptyText=""
      />
      {!money.ledger.agrees && (
        <div class="alert alert-warning" role="note">
          <div class="alert-body">
            <p class="alert-text">
              {t.t('grantsPublic.figures.money.ledgerDiffers', {
                committed: formatMoney(t, money.ledger.committedOre),
                paid: formatMoney(t, money.ledger.paidOre),
              })}
            </p>
          </div>
        </div>
      )}
    </>
  );
}

function DecisionTime({ t, figures }: { t: Translator; figures: PoolFigures }) {
  const time = figures.decisionTime;
  const days = columns(t).days;
  const count = (n: number) => t.number(n);
  const withinOf = { within: count(time.withinTarget), decisions: count(time.decisions) };
  return (
    <TargetChart
      id="sagsbehandlingstid"
      headingLevel={2}
      title={t.t('grantsPublic.figures.time.title')}
      caption={
        time.decisions === 0
          ? t.t('grantsPublic.figures.time.caption')
          : t.t('grantsPublic.figures.time.captionWithin', withinOf)
      }
      labelHeading={t.t('grantsPublic.figures.measure')}
      value={days}
      rows={[
        { label: t.t('grantsPublic.figures.time.median'), value: time.medianDays },
        { label: t.t('grantsPublic.figures.time.p90'), value: time.p90Days },
      ]}
      target={{ label: t.t('grantsPublic.figures.time.target'), value: time.targetDays }}
      notes={[
        { label: t.t('grantsPublic.figures.time.decisions'), text: count(time.decisions) },
        {
          label: t.t('grantsPublic.figures.time.withinTarget'),
          text: t.t('grantsPublic.figures.time.outOf', withinOf),
        },
        { label: t.t('grantsPublic.figures.time.withInfoRequest'), text: count(time.withInfoRequest) },
        {
          label: t.t('grantsPublic.figures.time.ownMedian'),
          text:
            time.excludingApplicantTime.medianDays === null
              ? t.t('grantsPublic.figures.time.none')
              : days.format(time.excludingApplicantTime.medianDays),
        },
        { label: t.t('grantsPublic.figures.time.awaiting'), text: count(time.awaitingDecision) },
        ...(time.oldestWaitingDays === null
          ? []
          : [
              {
                label: t.t('grantsPublic.figures.time.oldestWaiting'),
                text: days.format(time.oldestWaitingDays),
              },
            ]),
      ]}
      emptyText={t.t('grantsPublic.figures.time.none')}
      missingText={t.t('grantsPublic.figures.time.noneShort')}
    />
  );
}

function Applications({ t, figures }: { t: Translator; figures: PoolFigures }) {
  const { applications } = figures;
  const c = columns(t);
  const unknownArea = t.t('grantsPublic.figures.area.unknown');
  return (
    <>
      <p>
        {t.plural(
          applications.total.applications,
          'grantsPublic.figures.total.one',
          'grantsPublic.figures.total.other',
        )}
      </p>
      <BarChart
        id="kategorier"
        headingLevel={2}
        title={t.t('grantsPublic.figures.category.title')}
        caption={t.t('grantsPublic.figures.category.caption')}
        labelHeading={t.t('grantsPublic.grant.category')}
        value={c.count}
        extraColumns={[c.requested, c.granted]}
        rows={applications.byCategory.map((row) => ({
          label: t.t(`grantsPublic.category.${row.category}`),
          value: row.applications,
          extra: [row.requestedOre, row.grantedOre],
        }))}
        emptyText={t.t('grantsPublic.figures.noApplications')}
      />
      <BarChart
        id="kvarterer"
        headingLevel={2}
        title={t.t('grantsPublic.figures.area.title')}
        caption={t.t('grantsPublic.figures.area.caption')}
        labelHeading={t.t('grantsPublic.figures.area.label')}
        value={c.count}
        extraColumns={[c.requested, c.granted]}
        rows={applications.byArea.map((row) => ({
          label: row.area?.name ?? unknownArea,
          value: row.applications,
          extra: [row.requestedOre, row.grantedOre],
        }))}
        emptyText={t.t('grantsPublic.figures.noApplications')}
      />
      <BarChart
        id="status"
        headingLevel={2}
        title={t.t('grantsPublic.figures.status.title')}
        labelHeading={t.t('grantsPublic.grant.status')}
        value={c.count}
        rows={applications.byStatus.map((row) => ({
          label: t.t(`grantsPublic.status.${row.status}`),
          value: row.applications,
        }))}
        emptyText={t.t('grantsPublic.figures.noApplications')}
      />
    </>
  );
}

/** The pool in figures: money, decision times and applications, each as a chart with its table. */
export function Dashboard({ t, figures }: { t: Translator; figures: PoolFigures }) {
  const { pool } = figures;
  const base = `/puljer/${encodeURIComponent(pool.slug)}`;
  return (
    <>
      <PoolHeader
        t={t}
        pool={pool}
        current="figures"
        heading={t.t('grantsPublic.figures.title', { pool: pool.title })}
      />
      <p>{t.t('grantsPublic.figures.lead')}</p>
      <Money t={t} figures={figures} />
      <DecisionTime t={t} figures={figures} />
      <Applications t={t} figures={figures} />
      <Exports
        t={t}
        links={[
          [`${base}/tal.json`, t.t('grantsPublic.exports.figuresJson')],
          [
            `${base}/bevillinger.csv?format=excel`,
            `${t.t('grantsPublic.exports.csv')}: ${t.t('common.csv.excel')}`,
          ],
          [`${base}/bevillinger.csv`, `${t.t('grantsPublic.exports.csv')}: ${t.t('common.csv.rfc')}`],
        ]}
      />
      <section aria-labelledby="method-title">
        <h2 id="method-title">{t.t('grantsPublic.figures.method.title')}</h2>
        <p>{t.t('grantsPublic.figures.method.clock')}</p>
        <p>{t.t('grantsPublic.figures.method.percentile')}</p>
        <p>{t.t('grantsPublic.figures.method.money')}</p>
      </section>
    </>
  );
}
