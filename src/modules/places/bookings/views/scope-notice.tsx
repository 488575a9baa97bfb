import { kindKeys } from '#src/modules/places/bookings/problem-messages.ts';
import type { PlaceWithRules } from '#src/modules/places/rules.ts';
import type { Translator } from '#src/platform/i18n.ts';

/**
 * Who may book a place that not everyone may book, said before anyone fills in the form: a
 * visitor is asked to log in, a logged-in person who may not book is told how to become a member.
 * The service still refuses a booking from someone outside the scope.
 */
export function ScopeNotice({
  t,
  place,
  loggedIn,
}: {
  t: Translator;
  place: PlaceWithRules;
  loggedIn: boolean;
}) {
  const ownMembers = place.rules.bookerScope === 'own_members';
  const organisation = place.organisationName;
  return (
    <div class="alert alert-info" role="note" aria-labelledby="hvem-kan-booke">
      <div class="alert-body">
        <h2 class="alert-heading h3" id="hvem-kan-booke">
          {t.t('bookings.scope.title')}
        </h2>
        <p class="alert-text">
          {ownMembers
            ? t.t('bookings.scope.ownMembers', { organisation })
            : t.t('bookings.scope.orgKinds', { kinds: kindKeys(place.rules.allowedKinds) })}
        </p>
        {!loggedIn && (
          <p class="alert-text">
            {t.t('bookings.scope.login')}{' '}
            <a href={`/log-ind?naeste=${encodeURIComponent(`/steder/${place.slug}/book`)}`}>
              {t.t('bookings.scope.loginLink')}
            </a>
          </p>
        )}
        {loggedIn && ownMembers && (
          <p class="alert-text">
            {t.t('bookings.scope.becomeMember', { organisation })}{' '}
            <a href={`/organisationer/${place.organisationSlug}`}>
              {t.t('bookings.scope.organisationLink', { organisation })}
            </a>
          </p>
        )}
        {loggedIn && !ownMembers && <p class="alert-text">{t.t('bookings.scope.orgKindsHow')}</p>}
      </div>
    </div>
  );
}

/** "Book lokale" for someone who may not book the place: who may, and how to become one of them. */
export function NotAllowedPage({ t, place }: { t: Translator; place: PlaceWithRules }) {
  return (
    <>
      <h1>{t.t('bookings.book.title', { place: place.name })}</h1>
      <ScopeNotice t={t} place={place} loggedIn />
      <p>
        <a href={`/steder/${place.slug}`}>{place.name}</a>
      </p>
    </>
  );
}
