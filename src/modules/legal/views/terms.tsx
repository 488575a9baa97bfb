import { LEGAL_TEXTS_UPDATED, type LegalModel } from '#src/modules/legal/model.ts';
import { UpdatedOn } from '#src/modules/legal/views/controller-facts.tsx';
import type { Translator } from '#src/platform/i18n.ts';

/** Vilkår: who may use Byliv, what may be posted, moderation, bookings as the code enforces them. */
export function TermsOfUse({ t, model }: { t: Translator; model: LegalModel }) {
  const name = model.controller.name;
  return (
    <>
      <h1>{t.t('terms.title')}</h1>
      <p class="font-lead">{t.t('terms.lead', { name })}</p>
      <h2>{t.t('terms.who.heading')}</h2>
      <p>{t.t('terms.who.read')}</p>
      <p>{t.t('terms.who.account')}</p>
      <p>{t.t('terms.who.organisations')}</p>
      <h2>{t.t('terms.content.heading')}</h2>
      <p>{t.t('terms.content.intro')}</p>
      <ul>
        <li>{t.t('terms.content.others')}</li>
        <li>{t.t('terms.content.harm')}</li>
        <li>{t.t('terms.content.commercial')}</li>
        <li>{t.t('terms.content.rights')}</li>
      </ul>
      <h2>{t.t('terms.moderation.heading')}</h2>
      <p>{t.t('terms.moderation.text')}</p>
      <h2>{t.t('terms.bookings.heading')}</h2>
      <p>{t.t('terms.bookings.request')}</p>
      <p>{t.t('terms.bookings.cancel')}</p>
      <p>{t.t('terms.bookings.host')}</p>
      <h2>{t.t('terms.activities.heading')}</h2>
      <p>{t.t('terms.activities.text')}</p>
      <h2>{t.t('terms.liability.heading')}</h2>
      <p>{t.t('terms.liability.text', { name })}</p>
      <h2>{t.t('terms.changes.heading')}</h2>
      <p>{t.t('terms.changes.text')}</p>
      <p>
        <a href="/privatliv">{t.t('footer.privacy')}</a> · <a href="/kontakt">{t.t('footer.contact')}</a>
      </p>
      <UpdatedOn t={t} date={LEGAL_TEXTS_UPDATED} />
    </>
  );
}
