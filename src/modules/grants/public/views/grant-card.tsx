import type { PublicGrant } from '#src/modules/grants/public/service.ts';
import { formatDate, formatMoney } from '#src/modules/grants/public/views/format.ts';
import type { Translator } from '#src/platform/i18n.ts';

/** "Sluseholmen Beboerforening" or "En beboer": never a private person's name. */
export function applicantName(t: Translator, grant: PublicGrant): string {
  return grant.applicant.kind === 'organisation'
    ? grant.applicant.name
    : t.t('grantsPublic.applicant.resident');
}

/** Where it happens, in words: the place and the area, or that it was not said. */
export function whereText(t: Translator, grant: PublicGrant): string {
  const parts = [grant.place?.name, grant.area?.name].filter((part) => part !== undefined);
  return parts.length === 0 ? t.t('grantsPublic.grant.nowhere') : parts.join(', ');
}

/** The dates of the steps taken so far, oldest first. */
export function milestones(t: Translator, grant: PublicGrant): Array<{ label: string; date: string }> {
  const steps: Array<[string | null, string]> = [
    [grant.submittedOn, t.t('grantsPublic.grant.submittedOn')],
    [grant.decidedOn, t.t('grantsPublic.grant.decidedOn')],
    [grant.paidOn, t.t('grantsPublic.grant.paidOn')],
    [grant.reportedOn, t.t('grantsPublic.grant.reportedOn')],
  ];
  return steps.flatMap(([date, label]) => (date === null ? [] : [{ label, date: formatDate(t, date) }]));
}

export function periodText(t: Translator, grant: PublicGrant): string | null {
  if (grant.startsOn === null) return null;
  if (grant.endsOn === null || grant.endsOn === grant.startsOn) return formatDate(t, grant.startsOn);
  return t.t('grantsPublic.grant.period', {
    from: formatDate(t, grant.startsOn),
    to: formatDate(t, grant.endsOn),
  });
}

/** One funded initiative in the pool's list. */
export function GrantCard({ t, grant }: { t: Translator; grant: PublicGrant }) {
  const period = periodText(t, grant);
  const last = milestones(t, grant).at(-1);
  return (
    <li class="app-grant-card" id={`bevilling-${grant.id}`}>
      <h3>
        <a href={grant.path}>{grant.title}</a>
      </h3>
      <p>
        <strong>{t.t(`grantsPublic.status.${grant.status}`)}</strong>
        {last !== undefined && ` (${last.date})`} · {t.t(`grantsPublic.category.${grant.category}`)} ·{' '}
        {whereText(t, grant)}
      </p>
      <p>
        {t.t('grantsPublic.grant.grantedBy', {
          amount: formatMoney(t, grant.grantedOre),
          applicant: applicantName(t, grant),
        })}
        {period !== null && ` · ${period}`}
      </p>
      {grant.report !== null && grant.report.text !== '' && (
        <p>
          <span class="sr-only">{t.t('grantsPublic.grant.report')}: </span>
          {summary(grant.report.text)}
        </p>
      )}
    </li>
  );
}

/** The first sentence or 200 characters of a report, for the list. */
function summary(text: string): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  if (flat.length <= 200) return flat;
  const cut = flat.slice(0, 200);
  return `${cut.slice(0, Math.max(cut.lastIndexOf(' '), 150))} …`;
}
