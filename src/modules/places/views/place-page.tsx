import type { ComponentChildren } from 'preact';
import type { PlacePageModel } from '#src/modules/places/listing-service.ts';
import { formatDayWindows } from '#src/modules/places/rules.ts';
import { WEEKDAYS } from '#src/modules/places/rules-input.ts';
import { isFacility } from '#src/modules/places/validation.ts';
import { formatDate } from '#src/platform/dates/format.ts';
import type { Translator } from '#src/platform/i18n.ts';
import { type PageSection, PageSections } from '#src/platform/views/page-sections.tsx';
import { FactsTable } from '#src/platform/views/table.tsx';

function Hours({ t, model }: { t: Translator; model: PlacePageModel }) {
  const { rules } = model.place;
  const open = rules.accessMode === 'open';
  if (rules.accessMode === 'closed' || rules.windows.length === 0) return null;
  return (
    <section aria-labelledby="hours-title">
      <h2 id="hours-title">{open ? t.t('places.page.openingHours') : t.t('places.page.bookingWindows')}</h2>
      <FactsTable
        caption={open ? t.t('places.page.openingHours') : t.t('places.page.bookingWindows')}
        captionHidden
        compact
        facts={WEEKDAYS.map((weekday) => {
          const text = formatDayWindows(rules.windows, weekday);
          return {
            label: t.t(`places.weekday.${weekday}`),
            value: text === '' ? t.t('places.page.closedDay') : text,
          };
        })}
      />
      {rules.closedDates.length > 0 && (
        <>
          <h3>{t.t('places.page.closedDates')}</h3>
          <ul>
            {rules.closedDates.map((closed) => (
              <li key={closed.date}>
                {formatDate(t.locale, closed.date)}
                {closed.reason !== '' && ` – ${closed.reason}`}
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}

function BookingRules({ t, model }: { t: Translator; model: PlacePageModel }) {
  const { rules, organisationName } = model.place;
  if (rules.accessMode !== 'bookable' && rules.accessMode !== 'on_request') return null;
  const items = [
    t.t('places.page.rule.duration', { min: rules.minDurationMinutes, max: rules.maxDurationMinutes }),
    t.t('places.page.rule.advance', { days: rules.maxAdvanceDays }),
    t.t('places.page.rule.notice', { hours: rules.minNoticeHours }),
    rules.bufferMinutes > 0 ? t.t('places.page.rule.buffer', { minutes: rules.bufferMinutes }) : null,
    rules.approvalRequired ? t.t('places.page.rule.approval') : t.t('places.page.rule.instant'),
    rules.responsibleHostRequired ? t.t('places.page.rule.host') : null,
    t.t('places.page.rule.cancellation', { hours: rules.cancellationDeadlineHours }),
    rules.bookerScope === 'org_kinds'
      ? t.t('places.page.rule.scopeKinds', {
          kinds: rules.allowedKinds.map((kind) => t.t(`organisations.kind.${kind}`)).join(', '),
        })
      : rules.bookerScope === 'own_members'
        ? t.t('places.page.rule.scopeOwn', { name: organisationName })
        : null,
    `${t.t('places.page.keys')}: ${t.t(`places.key.${rules.keyHandover}`)}`,
  ].filter((item) => item !== null);
  return (
    <section aria-labelledby="rules-title">
      <h2 id="rules-title">{t.t('places.page.bookingRules')}</h2>
      <ul>
        {items.map((item) => (
          <li key={item}>{item}</li>
        ))}
      </ul>
    </section>
  );
}

function Facts({ t, model }: { t: Translator; model: PlacePageModel }) {
  const { place } = model;
  const yesNo = (value: boolean) => (value ? t.t('places.page.yes') : t.t('places.page.no'));
  const area = [model.neighbourhood?.name, model.district?.name]
    .filter((name) => name !== undefined)
    .join(', ');
  return (
    <section aria-labelledby="facts-title">
      <h2 id="facts-title">{t.t('places.page.facts')}</h2>
      <FactsTable
        caption={t.t('places.page.facts')}
        captionHidden
        facts={[
          { label: t.t('places.page.address'), value: place.address },
          area !== '' && { label: t.t('places.page.area'), value: area },
          {
            label: t.t('places.page.capacity'),
            value:
              place.capacity === null
                ? t.t('places.page.capacityNone')
                : t.plural(place.capacity, 'places.page.persons.one', 'places.page.persons.other'),
          },
          {
            label: t.t('places.page.facilities'),
            value:
              place.facilities.length === 0
                ? t.t('places.page.noFacilities')
                : place.facilities
                    .map((facility) => (isFacility(facility) ? t.t(`places.facility.${facility}`) : facility))
                    .join(', '),
          },
          { label: t.t('places.field.stepFree'), value: yesNo(place.stepFree) },
          { label: t.t('places.field.accessibleToilet'), value: yesNo(place.accessibleToilet) },
          { label: t.t('places.field.hearingLoop'), value: yesNo(place.hearingLoop) },
          { label: t.t('places.page.access'), value: t.t(`places.access.${place.rules.accessMode}`) },
          place.priceNote !== '' && { label: t.t('places.page.price'), value: place.priceNote },
        ]}
      />
      <p class="form-hint">{t.t('places.page.coordinates', { lat: place.lat, lon: place.lon })}</p>
    </section>
  );
}

/** The place page: facts, accessibility, rules, hours, photos and the week calendar's slot. */
export function PlacePage({
  t,
  model,
  calendar,
  sections,
}: {
  t: Translator;
  model: PlacePageModel;
  calendar: ComponentChildren;
  /** What other modules add to the page (the activities held here). */
  sections: readonly PageSection[];
}) {
  const { place } = model;
  return (
    <>
      <h1>{place.name}</h1>
      <p class="font-lead">
        {t.t(`places.kind.${place.kind}`)} ·{' '}
        <a href={`/organisationer/${encodeURIComponent(place.organisationSlug)}`}>
          {t.t('places.page.owner', { name: place.organisationName })}
        </a>
      </p>
      {model.canManage && (
        <p>
          <a class="button button-secondary" href={`/steder/${encodeURIComponent(place.slug)}/rediger`}>
            {t.t('places.page.edit')}
          </a>
        </p>
      )}
      {place.rules.accessMode === 'closed' && (
        <div class="alert alert-warning" role="note">
          <div class="alert-body">
            <p class="alert-heading">{t.t('places.page.closedTitle')}</p>
            <p class="alert-text">{t.t('places.page.closedBody', { reason: place.rules.closedReason })}</p>
          </div>
        </div>
      )}
      {place.description !== '' && <p class="app-preline">{place.description}</p>}
      <Facts t={t} model={model} />
      <Hours t={t} model={model} />
      <BookingRules t={t} model={model} />
      {calendar}
      <PageSections t={t} slug={place.slug} sections={sections} />
      {place.houseRules !== '' && (
        <section aria-labelledby="house-rules-title">
          <h2 id="house-rules-title">{t.t('places.page.houseRules')}</h2>
          <p class="app-preline">{place.houseRules}</p>
        </section>
      )}
      {model.photos.length > 0 && (
        <section aria-labelledby="photos-title">
          <h2 id="photos-title">{t.t('places.page.photos')}</h2>
          <ul class="nobullet-list app-photos">
            {model.photos.map((photo) => (
              <li key={photo.id}>
                <img
                  src={photo.url}
                  alt={photo.altText}
                  width={photo.width}
                  height={photo.height}
                  loading="lazy"
                />
              </li>
            ))}
          </ul>
        </section>
      )}
    </>
  );
}
