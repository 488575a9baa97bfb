import { CANCEL_REASON_MAX } from '#src/modules/activities/limits.ts';
import type { Occurrence } from '#src/modules/activities/model.ts';
import type { ActivityPageModel } from '#src/modules/activities/page-service.ts';
import { kindLabelKey } from '#src/modules/activities/templates.ts';
import {
  languageNames,
  organiserText,
  seatsText,
  tagLabels,
  Where,
  whenText,
} from '#src/modules/activities/views/parts.tsx';
import type { Translator } from '#src/platform/i18n.ts';
import { PostForm } from '#src/platform/views/forms.tsx';

function recurrenceText(t: Translator, model: ActivityPageModel): string | null {
  const { recurrence } = model.activity;
  if (recurrence === null) return null;
  const how = t.t(`activities.repeat.${recurrence.repeat}`);
  return recurrence.until === null ? how : t.t('activities.repeat.until', { how, until: recurrence.until });
}

function OccurrenceRow({
  t,
  model,
  occurrence,
  loggedIn,
  csrfToken,
  selected,
}: {
  t: Translator;
  model: ActivityPageModel;
  occurrence: Occurrence;
  loggedIn: boolean;
  csrfToken: string;
  selected: boolean;
}) {
  const id = model.activity.id;
  const mine = model.mine.get(occurrence.key);
  const open = !occurrence.cancelled && occurrence.endsAt > model.now;
  const seats = seatsText(t, occurrence);
  const full =
    seats !== null &&
    occurrence.activity.capacity !== null &&
    occurrence.joined >= occurrence.activity.capacity;
  return (
    <li class="app-occurrence" aria-current={selected ? 'true' : undefined}>
      <p>
        <strong>{whenText(t, occurrence.startsAt, occurrence.endsAt)}</strong>
        {occurrence.moved && ` (${t.t('activities.moved')})`}
        {occurrence.cancelled && <span class="badge badge-large"> {t.t('activities.cancelled')}</span>}
        {!occurrence.cancelled && seats !== null && ` · ${seats}`}
        {!occurrence.cancelled &&
          occurrence.waiting > 0 &&
          ` · ${t.plural(occurrence.waiting, 'activities.seats.waiting.one', 'activities.seats.waiting.other')}`}
      </p>
      {open && mine !== undefined && mine !== 'cancelled' && (
        <PostForm action={`/aktiviteter/${id}/afmeld`} csrfToken={csrfToken}>
          <p>{t.t(`activities.page.youAre.${mine}`)}</p>
          <input type="hidden" name="gang" value={String(occurrence.key)} />
          <button class="button button-secondary" type="submit">
            {t.t('activities.page.leave')}
          </button>
        </PostForm>
      )}
      {open && (mine === undefined || mine === 'cancelled') && loggedIn && (
        <PostForm action={`/aktiviteter/${id}/tilmeld`} csrfToken={csrfToken}>
          <input type="hidden" name="gang" value={String(occurrence.key)} />
          <button class="button button-primary" type="submit">
            {full ? t.t('activities.page.joinWaitingList') : t.t('activities.page.join')}
          </button>
        </PostForm>
      )}
      {open && !loggedIn && (
        <p>
          <a class="button button-primary" href={`/aktiviteter/${id}/tilmeld?gang=${occurrence.key}`}>
            {full ? t.t('activities.page.joinWaitingList') : t.t('activities.page.join')}
          </a>
        </p>
      )}
      {model.canManage && (
        <p>
          <a href={`/aktiviteter/${id}/deltagere?gang=${occurrence.key}`}>
            {t.t('activities.page.participantsOf', { count: occurrence.joined })}
          </a>
          {model.activity.rrule !== null && !occurrence.cancelled && (
            <>
              {' · '}
              <a href={`/aktiviteter/${id}/gang?gang=${occurrence.key}`}>
                {t.t('activities.page.changeOccurrence')}
              </a>
            </>
          )}
        </p>
      )}
    </li>
  );
}

function Facts({ t, model }: { t: Translator; model: ActivityPageModel }) {
  const { activity } = model;
  const tags = tagLabels(t, activity);
  const recurrence = recurrenceText(t, model);
  return (
    <dl class="app-facts">
      <dt>{t.t('activities.field.kind')}</dt>
      <dd>{t.t(kindLabelKey(activity.kind))}</dd>
      {recurrence !== null && (
        <>
          <dt>{t.t('activities.field.repeat')}</dt>
          <dd>{recurrence}</dd>
        </>
      )}
      <dt>{t.t('activities.field.where')}</dt>
      <dd>
        <Where t={t} activity={activity} />
        {activity.neighbourhood !== null && ` (${activity.neighbourhood.name})`}
        {activity.addressVisibility === 'participants' && activity.locationKind !== 'place' && (
          <span class="d-block form-hint">
            {activity.addressWithheld
              ? t.t('activities.page.addressWithheld')
              : t.t('activities.page.addressParticipantsOnly')}
          </span>
        )}
      </dd>
      <dt>{t.t('activities.field.organiser')}</dt>
      <dd>
        {activity.organisation === null ? (
          organiserText(t, activity)
        ) : (
          <a href={`/organisationer/${encodeURIComponent(activity.organisation.slug)}`}>
            {activity.organisation.name}
          </a>
        )}
        {model.cohosts.length > 0 &&
          ` · ${t.t('activities.page.cohosts', { names: model.cohosts.join(', ') })}`}
      </dd>
      {tags.length > 0 && (
        <>
          <dt>{t.t('activities.field.tags')}</dt>
          <dd>{tags.join(', ')}</dd>
        </>
      )}
      <dt>{t.t('activities.field.languages')}</dt>
      <dd>{languageNames(t, activity.languages)}</dd>
      <dt>{t.t('activities.field.capacity')}</dt>
      <dd>
        {activity.capacity === null
          ? t.t('activities.page.noLimit')
          : t.plural(activity.capacity, 'activities.page.capacity.one', 'activities.page.capacity.other')}
      </dd>
    </dl>
  );
}

function OrganiserTools({
  t,
  model,
  csrfToken,
}: {
  t: Translator;
  model: ActivityPageModel;
  csrfToken: string;
}) {
  const { activity } = model;
  return (
    <section aria-labelledby="tools-title" class="app-organiser-tools">
      <h2 id="tools-title">{t.t('activities.page.tools')}</h2>
      {model.bookingStatuses.length > 0 && (
        <p>
          {t.t('activities.page.booking', {
            status: [...new Set(model.bookingStatuses)]
              .map((status) => t.t(`bookings.status.${status as 'approved'}`))
              .join(', '),
          })}
        </p>
      )}
      <ul>
        {!activity.cancelled && (
          <li>
            <a href={`/aktiviteter/${activity.id}/rediger`}>{t.t('activities.page.edit')}</a>
          </li>
        )}
        <li>
          <a href={`/aktiviteter/${activity.id}/deltagere`}>{t.t('activities.page.participants')}</a>
        </li>
        <li>
          {t.t('activities.page.participantsCsv')}:{' '}
          <a href={`/aktiviteter/${activity.id}/deltagere.csv?format=excel`}>{t.t('common.csv.excel')}</a> ·{' '}
          <a href={`/aktiviteter/${activity.id}/deltagere.csv`}>{t.t('common.csv.rfc')}</a>
        </li>
      </ul>
      {!activity.cancelled && (
        <PostForm action={`/aktiviteter/${activity.id}/aflys`} csrfToken={csrfToken}>
          <div class="form-group">
            <label class="form-label" for="reason">
              {t.t('activities.page.cancelReason')}
              <span class="weight-normal"> {t.t('form.optional')}</span>
            </label>
            <span class="form-hint" id="reason-hint">
              {t.t('activities.page.cancelHint')}
            </span>
            <textarea
              class="form-input"
              id="reason"
              name="reason"
              rows={3}
              maxLength={CANCEL_REASON_MAX}
              aria-describedby="reason-hint"
            />
          </div>
          <button class="button button-secondary" type="submit">
            {activity.rrule === null ? t.t('activities.page.cancel') : t.t('activities.page.cancelSeries')}
          </button>
        </PostForm>
      )}
    </section>
  );
}

/** An activity's page: what, when, where, who; join or leave each occurrence; organiser tools. */
export function ActivityPage({
  t,
  model,
  loggedIn,
  csrfToken,
  selected,
}: {
  t: Translator;
  model: ActivityPageModel;
  loggedIn: boolean;
  csrfToken: string;
  selected: number | null;
}) {
  const { activity } = model;
  return (
    <>
      <h1>{activity.title}</h1>
      {activity.cancelled && (
        <div class="alert alert-warning" role="status">
          <div class="alert-body">
            <p class="alert-heading">{t.t('activities.page.cancelledHeading')}</p>
            {activity.cancelReason !== '' && <p class="alert-text">{activity.cancelReason}</p>}
          </div>
        </div>
      )}
      <Facts t={t} model={model} />
      {activity.description
        .split(/\n\s*\n/)
        .filter((part) => part.trim() !== '')
        .map((paragraph) => (
          <p key={paragraph}>{paragraph}</p>
        ))}
      <h2>{activity.rrule === null ? t.t('activities.page.when') : t.t('activities.page.nextTimes')}</h2>
      {model.occurrences.length === 0 ? (
        <p>{t.t('activities.page.noMoreTimes')}</p>
      ) : (
        <ul class="nobullet-list app-occurrences">
          {model.occurrences.map((occurrence) => (
            <OccurrenceRow
              key={occurrence.key}
              t={t}
              model={model}
              occurrence={occurrence}
              loggedIn={loggedIn}
              csrfToken={csrfToken}
              selected={occurrence.key === selected}
            />
          ))}
        </ul>
      )}
      {activity.rrule !== null && <p class="form-hint">{t.t('activities.page.seriesJoinHint')}</p>}
      {model.canManage && <OrganiserTools t={t} model={model} csrfToken={csrfToken} />}
      <ul class="nobullet-list">
        <li>
          <a href={`/aktiviteter/${activity.id}/kalender.ics`}>{t.t('activities.page.addToCalendar')}</a>
        </li>
        <li>
          <a href={`/rapporter?type=activity&id=${activity.id}`}>{t.t('activities.page.report')}</a>
        </li>
      </ul>
    </>
  );
}
