import { WeekCalendar } from '#src/modules/places/bookings/calendar-view.tsx';
import { HOST_NAME_MAX, PHONE_MAX, TITLE_MAX } from '#src/modules/places/bookings/limits.ts';
import type { WeekCalendarModel } from '#src/modules/places/bookings/week-calendar.ts';
import { formatDayWindows, type PlaceWithRules } from '#src/modules/places/rules.ts';
import { weekdayName } from '#src/platform/dates/format.ts';
import type { Translator } from '#src/platform/i18n.ts';
import { formatDuration } from '#src/platform/plurals.ts';
import { DateField, TimeField } from '#src/platform/views/date-field.tsx';
import {
  ErrorSummary,
  type FormState,
  fieldErrorText,
  PostForm,
  SelectField,
  TextField,
} from '#src/platform/views/forms.tsx';

export interface BookPageModel {
  place: PlaceWithRules;
  memberships: Array<{ organisationId: number; name: string }>;
  calendar: WeekCalendarModel;
  /** Managers book without approval. */
  instant: boolean;
  /** The request's local date, for the date fields' example. */
  today: string;
}

/** The place's rules in plain words, so people know before they try. */
export function RulesSummary({ t, place }: { t: Translator; place: PlaceWithRules }) {
  const { rules } = place;
  const days = [1, 2, 3, 4, 5, 6, 7].map((weekday) => ({
    weekday,
    text: formatDayWindows(rules.windows, weekday),
  }));
  return (
    <section aria-labelledby="regler-title">
      <h2 id="regler-title">{t.t('bookings.rules.title')}</h2>
      <dl>
        <dt>{t.t('bookings.rules.windows')}</dt>
        <dd>
          <ul class="nobullet-list">
            {days.map((day) => (
              <li key={day.weekday}>
                {weekdayName(t.locale, day.weekday)}:{' '}
                {day.text === '' ? t.t('bookings.rules.noWindow') : day.text}
              </li>
            ))}
          </ul>
        </dd>
        <dt>{t.t('bookings.rules.duration')}</dt>
        <dd>
          {t.t('bookings.rules.durationText', {
            min: formatDuration(t.locale, rules.minDurationMinutes),
            max: formatDuration(t.locale, rules.maxDurationMinutes),
          })}
        </dd>
        <dt>{t.t('bookings.rules.ahead')}</dt>
        <dd>
          {t.t('bookings.rules.aheadText', { notice: rules.minNoticeHours, days: rules.maxAdvanceDays })}
        </dd>
        <dt>{t.t('bookings.rules.approval')}</dt>
        <dd>{t.t(rules.approvalRequired ? 'bookings.rules.approvalRequired' : 'bookings.rules.instant')}</dd>
        <dt>{t.t('bookings.rules.cancellation')}</dt>
        <dd>{t.t('bookings.rules.cancellationText', { hours: rules.cancellationDeadlineHours })}</dd>
        {place.capacity !== null && (
          <>
            <dt>{t.t('bookings.rules.capacity')}</dt>
            <dd>{t.t('bookings.rules.capacityText', { capacity: place.capacity })}</dd>
          </>
        )}
        <dt>{t.t('bookings.rules.access')}</dt>
        <dd>{t.t(`bookings.access.${rules.keyHandover}`)}</dd>
      </dl>
    </section>
  );
}

/**
 * Who may book is checked against the booker's organisations. Someone with none has no field to
 * show the refusal at, so it stands here, where the error summary's link to `organisationId` lands.
 */
function NotAllowedMessage({ t, form }: { t: Translator; form: FormState }) {
  const error = fieldErrorText(t, form.errors, 'organisationId');
  if (error === null) return null;
  return (
    <div class="form-group form-error" id="organisationId" tabIndex={-1}>
      <p class="form-error-message">
        <span class="sr-only">{t.t('form.errorPrefix')} </span>
        {error}
      </p>
    </div>
  );
}

function BookingFields({ t, form, model }: { t: Translator; form: FormState; model: BookPageModel }) {
  const hostRequired = model.place.rules.responsibleHostRequired;
  return (
    <>
      <TextField
        t={t}
        form={form}
        name="title"
        label={t.t('bookings.field.title')}
        hint={t.t('bookings.field.titleHint')}
        maxLength={TITLE_MAX}
      />
      <DateField t={t} form={form} name="date" label={t.t('bookings.field.date')} today={model.today} />
      <TimeField t={t} form={form} name="startTime" label={t.t('bookings.field.startTime')} />
      <TimeField t={t} form={form} name="endTime" label={t.t('bookings.field.endTime')} />
      <TextField
        t={t}
        form={form}
        name="attendees"
        type="number"
        label={t.t('bookings.field.attendees')}
        maxLength={6}
      />
      {model.memberships.length === 0 && <NotAllowedMessage t={t} form={form} />}
      {model.memberships.length > 0 && (
        <SelectField
          t={t}
          form={form}
          name="organisationId"
          label={t.t('bookings.field.organisation')}
          optional
          options={[
            { value: '', label: t.t('bookings.field.organisationNone') },
            ...model.memberships.map((membership) => ({
              value: String(membership.organisationId),
              label: membership.name,
            })),
          ]}
        />
      )}
      <TextField
        t={t}
        form={form}
        name="responsibleHostName"
        label={t.t('bookings.field.host')}
        hint={t.t('bookings.field.hostHint')}
        optional={!hostRequired}
        maxLength={HOST_NAME_MAX}
      />
      <TextField
        t={t}
        form={form}
        name="responsibleHostPhone"
        type="tel"
        label={t.t('bookings.field.hostPhone')}
        optional
        maxLength={PHONE_MAX}
      />
      <SelectField
        t={t}
        form={form}
        name="repeat"
        label={t.t('bookings.field.repeat')}
        optional
        options={[
          { value: 'none', label: t.t('bookings.field.repeatNone') },
          { value: 'weekly', label: t.t('bookings.field.repeatWeekly') },
          { value: 'biweekly', label: t.t('bookings.field.repeatBiweekly') },
        ]}
      />
      <DateField
        t={t}
        form={form}
        name="until"
        label={t.t('bookings.field.until')}
        hint={t.t('bookings.field.untilHint')}
        optional
        today={model.today}
      />
    </>
  );
}

/** "Book lokale": the rules, the week calendar and the form (one booking or a weekly series). */
export function BookPage(props: { t: Translator; csrfToken: string; form: FormState; model: BookPageModel }) {
  const { t, form, model } = props;
  const { place } = model;
  const bookable = place.rules.accessMode === 'bookable' || place.rules.accessMode === 'on_request';
  return (
    <>
      <p>
        <a class="back-link" href={`/steder/${place.slug}`}>
          {place.name}
        </a>
      </p>
      <h1>{t.t('bookings.book.title', { place: place.name })}</h1>
      <p class="font-lead">{place.address}</p>
      {!bookable && (
        <div class="alert alert-info" role="status">
          <div class="alert-body">
            <p class="alert-text">
              {t.t(`bookings.problem.not_bookable.${place.rules.accessMode === 'open' ? 'open' : 'closed'}`)}
            </p>
          </div>
        </div>
      )}
      <RulesSummary t={t} place={place} />
      <WeekCalendar t={t} model={model.calendar} basePath={`/steder/${place.slug}/book`} />
      <p>
        <a href={`/steder/${place.slug}/ledige-tider`}>{t.t('bookings.freeSlots.link')}</a>
      </p>
      {bookable && (
        <section aria-labelledby="book-form-title">
          <h2 id="book-form-title">{t.t('bookings.book.formTitle')}</h2>
          <ErrorSummary t={t} errors={form.errors} />
          <PostForm action={`/steder/${place.slug}/book`} csrfToken={props.csrfToken}>
            <BookingFields t={t} form={form} model={model} />
            <button type="submit" class="button button-primary">
              {t.t(model.instant ? 'bookings.book.submitInstant' : 'bookings.book.submitRequest')}
            </button>
          </PostForm>
        </section>
      )}
    </>
  );
}

/** The same fields as hidden inputs, so the confirm step of a series posts what the person typed. */
export function HiddenBookingFields({ values }: { values: Record<string, string> }) {
  return (
    <>
      {Object.entries(values).map(([name, value]) => (
        <input key={name} type="hidden" name={name} value={value} />
      ))}
    </>
  );
}
