import type { Kysely } from 'kysely';
import type { Database } from '#src/db/schema.ts';
import { personalFeed, placeBusyFeed } from '#src/modules/places/bookings/ical.ts';
import { listBusy, listFeedBookingsOfUser } from '#src/modules/places/bookings/queries.ts';
import { getPlaceRulesBySlug } from '#src/modules/places/service.ts';
import type { AppContext } from '#src/platform/context.ts';
import { NotFoundError } from '#src/platform/errors.ts';
import { type Feed, type FeedQuery, feedCacheOf, feedWindow } from '#src/platform/feeds.ts';
import { localParts } from '#src/platform/local-time.ts';
import { DAY } from '#src/platform/time.ts';
import { hashToken, hmac, newToken } from '#src/platform/tokens.ts';

/** How far back a person's own booking feed reaches. */
const FEED_PAST = 60 * DAY;

function feedToken(secret: string, userId: number, nonce: string): string {
  return hmac(secret, `booking-calendar-feed:${userId}:${nonce}`);
}

async function findFeed(db: Kysely<Database>, userId: number) {
  return db.selectFrom('booking_calendar_feeds').selectAll().where('user_id', '=', userId).executeTakeFirst();
}

/** The path of this person's private feed, or null before they have made one. */
export async function calendarFeedPath(ctx: AppContext, userId: number): Promise<string | null> {
  const row = await findFeed(ctx.db.kysely, userId);
  return row === undefined ? null : `/kalender/${feedToken(ctx.config.sessionSecret, userId, row.nonce)}.ics`;
}

/** Makes the feed link, or replaces it with a new one (the old link stops working). */
export async function renewCalendarFeed(ctx: AppContext, userId: number): Promise<string> {
  const nonce = newToken();
  const token = feedToken(ctx.config.sessionSecret, userId, nonce);
  const now = ctx.clock.now();
  await ctx.db.kysely
    .insertInto('booking_calendar_feeds')
    .values({ user_id: userId, token_hash: hashToken(token), nonce, created_at: now })
    .onConflict((oc) =>
      oc.column('user_id').doUpdateSet({ token_hash: hashToken(token), nonce, created_at: now }),
    )
    .execute();
  return `/kalender/${token}.ics`;
}

/** The iCalendar text of the feed the token opens; NotFoundError for an unknown or replaced token. */
export async function personalFeedFor(ctx: AppContext, token: string): Promise<string> {
  const row = await ctx.db.kysely
    .selectFrom('booking_calendar_feeds')
    .innerJoin('users', 'users.id', 'booking_calendar_feeds.user_id')
    .select(['booking_calendar_feeds.user_id', 'users.locale'])
    .where('booking_calendar_feeds.token_hash', '=', hashToken(token))
    .where('users.deleted_at', 'is', null)
    .executeTakeFirst();
  if (row === undefined) throw new NotFoundError();
  const now = ctx.clock.now();
  const bookings = await listFeedBookingsOfUser(ctx.db.kysely, row.user_id, now - FEED_PAST);
  return personalFeed(bookings, row.locale, ctx.config.baseUrl, now);
}

/**
 * What a place's public feed is built from changes when a booking is made, decided or cancelled,
 * or the place is renamed or moved; this cheap query tells (one index range of one place).
 */
async function placeFeedVersion(db: Kysely<Database>, placeId: number): Promise<string> {
  const row = await db
    .selectFrom('bookings')
    .where('place_id', '=', placeId)
    .select((eb) => [
      eb.fn.countAll<number>().as('n'),
      eb.fn.max('id').as('last'),
      eb.fn.max('decided_at').as('decided'),
      eb.fn.max('cancelled_at').as('cancelled'),
    ])
    .executeTakeFirst();
  return [row?.n, row?.last, row?.decided, row?.cancelled].join(':');
}

/** The public feed of a place: busy times only, in the window asked for (a year ahead by default). */
export async function placeFeedFor(ctx: AppContext, slug: string, query: FeedQuery): Promise<Feed> {
  const place = await getPlaceRulesBySlug(ctx, slug);
  const window = feedWindow(query, localParts(ctx.clock.now()).date);
  const version = [
    await placeFeedVersion(ctx.db.kysely, place.id),
    place.name,
    place.address,
    ctx.config.baseUrl,
  ].join('\u0000');
  return feedCacheOf(ctx.db).get(`place:${place.id}:${window.key}`, version, async () => {
    const busy = await listBusy(ctx.db.kysely, place.id, window.from, window.to);
    return placeBusyFeed(place, busy, ctx.config.baseUrl, ctx.clock.now());
  });
}
