import { ActivityNav } from '#src/modules/activities/finding/views/list-page.tsx';
import type { Occurrence } from '#src/modules/activities/model.ts';
import { OccurrenceCard } from '#src/modules/activities/views/parts.tsx';
import type { Translator } from '#src/platform/i18n.ts';

export interface NearPageModel {
  neighbourhoods: Array<{ slug: string; name: string }>;
  chosen: string;
  lat: string;
  lon: string;
  /** null until a neighbourhood or point is given. */
  results: Array<{ occurrence: Occurrence; metres: number | null }> | null;
  pointError: boolean;
}

/** "Denne uge nær mig": this week's activities nearest a neighbourhood or a typed point. */
export function NearPage({ t, model }: { t: Translator; model: NearPageModel }) {
  return (
    <>
      <h1>{t.t('activities.near.title')}</h1>
      <ActivityNav t={t} query="" current="near" />
      <p class="font-lead">{t.t('activities.near.lead')}</p>
      <form method="get" action="/aktiviteter/naer-mig">
        <div class="form-group">
          <label class="form-label" for="omraade">
            {t.t('activities.near.neighbourhood')}
          </label>
          <select class="form-select" id="omraade" name="omraade">
            <option value="">{t.t('activities.near.choose')}</option>
            {model.neighbourhoods.map((area) => (
              <option key={area.slug} value={area.slug} selected={area.slug === model.chosen}>
                {area.name}
              </option>
            ))}
          </select>
        </div>
        <details open={model.lat !== '' || model.pointError}>
          <summary>{t.t('activities.near.orPoint')}</summary>
          <div class={model.pointError ? 'form-group form-error' : 'form-group'}>
            {model.pointError && (
              <span class="form-error-message" id="lat-error">
                <span class="sr-only">{t.t('form.errorPrefix')} </span>
                {t.t('activities.validation.point')}
              </span>
            )}
            <label class="form-label" for="lat">
              {t.t('activities.field.lat')}
            </label>
            <input
              class="form-input input-width-s"
              id="lat"
              name="lat"
              value={model.lat}
              aria-invalid={model.pointError ? 'true' : undefined}
              aria-describedby={model.pointError ? 'lat-error' : undefined}
            />
            <label class="form-label" for="lon">
              {t.t('activities.field.lon')}
            </label>
            <input
              class="form-input input-width-s"
              id="lon"
              name="lon"
              value={model.lon}
              aria-invalid={model.pointError ? 'true' : undefined}
              aria-describedby={model.pointError ? 'lat-error' : undefined}
            />
          </div>
        </details>
        <button class="button button-secondary" type="submit">
          {t.t('activities.near.show')}
        </button>
      </form>
      {model.results !== null && (
        <>
          <h2 aria-live="polite">
            {t.plural(model.results.length, 'activities.list.count.one', 'activities.list.count.other')}
          </h2>
          {model.results.length === 0 ? (
            <p>{t.t('activities.near.none')}</p>
          ) : (
            <ul class="nobullet-list app-activity-list">
              {model.results.map(({ occurrence, metres }) => (
                <OccurrenceCard
                  key={`${occurrence.activity.id}:${occurrence.key}`}
                  t={t}
                  occurrence={occurrence}
                  extra={
                    metres === null
                      ? undefined
                      : t.t('activities.near.distance', { metres: t.number(Math.round(metres / 50) * 50) })
                  }
                />
              ))}
            </ul>
          )}
        </>
      )}
    </>
  );
}
