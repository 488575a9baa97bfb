import type { ResolvedPoint } from '#src/modules/areas/service.ts';
import type { Translator } from '#src/platform/i18n.ts';
import { ErrorSummary, type FormState, TextField } from '#src/platform/views/forms.tsx';

/** The "find my area" form: a GET form that works without JavaScript. */
export function FindAreaForm({ t, form }: { t: Translator; form: FormState }) {
  return (
    <form method="get" action="/bydele/find" noValidate data-module="app-locate">
      <TextField
        t={t}
        form={form}
        name="lat"
        label={t.t('areas.find.lat')}
        hint={t.t('areas.find.latHint')}
        maxLength={30}
      />
      <TextField
        t={t}
        form={form}
        name="lon"
        label={t.t('areas.find.lon')}
        hint={t.t('areas.find.lonHint')}
        maxLength={30}
      />
      <p
        class="app-locate__status"
        role="status"
        data-locating={t.t('areas.find.locating')}
        data-failed={t.t('areas.find.locationFailed')}
      />
      <button type="submit" class="button button-primary">
        {t.t('areas.find.submit')}
      </button>{' '}
      <button type="button" class="button button-secondary app-locate__button" hidden>
        {t.t('areas.find.useLocation')}
      </button>
    </form>
  );
}

export interface FindResult {
  lat: number;
  lon: number;
  resolved: ResolvedPoint;
  /** Where the point would be with latitude and longitude swapped, when that finds a district. */
  swapped: ResolvedPoint | null;
}

function formatDegrees(t: Translator, value: number): string {
  return t.number(value, { maximumFractionDigits: 6 });
}

function FindResultSection({ t, result }: { t: Translator; result: FindResult }) {
  const { district, neighbourhood } = result.resolved;
  const point = { lat: formatDegrees(t, result.lat), lon: formatDegrees(t, result.lon) };
  const swappedDistrict = result.swapped?.district ?? null;
  return (
    <section aria-labelledby="find-result">
      <h2 id="find-result">{t.t('areas.find.resultHeading')}</h2>
      {district === null ? (
        <div class="alert alert-warning" role="status">
          <div class="alert-body">
            <p class="alert-text">{t.t('areas.find.outside', point)}</p>
            {swappedDistrict !== null && (
              <p class="alert-text">
                {t.t('areas.find.swapHint', { district: swappedDistrict.name })}{' '}
                <a href={`/bydele/find?lat=${result.lon}&lon=${result.lat}`}>{t.t('areas.find.swapLink')}</a>
              </p>
            )}
          </div>
        </div>
      ) : (
        <div class="alert alert-success" role="status">
          <div class="alert-body">
            <p class="alert-text">{t.t('areas.find.inDistrict', { ...point, district: district.name })}</p>
            <p class="alert-text">
              {neighbourhood === null
                ? t.t('areas.find.noNeighbourhood')
                : t.t('areas.find.inNeighbourhood', { neighbourhood: neighbourhood.name })}
            </p>
          </div>
        </div>
      )}
      {district !== null && (
        <ul>
          {[district, neighbourhood].map(
            (area) =>
              area !== null && (
                <li key={area.slug}>
                  <a href={area.path}>{t.t('areas.find.goTo', { name: area.name })}</a>
                </li>
              ),
          )}
        </ul>
      )}
    </section>
  );
}

export function FindAreaPage({
  t,
  form,
  result,
}: {
  t: Translator;
  form: FormState;
  result: FindResult | null;
}) {
  return (
    <>
      <ErrorSummary t={t} errors={form.errors} />
      <h1>{t.t('areas.find.title')}</h1>
      <p class="font-lead">{t.t('areas.find.lead')}</p>
      {result !== null && <FindResultSection t={t} result={result} />}
      <FindAreaForm t={t} form={form} />
      <p>
        <a href="/bydele">{t.t('areas.district.allDistricts')}</a>
      </p>
    </>
  );
}
