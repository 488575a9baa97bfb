import type { ComponentChildren } from 'preact';
import type { PersonalOverview } from '#src/modules/overview/service.ts';
import type { PlainMessageKey, Translator } from '#src/platform/i18n.ts';

/** A list of the person's things, or one line saying what to do when there are none. */
function Part(props: {
  t: Translator;
  id: string;
  title: PlainMessageKey;
  empty: PlainMessageKey;
  emptyLink: PlainMessageKey;
  emptyHref: string;
  count: number;
  more: { href: string; label: string } | null;
  children: ComponentChildren;
}) {
  const { t } = props;
  return (
    <section aria-labelledby={props.id} class="mt-8">
      <h2 id={props.id}>{t.t(props.title)}</h2>
      {props.count === 0 ? (
        <p>
          {t.t(props.empty)} <a href={props.emptyHref}>{t.t(props.emptyLink)}</a>.
        </p>
      ) : (
        <>
          <ul class="nobullet-list">{props.children}</ul>
          {props.more !== null && (
            <p>
              <a href={props.more.href}>{props.more.label}</a>
            </p>
          )}
        </>
      )}
    </section>
  );
}

function when(t: Translator, epochMs: number): string {
  return t.dateTime(epochMs, {
    weekday: 'long',
    day: 'numeric',
    month: 'long',
    hour: '2-digit',
    minute: '2-digit',
  });
}

/** What waits for an answer: booking requests, applications to review, contact requests. */
function Waiting({ t, overview }: { t: Translator; overview: PersonalOverview }) {
  const { bookings, grants, giving } = overview;
  const nothing =
    bookings.waitingRequests === 0 && grants.toReview.length === 0 && giving.waitingContacts === 0;
  return (
    <section aria-labelledby="venter" class="mt-8">
      <h2 id="venter">{t.t('overview.waiting.title')}</h2>
      {nothing ? (
        <p>{t.t('overview.waiting.none')}</p>
      ) : (
        <ul class="nobullet-list">
          {bookings.waitingRequests > 0 && (
            <li>
              <a href="/administrer/bookinger">
                {t.plural(bookings.waitingRequests, 'overview.requests.one', 'overview.requests.other')}
              </a>
              <br />
              <span class="form-hint">{t.t('overview.requests.hint')}</span>
            </li>
          )}
          {grants.toReview.map((pool) => (
            <li key={pool.poolSlug}>
              <a href={pool.path}>{t.plural(pool.count, 'overview.reviews.one', 'overview.reviews.other')}</a>
              <br />
              <span class="form-hint">{t.t('overview.reviews.hint', { pool: pool.poolTitle })}</span>
            </li>
          ))}
          {giving.waitingContacts > 0 && (
            <li>
              <a href="/giv/mine">
                {t.plural(giving.waitingContacts, 'overview.contacts.one', 'overview.contacts.other')}
              </a>
            </li>
          )}
        </ul>
      )}
    </section>
  );
}

/** "Mit overblik": the person's own page after log-in. */
export function OverviewPage({ t, overview }: { t: Translator; overview: PersonalOverview }) {
  const { bookings, activities, giving, grants, organisations } = overview;
  return (
    <>
      <h1>{t.t('overview.title')}</h1>
      <p>{t.t('overview.lead')}</p>
      <Waiting t={t} overview={overview} />
      <Part
        t={t}
        id="bookinger"
        title="overview.bookings.title"
        empty="overview.bookings.empty"
        emptyLink="overview.bookings.emptyLink"
        emptyHref="/find-lokale"
        count={bookings.comingCount}
        more={{
          href: '/mine-bookinger',
          label: t.t('overview.bookings.all', { count: bookings.comingCount }),
        }}
      >
        {bookings.next.map((booking) => (
          <li key={booking.id}>
            <a href={`/bookinger/${booking.id}`}>{booking.title}</a> – {booking.placeName}
            <br />
            {when(t, booking.startsAt)} · {t.t(`bookings.status.${booking.status}`)}
          </li>
        ))}
      </Part>
      <Part
        t={t}
        id="aktiviteter"
        title="overview.activities.title"
        empty="overview.activities.empty"
        emptyLink="overview.activities.emptyLink"
        emptyHref="/aktiviteter"
        count={activities.next.length}
        more={{ href: '/aktiviteter', label: t.t('overview.activities.all') }}
      >
        {activities.next.map((activity) => (
          <li key={`${activity.id}-${activity.startsAt}`}>
            <a href={activity.path}>{activity.title}</a>
            <br />
            {when(t, activity.startsAt)} · {t.t(`overview.activities.role.${activity.role}`)}
          </li>
        ))}
      </Part>
      <Part
        t={t}
        id="giv"
        title="overview.giving.title"
        empty="overview.giving.empty"
        emptyLink="overview.giving.emptyLink"
        emptyHref="/giv/nyt"
        count={giving.openCount}
        more={{ href: '/giv/mine', label: t.t('overview.giving.all', { count: giving.openCount }) }}
      >
        {giving.openPosts.map((post) => (
          <li key={post.id}>
            <a href={post.path}>{post.title}</a> – {t.t(`giving.direction.${post.direction}`)}
          </li>
        ))}
      </Part>
      <Part
        t={t}
        id="ansogninger"
        title="overview.grants.title"
        empty="overview.grants.empty"
        emptyLink="overview.grants.emptyLink"
        emptyHref="/puljer"
        count={grants.applicationCount}
        more={{
          href: '/mine-ansogninger',
          label: t.t('overview.grants.all', { count: grants.applicationCount }),
        }}
      >
        {grants.applications.map((application) => (
          <li key={application.id}>
            <a href={application.path}>{application.title}</a> – {t.t(`grants.status.${application.status}`)}
            <br />
            <span class="form-hint">{t.t('overview.grants.pool', { pool: application.poolTitle })}</span>
          </li>
        ))}
      </Part>
      <Part
        t={t}
        id="organisationer"
        title="overview.organisations.title"
        empty="overview.organisations.empty"
        emptyLink="overview.organisations.emptyLink"
        emptyHref="/organisationer"
        count={organisations.length}
        more={null}
      >
        {organisations.map((organisation) => (
          <li key={organisation.slug}>
            <a href={organisation.path}>{organisation.name}</a> –{' '}
            {t.t(`organisations.role.${organisation.role}`)}
          </li>
        ))}
      </Part>
    </>
  );
}
