import { formatDkk } from '#src/modules/grants/amounts.ts';
import type { Application, PhotoView } from '#src/modules/grants/model.ts';

export type { PhotoView };

import type { SponsorshipOffer } from '#src/modules/grants/pools/sponsorships-service.ts';
import { SponsorList } from '#src/modules/grants/pools/views/sponsor-parts.tsx';
import type { ApplicationStatus } from '#src/modules/grants/tables.ts';
import { CATEGORY_LABELS, Paragraphs, STATUS_LABELS } from '#src/modules/grants/views/form-parts.tsx';
import { formatDateRange } from '#src/platform/dates/format.ts';
import type { Translator } from '#src/platform/i18n.ts';
import { DataTable } from '#src/platform/views/table.tsx';

export interface HistoryEntry {
  id: number;
  from_status: ApplicationStatus | null;
  to_status: ApplicationStatus;
  created_at: number;
  actor_name: string | null;
}

function whereText(t: Translator, application: Application): string {
  const parts = [application.placeName, application.areaName, application.whereText].filter(
    (part): part is string => part !== null && part !== '',
  );
  if (application.lat !== null && application.lon !== null) {
    parts.push(
      t.t('grants.details.point', { lat: application.lat.toFixed(5), lon: application.lon.toFixed(5) }),
    );
  }
  return parts.length === 0 ? t.t('grants.details.notGiven') : parts.join(', ');
}

/** The facts of an application, the same for the applicant and the reviewers. */
export function ApplicationFacts({
  t,
  application,
  sponsors = [],
}: {
  t: Translator;
  application: Application;
  sponsors?: SponsorshipOffer[];
}) {
  const total = application.budgetLines.reduce((sum, line) => sum + line.amountOre, 0);
  return (
    <>
      <h2>{t.t('grants.details.ideaTitle')}</h2>
      {application.idea === '' ? (
        <p>{t.t('grants.details.notGiven')}</p>
      ) : (
        <Paragraphs text={application.idea} />
      )}
      <dl>
        <dt>{t.t('grants.form.category')}</dt>
        <dd>{t.t(CATEGORY_LABELS[application.category])}</dd>
        <dt>{t.t('grants.details.where')}</dt>
        <dd>{whereText(t, application)}</dd>
        <dt>{t.t('grants.details.when')}</dt>
        <dd>
          {application.startsOn !== null && application.endsOn !== null
            ? formatDateRange(t.locale, application.startsOn, application.endsOn)
            : t.t('grants.details.notGiven')}
        </dd>
        <dt>{t.t('grants.form.applicant')}</dt>
        <dd>
          {application.applicantName ?? t.t('accounts.deletedUser')}
          {application.organisationName !== null && ` (${application.organisationName})`}
        </dd>
        <dt>{t.t('grants.form.requested')}</dt>
        <dd>{formatDkk(t, application.requestedOre)}</dd>
        <dt>{t.t('grants.form.cofunding')}</dt>
        <dd>{formatDkk(t, application.cofundingOre)}</dd>
        <SponsorList t={t} sponsors={sponsors} />
        {application.sponsorNote !== '' && (
          <>
            <dt>{t.t('grants.form.sponsorNote')}</dt>
            <dd>{application.sponsorNote}</dd>
          </>
        )}
        {application.grantedOre !== null && (
          <>
            <dt>{t.t('grants.details.granted')}</dt>
            <dd>{formatDkk(t, application.grantedOre)}</dd>
          </>
        )}
      </dl>
      <DataTable
        caption={t.t('grants.details.budgetCaption')}
        compact
        rows={[
          ...application.budgetLines.map((line) => ({
            description: line.description,
            amountOre: line.amountOre,
          })),
          { description: t.t('grants.details.total'), amountOre: total },
        ]}
        rowKey={(_line, index) => index}
        columns={[
          { heading: t.t('grants.details.lineColumn'), rowHeader: true, cell: (line) => line.description },
          {
            heading: t.t('grants.details.amountColumn'),
            numeric: true,
            cell: (line) => formatDkk(t, line.amountOre),
          },
        ]}
      />
    </>
  );
}

/** Shown at most this wide in pages; the stored file is larger. */
const PHOTO_WIDTH = 480;

export function PhotoList({ photos }: { photos: PhotoView[] }) {
  if (photos.length === 0) return null;
  return (
    <ul class="nobullet-list">
      {photos.map((photo) => (
        <li key={photo.id}>
          <img
            src={photo.url}
            alt={photo.altText}
            width={Math.min(PHOTO_WIDTH, photo.width)}
            height={Math.round((photo.height * Math.min(PHOTO_WIDTH, photo.width)) / photo.width)}
            loading="lazy"
          />
          <p>{photo.altText}</p>
        </li>
      ))}
    </ul>
  );
}

/** Every change of state with who and when: the clock of "how quick is quick". */
export function History({ t, events }: { t: Translator; events: HistoryEntry[] }) {
  return (
    <DataTable
      caption={t.t('grants.details.historyCaption')}
      compact
      rows={events}
      rowKey={(event) => event.id}
      columns={[
        {
          heading: t.t('grants.details.historyWhen'),
          cell: (event) => t.dateTime(event.created_at, { dateStyle: 'medium', timeStyle: 'short' }),
        },
        {
          heading: t.t('grants.details.historyStatus'),
          cell: (event) => t.t(STATUS_LABELS[event.to_status]),
        },
        {
          heading: t.t('grants.details.historyWho'),
          cell: (event) => event.actor_name ?? t.t('accounts.deletedUser'),
        },
      ]}
    />
  );
}
