import { formatDkk } from '#src/modules/grants/amounts.ts';
import {
  ApplicationFacts,
  History,
  type HistoryEntry,
  PhotoList,
  type PhotoView,
} from '#src/modules/grants/applications/views/application-details.tsx';
import type { Application } from '#src/modules/grants/model.ts';
import type { SponsorshipOffer } from '#src/modules/grants/pools/sponsorships-service.ts';
import { Paragraphs, StatusBadge } from '#src/modules/grants/views/form-parts.tsx';
import type { Translator } from '#src/platform/i18n.ts';
import { ConfirmPage as SharedConfirmPage } from '#src/platform/views/confirm-page.tsx';
import { DataTable } from '#src/platform/views/table.tsx';

/** /mine-ansogninger: drafts to resume, applications in review, grants to report on. */
export function MyApplicationsPage({ t, applications }: { t: Translator; applications: Application[] }) {
  return (
    <>
      <h1>{t.t('grants.mine.title')}</h1>
      {applications.length === 0 ? (
        <p>
          {t.t('grants.mine.none')} <a href="/puljer">{t.t('grants.mine.findPool')}</a>
        </p>
      ) : (
        <DataTable
          caption={t.t('grants.mine.title')}
          captionHidden
          rows={applications}
          rowKey={(application) => application.id}
          columns={[
            {
              heading: t.t('grants.mine.column.title'),
              rowHeader: true,
              cell: (application) => <a href={`/mine-ansogninger/${application.id}`}>{application.title}</a>,
            },
            { heading: t.t('grants.mine.column.pool'), cell: (application) => application.poolTitle },
            {
              heading: t.t('grants.mine.column.status'),
              cell: (application) => <StatusBadge t={t} status={application.status} />,
            },
            {
              heading: t.t('grants.mine.column.amount'),
              cell: (application) => formatDkk(t, application.grantedOre ?? application.requestedOre),
            },
            {
              heading: t.t('grants.mine.column.next'),
              cell: (application) => <NextStep t={t} application={application} />,
            },
          ]}
        />
      )}
    </>
  );
}

function NextStep({ t, application }: { t: Translator; application: Application }) {
  const base = `/mine-ansogninger/${application.id}`;
  if (application.status === 'draft') return <a href={`${base}/rediger`}>{t.t('grants.mine.resume')}</a>;
  if (application.status === 'needs_info') return <a href={`${base}/rediger`}>{t.t('grants.mine.answer')}</a>;
  if (application.status === 'paid') return <a href={`${base}/rapport`}>{t.t('grants.mine.report')}</a>;
  return null;
}

export interface OwnApplicationModel {
  application: Application;
  question: string | null;
  photos: PhotoView[];
  events: HistoryEntry[];
  /** Sponsorship offers from the give-board the application links. */
  sponsors: SponsorshipOffer[];
  canWithdraw: boolean;
}

function StatusNotice({ t, model }: { t: Translator; model: OwnApplicationModel }) {
  const { application } = model;
  switch (application.status) {
    case 'draft':
      return <p class="alert alert-info">{t.t('grants.own.draft')}</p>;
    case 'submitted':
      return <p class="alert alert-info">{t.t('grants.own.submitted', { days: application.targetDays })}</p>;
    case 'needs_info':
      return (
        <div class="alert alert-warning">
          <div class="alert-body">
            <p class="alert-heading">{t.t('grants.own.needsInfo')}</p>
            <p class="alert-text">{model.question ?? ''}</p>
          </div>
        </div>
      );
    case 'approved':
      return (
        <p class="alert alert-success">
          {t.t('grants.own.approved', { amount: formatDkk(t, application.grantedOre ?? 0) })}
        </p>
      );
    case 'rejected':
      return (
        <div class="alert alert-error">
          <div class="alert-body">
            <p class="alert-heading">{t.t('grants.own.rejected')}</p>
            <p class="alert-text">{application.decisionReason ?? ''}</p>
          </div>
        </div>
      );
    case 'paid':
      return <p class="alert alert-success">{t.t('grants.own.paid', { date: application.endsOn ?? '' })}</p>;
    case 'reported':
      return <p class="alert alert-success">{t.t('grants.own.reported')}</p>;
    case 'withdrawn':
      return <p class="alert alert-info">{t.t('grants.own.withdrawn')}</p>;
  }
}

/** After a grant: a smaller amount than asked for, and the reviewers' reason when they gave one. */
function DecisionNote({
  t,
  application,
}: {
  t: Translator;
  application: OwnApplicationModel['application'];
}) {
  if (!['approved', 'paid', 'reported'].includes(application.status)) return null;
  const partial = application.grantedOre !== null && application.grantedOre < application.requestedOre;
  if (!partial && application.decisionReason === null) return null;
  return (
    <section aria-labelledby="begrundelse">
      <h2 id="begrundelse">{t.t('grants.own.decisionReason')}</h2>
      {partial && <p>{t.t('grants.own.partial', { requested: application.requestedOre })}</p>}
      {application.decisionReason !== null && <Paragraphs text={application.decisionReason} />}
    </section>
  );
}

/** /mine-ansogninger/:id: the applicant's view – status, decision and reason, what to do next. */
export function OwnApplicationPage({ t, model }: { t: Translator; model: OwnApplicationModel }) {
  const { application } = model;
  const base = `/mine-ansogninger/${application.id}`;
  const editable = application.status === 'draft' || application.status === 'needs_info';
  return (
    <>
      <h1>{application.title}</h1>
      <p class="font-lead">
        {application.poolTitle} · <StatusBadge t={t} status={application.status} />
      </p>
      <StatusNotice t={t} model={model} />
      <DecisionNote t={t} application={application} />
      <ul class="nobullet-list">
        {editable && (
          <li>
            <a href={`${base}/rediger`}>
              {t.t(application.status === 'draft' ? 'grants.mine.resume' : 'grants.mine.answer')}
            </a>
          </li>
        )}
        {editable || application.status === 'submitted' ? (
          <li>
            <a href={`${base}/fotos`}>{t.t('grants.own.photos')}</a>
          </li>
        ) : null}
        {(application.status === 'paid' || application.status === 'reported') && (
          <li>
            <a href={`${base}/rapport`}>
              {t.t(application.status === 'paid' ? 'grants.mine.report' : 'grants.own.editReport')}
            </a>
          </li>
        )}
        {model.canWithdraw && (
          <li>
            <a href={`${base}/tilbagetraek`}>{t.t('grants.own.withdraw')}</a>
          </li>
        )}
        {application.status === 'draft' && (
          <li>
            <a href={`${base}/slet`}>{t.t('grants.own.deleteDraft')}</a>
          </li>
        )}
      </ul>
      <ApplicationFacts t={t} application={application} sponsors={model.sponsors} />
      {application.reportText !== null && (
        <>
          <h2>{t.t('grants.report.title')}</h2>
          <Paragraphs text={application.reportText} />
          <p>{t.t('grants.report.spent', { amount: formatDkk(t, application.actualSpendOre ?? 0) })}</p>
        </>
      )}
      <PhotoList photos={model.photos} />
      <History t={t} events={model.events} />
    </>
  );
}

/** Asks before withdrawing an application or deleting a draft: names it, and who is told. */
export function ConfirmPage({
  t,
  csrfToken,
  application,
  action,
  kind,
}: {
  t: Translator;
  csrfToken: string;
  application: Application;
  action: string;
  kind: 'withdraw' | 'delete';
}) {
  const told =
    kind === 'delete'
      ? []
      : [
          t.t('grants.withdraw.toldReviewers'),
          ...(application.status === 'approved' ? [t.t('grants.withdraw.grantReturns')] : []),
        ];
  return (
    <SharedConfirmPage
      t={t}
      csrfToken={csrfToken}
      heading={t.t(kind === 'withdraw' ? 'grants.withdraw.heading' : 'grants.delete.heading')}
      facts={[
        { label: t.t('grants.form.title'), value: application.title },
        { label: t.t('grants.mine.column.pool'), value: application.poolTitle },
        { label: t.t('grants.mail.line.requested'), value: formatDkk(t, application.requestedOre) },
      ]}
      told={told}
      final={kind === 'delete'}
      action={action}
      submitLabel={t.t(kind === 'withdraw' ? 'grants.withdraw.submit' : 'grants.delete.submit')}
      backHref={`/mine-ansogninger/${application.id}`}
    />
  );
}
