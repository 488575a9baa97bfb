import { A11Y_STATEMENT_REVIEWED, LEGAL_TEXTS_UPDATED, type LegalModel } from '#src/modules/legal/model.ts';
import type { Translator } from '#src/platform/i18n.ts';

/**
 * Tilgængelighedserklæring, with the parts Digitaliseringsstyrelsen's template (was.digst.dk) asks
 * for: the site and its address, the standard and compliance status, non-accessible content, how
 * and when the statement was made, feedback with a contact, and the enforcement procedure.
 */
export function AccessibilityStatement({ t, model }: { t: Translator; model: LegalModel }) {
  const { name, email } = model.controller;
  const date = (epochMs: number) => t.dateTime(epochMs, { dateStyle: 'long' });
  return (
    <>
      <h1>{t.t('a11y.title')}</h1>
      <p class="font-lead">{t.t('a11y.lead', { name, site: t.t('site.name'), url: model.siteUrl })}</p>
      <h2>{t.t('a11y.status.heading')}</h2>
      <p>{t.t('a11y.status.text')}</p>
      <h2>{t.t('a11y.nonCompliant.heading')}</h2>
      <ul>
        <li>{t.t('a11y.nonCompliant.userContent')}</li>
      </ul>
      <h2>{t.t('a11y.exempt.heading')}</h2>
      <p>{t.t('a11y.exempt.maps')}</p>
      <h2>{t.t('a11y.prepared.heading')}</h2>
      <p>
        {t.t('a11y.prepared.text', {
          prepared: date(LEGAL_TEXTS_UPDATED),
          reviewed: date(A11Y_STATEMENT_REVIEWED),
        })}
      </p>
      <p>{t.t('a11y.method.text')}</p>
      <h2>{t.t('a11y.feedback.heading')}</h2>
      <p>
        {t.t('a11y.feedback.text', { name, email })} <a href="/kontakt">{t.t('footer.contact')}</a>
      </p>
      <h2>{t.t('a11y.enforcement.heading')}</h2>
      <p>{t.t('a11y.enforcement.text')}</p>
      <p>
        <a href="https://www.was.digst.dk" rel="external">
          {t.t('a11y.enforcement.link')}
        </a>
      </p>
    </>
  );
}
