import type { LegalModel } from '#src/modules/legal/model.ts';
import { ControllerFacts } from '#src/modules/legal/views/controller-facts.tsx';
import type { Translator } from '#src/platform/i18n.ts';

/** Kontakt: the controller's address, and where to turn about data, content and accessibility. */
export function ContactPage({ t, model }: { t: Translator; model: LegalModel }) {
  const email = model.controller.email;
  return (
    <>
      <h1>{t.t('contact.title')}</h1>
      <p class="font-lead">{t.t('contact.lead')}</p>
      <ControllerFacts t={t} controller={model.controller} />
      <h2>{t.t('contact.data.heading')}</h2>
      <p>
        {t.t('contact.data.text', { email })} <a href="/privatliv">{t.t('privacy.title')}</a>
      </p>
      <h2>{t.t('contact.report.heading')}</h2>
      <p>{t.t('contact.report.text', { email })}</p>
      <h2>{t.t('contact.a11y.heading')}</h2>
      <p>
        {t.t('contact.a11y.text', { email })} <a href="/tilgaengelighed">{t.t('contact.a11y.link')}</a>
      </p>
      <h2>{t.t('contact.errors.heading')}</h2>
      <p>{t.t('contact.errors.text', { email })}</p>
    </>
  );
}
