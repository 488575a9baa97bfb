import { findFeedByHash, findFeedOfUser, saveFeed } from '#src/modules/activities/feed-queries.ts';
import { activitiesCalendar } from '#src/modules/activities/ical.ts';
import { activitiesForFeed } from '#src/modules/activities/listing-service.ts';
import { changesOf, toActivity } from '#src/modules/activities/model.ts';
import { listChanges, listOfPerson, listStops, publicVersion } from '#src/modules/activities/queries.ts';
import { loadActivity } from '#src/modules/activities/reading.ts';
import { getArea } from '#src/modules/areas/service.ts';
import { getOrganisation } from '#src/modules/organisations/service.ts';
import type { AppContext } from '#src/platform/context.ts';
import { NotFoundError } from '#src/platform/errors.ts';
import { translator } from '#src/platform/i18n.ts';
import { DAY } from '#src/platform/time.ts';
import { hashToken, hmac, newToken } from '#src/platform/tokens.ts';

/** How far back and ahead the public feeds reach (a series' rule carries its own future). */
const FEED_PAST = 60 * DAY;
const FEED_AHEAD = 400 * DAY;

/**
 * Public feeds are polled by calendar programs and take a while to write for a busy area, so each
 * is kept until the data changes (one cheap query tells) or the day turns. Per process, bounded.
 */
const feedCaches = new WeakMap<object, Map<string, { version: string; text: string }>>();
const FEEDS_KEPT = 200;

async function cachedFeed(ctx: AppContext, key: string, build: () => Promise<string>): Promise<string> {
  const version = `${await publicVersion(ctx.db.kysely)}:${Math.floor(ctx.clock.now() / DAY)}:${ctx.config.baseUrl}`;
  let feedCache = feedCaches.get(ctx.db);
  if (feedCache === undefined) {
    feedCache = new Map();
    feedCaches.set(ctx.db, feedCache);
  }
  const cached = feedCache.get(key);
  if (cached !== undefined && cached.version === version) return cached.text;
  const text = await build();
  if (feedCache.size >= FEEDS_KEPT) feedCache.clear();
  feedCache.set(key, { version, text });
  return text;
}

function window(ctx: AppContext) {
  const now = ctx.clock.now();
  return { now, from: now - FEED_PAST, to: now + FEED_AHEAD };
}

/** One activity as a calendar file (with its series rule and exceptions). */
export async function activityCalendar(ctx: AppContext, activityId: number): Promise<string> {
  const { activity, changes } = await loadActivity(ctx, activityId);
  return activitiesCalendar(activity.title, [activity], changes, 'da', ctx.config.baseUrl, ctx.clock.now());
}

/** The public feed of a neighbourhood or district. */
export async function areaCalendar(ctx: AppContext, slug: string): Promise<string> {
  const area = await getArea(ctx, slug);
  if (area === null) throw new NotFoundError('activities.error.notFound');
  return cachedFeed(ctx, `area:${area.id}`, () => buildAreaCalendar(ctx, area));
}

async function buildAreaCalendar(
  ctx: AppContext,
  area: { id: number; kind: string; name: string },
): Promise<string> {
  const { now, from, to } = window(ctx);
  const filter = area.kind === 'district' ? { districtId: area.id } : { neighbourhoodId: area.id };
  const { activities, changes } = await activitiesForFeed(ctx, filter, from, to);
  const name = translator('da').t('activities.ical.areaFeed', { area: area.name });
  return activitiesCalendar(name, activities, changes, 'da', ctx.config.baseUrl, now);
}

/** The public feed of an organisation's activities. */
export async function organisationCalendar(ctx: AppContext, slug: string): Promise<string> {
  const organisation = await getOrganisation(ctx, slug);
  return cachedFeed(ctx, `organisation:${organisation.id}`, () =>
    buildOrganisationCalendar(ctx, organisation),
  );
}

async function buildOrganisationCalendar(
  ctx: AppContext,
  organisation: { id: number; name: string },
): Promise<string> {
  const { now, from, to } = window(ctx);
  const { activities, changes } = await activitiesForFeed(ctx, { organisationId: organisation.id }, from, to);
  const name = translator('da').t('activities.ical.organisationFeed', { organisation: organisation.name });
  return activitiesCalendar(name, activities, changes, 'da', ctx.config.baseUrl, now);
}

/** All public activities (open data). */
export async function allActivitiesCalendar(ctx: AppContext): Promise<string> {
  const { now, from, to } = window(ctx);
  const { activities, changes } = await activitiesForFeed(ctx, {}, from, to);
  return activitiesCalendar(
    translator('da').t('activities.ical.allFeed'),
    activities,
    changes,
    'da',
    ctx.config.baseUrl,
    now,
  );
}

function feedToken(secret: string, userId: number, nonce: string): string {
  return hmac(secret, `activity-calendar-feed:${userId}:${nonce}`);
}

/** The path of this person's private activity feed, or null before they have made one. */
export async function personalFeedPath(ctx: AppContext, userId: number): Promise<string | null> {
  const row = await findFeedOfUser(ctx.db.kysely, userId);
  return row === undefined
    ? null
    : `/aktiviteter/kalender/${feedToken(ctx.config.sessionSecret, userId, row.nonce)}.ics`;
}

/** Makes the private feed link, or replaces it (the old link stops working). Only its hash is stored. */
export async function renewPersonalFeed(ctx: AppContext, userId: number): Promise<string> {
  const nonce = newToken();
  const token = feedToken(ctx.config.sessionSecret, userId, nonce);
  await saveFeed(ctx.db.kysely, userId, hashToken(token), nonce, ctx.clock.now());
  return `/aktiviteter/kalender/${token}.ics`;
}

/** The private feed: what the person organises, co-hosts or has joined; NotFoundError for a bad token. */
export async function personalCalendar(ctx: AppContext, token: string): Promise<string> {
  const owner = await findFeedByHash(ctx.db.kysely, hashToken(token));
  if (owner === undefined) throw new NotFoundError();
  const { now, from } = window(ctx);
  const rows = await listOfPerson(ctx.db.kysely, owner.user_id, from);
  const ids = rows.map((row) => row.id);
  const [stops, changes] = await Promise.all([
    listStops(ctx.db.kysely, ids),
    listChanges(ctx.db.kysely, ids),
  ]);
  const name = translator(owner.locale).t('activities.ical.personalFeed');
  return activitiesCalendar(
    name,
    rows.map((row) => toActivity(row, stops)),
    changesOf(changes),
    owner.locale,
    ctx.config.baseUrl,
    now,
  );
}
