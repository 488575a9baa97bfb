import type { SponsorshipOffer } from '#src/modules/grants/pools/sponsorships-service.ts';
import { SponsorList } from '#src/modules/grants/pools/views/sponsor-parts.tsx';
import type { PublicGrant, PublicPool } from '#src/modules/grants/public/service.ts';
import { formatMoney } from '#src/modules/grants/public/views/format.ts';
import {
  applicantName,
  milestones,
  periodText,
  whereText,
} from '#src/modules/grants/public/views/grant-card.tsx';
import type { Translator } from '#src/platform/i18n.ts';
import { FactsTable } from '#src/platform/views/table.tsx';

function Facts({ t, grant }: { t: Translator; grant: PublicGrant }) {
  const period = periodText(t, grant);
  const rows: Array<[string, string]> = [
    [t.t('grantsPublic.grant.status'), t.t(`grantsPublic.status.${grant.status}`)],
    [t.t('grantsPublic.grant.category'), t.t(`grantsPublic.category.${grant.category}`)],
    [t.t('grantsPublic.grant.applicant'), applicantName(t, grant)],
    [t.t('grantsPublic.grant.where'), whereText(t, grant)],
    ...(period === null ? [] : [[t.t('grantsPublic.grant.when'), period] as [string, string]]),
    [t.t('grantsPublic.grant.requested'), formatMoney(t, grant.requestedOre)],
    [t.t('grantsPublic.grant.granted'), formatMoney(t, grant.grantedOre)],
    ...(grant.cofundingOre > 0
      ? [[t.t('grantsPublic.grant.cofunding'), formatMoney(t, grant.cofundingOre)] as [string, string]]
      : []),
    ...milestones(t, grant).map((step) => [step.label, step.date] as [string, string]),
  ];
  return (
    <FactsTable
      caption={t.t('grantsPublic.grant.facts')}
      captionHidden
      compact
      facts={rows.map(([label, value]) => ({ label, value }))}
    />
  );
}

function Report({ t, grant }: { t: Translator; grant: PublicGrant }) {
  const { report } = grant;
  if (report === null) return null;
  return (
    <section aria-labelledby="report-title">
      <h2 id="report-title">{t.t('grantsPublic.grant.report')}</h2>
      {report.text.split(/\n{2,}/).map((paragraph) => (
        <p key={paragraph}>{paragraph}</p>
      ))}
      {report.actualSpendOre !== null && (
        <p>{t.t('grantsPublic.grant.actualSpend', { amount: formatMoney(t, report.actualSpendOre) })}</p>
      )}
      {report.photos.length > 0 && (
        <ul class="nobullet-list">
          {report.photos.map((photo) => (
            <li key={photo.id}>
              <img
                src={photo.path}
                alt={
                  photo.alt === '' ? t.t('grantsPublic.grant.photoAlt', { title: grant.title }) : photo.alt
                }
                width={photo.width}
                height={photo.height}
                loading="lazy"
              />
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

/** One funded initiative: what it is, the money, the steps so far and the report. */
export function GrantPage({
  t,
  pool,
  grant,
  sponsors = [],
}: {
  t: Translator;
  pool: PublicPool;
  grant: PublicGrant;
  /** Sponsorship offers from the give-board, only those the give-board shows publicly. */
  sponsors?: SponsorshipOffer[];
}) {
  const poolBase = `/puljer/${encodeURIComponent(pool.slug)}`;
  return (
    <>
      <p>
        <a href={`${poolBase}/bevillinger`}>{t.t('grantsPublic.grant.back', { pool: pool.title })}</a>
      </p>
      <h1>{grant.title}</h1>
      {grant.idea.split(/\n{2,}/).map((paragraph) => (
        <p key={paragraph}>{paragraph}</p>
      ))}
      <Facts t={t} grant={grant} />
      {sponsors.length > 0 && (
        <dl>
          <SponsorList t={t} sponsors={sponsors} />
        </dl>
      )}
      <Report t={t} grant={grant} />
      <p>
        <a href={`${poolBase}/tal`}>{t.t('grantsPublic.grant.figuresLink', { pool: pool.title })}</a>
      </p>
    </>
  );
}
