import type { SponsorshipOffer } from '#src/modules/grants/pools/sponsorships-service.ts';
import { ErrorMessage, type GrantFormState } from '#src/modules/grants/views/form-parts.tsx';
import type { Translator } from '#src/platform/i18n.ts';
import { ChoiceGroup } from '#src/platform/views/choices.tsx';

const BOARD_SPONSORSHIPS = '/giv?retning=tilbud&type=sponsorship';

/** "Sponsorater fra Giv-tavlen (frivilligt)": the open sponsorship offers as a checkbox list. */
export function SponsorOfferFields({
  t,
  form,
  offers,
}: {
  t: Translator;
  form: GrantFormState;
  offers: SponsorshipOffer[];
}) {
  if (offers.length === 0) {
    return (
      <div class={form.errors.sponsorOfferIds === undefined ? 'form-group' : 'form-group form-error'}>
        <p class="form-label" id="sponsorOfferIds" tabIndex={-1}>
          {t.t('grants.form.sponsorOffers')} <span class="weight-normal">{t.t('form.optional')}</span>
        </p>
        <ErrorMessage t={t} errors={form.errors} name="sponsorOfferIds" />
        <p>
          {t.t('grants.form.noSponsorOffers')}{' '}
          <a href={BOARD_SPONSORSHIPS}>{t.t('grants.form.sponsorBoardLink')}</a>
        </p>
      </div>
    );
  }
  return (
    <>
      <ChoiceGroup
        t={t}
        form={form}
        type="checkbox"
        name="sponsorOfferIds"
        legend={t.t('grants.form.sponsorOffers')}
        hint={t.t('grants.form.sponsorOffersHint')}
        optional
        options={offers.map((offer) => ({
          value: String(offer.id),
          label: t.t('grants.form.sponsorOfferLabel', { title: offer.title, sponsor: offer.sponsorName }),
        }))}
      />
      <p>
        <a href={BOARD_SPONSORSHIPS}>{t.t('grants.form.sponsorBoardLink')}</a>
      </p>
    </>
  );
}

/** The linked sponsorship offers with links to them on the give-board. */
export function SponsorList({ t, sponsors }: { t: Translator; sponsors: SponsorshipOffer[] }) {
  if (sponsors.length === 0) return null;
  return (
    <>
      <dt>{t.t('grants.details.sponsorOffers')}</dt>
      <dd>
        <ul class="nobullet-list">
          {sponsors.map((offer) => (
            <li key={offer.id}>
              <a href={offer.path}>{offer.title}</a> – {offer.sponsorName}
              {!offer.open && ` ${t.t('grants.details.sponsorOfferClosed')}`}
            </li>
          ))}
        </ul>
      </dd>
    </>
  );
}
