import { visibleActivities } from '#src/modules/activities/address-visibility.ts';
import { activitiesCalendar, activitiesCalendarInSlices } from '#src/modules/activities/feeds/ical.ts';
import { findFeedByHash, findFeedOfUser, saveFeed } from '#src/modules/activities/feeds/queries.ts';
import { activitiesForFeed } from '#src/modules/activities/finding/listing-service.ts';
import { changesOf, toActivity } from '#src/modules/activities/model.ts';
import {
  type ActivityFilter,
  listChanges,
  listOfPerson,
  listStops,
  publicVersion,
} from '#src/modules/activities/queries.ts';
import { loadActivity } from '#src/modules/activities/reading.ts';
import { getArea } from '#src/modules/areas/service.ts';
import { getOrganisation } from '#src/modules/organisations/service.ts';
import type { AppContext } from '#src/platform/context.ts';
import { NotFoundError } from '#src/platform/errors.ts';
import { type Feed, type FeedQuery, type FeedWindow, feedCacheOf, feedWindow } from '#src/platform/feeds.ts';
import { translator } from '#src/platform/i18n.ts';
import { localParts } from '#src/platform/local-time.ts';
import { DAY } from '#src/platform/time.ts';
import { hashToken, hmac, newToken } from '#src/platform/tokens.ts';

/**
 * Public feeds are polled by calendar programs, many at once; each is built once per version of the
 * activity data (one cheap query tells), per window and per base URL, and kept (see platform/feeds).
 */
async function cachedFeed(
  ctx: AppContext,
  key: string,
  window: FeedWindow,
  build: () => Promise<string>,
): Promise<Feed> {
  const version = `${await publicVersion(ctx.db.kysely)}:${ctx.config.baseUrl}`;
  return feedCacheOf(ctx.db).get(`activities:${key}:${window.key}`, version, build);
}

/** The window a public feed covers: `from`/`to` if asked for, else 30 days back to a year ahead. */
export function activityFeedWindow(ctx: AppContext, query: FeedQuery): FeedWindow {
  return feedWindow(query, localParts(ctx.clock.now()).date);
}

function calendarOf(ctx: AppContext, name: string, from: number, to: number, filter: ActivityFilter) {
  return async () => {
    const { activities, changes } = await activitiesForFeed(ctx, filter, from, to);
    return activitiesCalendarInSlices(name, activities, changes, 'da', ctx.config.baseUrl, ctx.clock.now());
  };
}

/** One activity as a calendar file (with its series rule and exceptions). */
export async function activityCalendar(ctx: AppContext, activityId: number): Promise<string> {
  const { activity, changes } = await loadActivity(ctx, activityId);
  return activitiesCalendar(activity.title, [activity], changes, 'da', ctx.config.baseUrl, ctx.clock.now());
}

/** The public feed of a neighbourhood or district. */
export async function areaCalendar(ctx: AppContext, slug: string, query: FeedQuery): Promise<Feed> {
  const area = await getArea(ctx, slug);
  if (area === null) throw new NotFoundError('activities.error.notFound');
  const window = activityFeedWindow(ctx, query);
  const filter = area.kind === 'district' ? { districtId: area.id } : { neighbourhoodId: area.id };
  const name = translator('da').t('activities.ical.areaFeed', { area: area.name });
  return cachedFeed(ctx, `area:${area.id}`, window, calendarOf(ctx, name, window.from, window.to, filter));
}

/** The public feed of an organisation's activities. */
export async function organisationCalendar(ctx: AppContext, slug: string, query: FeedQuery): Promise<Feed> {
  const organisation = await getOrganisation(ctx, slug);
  const window = activityFeedWindow(ctx, query);
  const name = translator('da').t('activities.ical.organisationFeed', { organisation: organisation.name });
  return cachedFeed(
    ctx,
    `organisation:${organisation.id}`,
    window,
    calendarOf(ctx, name, window.from, window.to, { organisationId: organisation.id }),
  );
}

/** All public activities (open data). */
export async function allActivitiesCalendar(ctx: AppContext, query: FeedQuery): Promise<Feed> {
  const window = activityFeedWindow(ctx, query);
  const name = translator('da').t('activities.ical.allFeed');
  return cachedFeed(ctx, 'all', window, calendarOf(ctx, name, window.from, window.to, {}));
}

/** A CSV export of the activity list, kept like the feeds (`key`: the canonical query). */
export async function cachedActivityExport(
  ctx: AppContext,
  key: string,
  build: () => Promise<string>,
): Promise<Feed> {
  const version = `${await publicVersion(ctx.db.kysely)}:${localParts(ctx.clock.now()).date}:${ctx.config.baseUrl}`;
  return feedCacheOf(ctx.db).get(`activities-export:${key}`, version, build);
}

/** How far back a person's own feed reaches (it holds only their own activities). */
const PERSONAL_FEED_PAST = 60 * DAY;

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
  const now = ctx.clock.now();
  const rows = await listOfPerson(ctx.db.kysely, owner.user_id, now - PERSONAL_FEED_PAST);
  const ids = rows.map((row) => row.id);
  const [stops, changes] = await Promise.all([
    listStops(ctx.db.kysely, ids),
    listChanges(ctx.db.kysely, ids),
  ]);
  const name = translator(owner.locale).t('activities.ical.personalFeed');
  // The feed belongs to one person: what they organise or joined shows its full address.
  const viewer = { id: owner.user_id, isAdmin: false };
  const activities = await visibleActivities(
    ctx,
    rows.map((row) => toActivity(row, stops)),
    viewer,
  );
  return activitiesCalendar(name, activities, changesOf(changes), owner.locale, ctx.config.baseUrl, now);
}
