import { createHash } from 'node:crypto';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { type Static, Type } from 'typebox';
import { parseDate } from '#src/platform/dates/parse.ts';
import { ValidationError } from '#src/platform/errors.ts';
import { addDays, localToEpoch } from '#src/platform/local-time.ts';
import { DAY } from '#src/platform/time.ts';

/**
 * Feeds and exports (iCalendar, CSV, GeoJSON, JSON) are fetched by calendar programs and scripts on
 * a timer, often many at once. Each is built once per version of its data and kept: a cheap query
 * tells the version, so any write makes the next request build afresh. While one request builds a
 * feed, others for the same feed wait for that build instead of starting their own (single-flight).
 */
export interface Feed {
  readonly body: string;
  readonly etag: string;
}

interface Entry {
  readonly version: string;
  readonly feed: Feed;
}

/** How many feeds one process keeps (each a few MB at most); the oldest goes first. */
const FEEDS_KEPT = 100;

export function etagOf(body: string): string {
  return `"${createHash('sha256').update(body).digest('base64url').slice(0, 27)}"`;
}

export class FeedCache {
  readonly #entries = new Map<string, Entry>();
  readonly #building = new Map<string, Promise<Feed>>();

  constructor(private readonly limit = FEEDS_KEPT) {}

  /** The feed under `key` at `version`, built by `build` only when no current copy is kept or under way. */
  async get(key: string, version: string, build: () => Promise<string>): Promise<Feed> {
    const kept = this.#entries.get(key);
    if (kept !== undefined && kept.version === version) return kept.feed;
    const flight = `${key}\u0000${version}`;
    const pending = this.#building.get(flight);
    if (pending !== undefined) return pending;
    const building = build()
      .then((body) => {
        const feed = { body, etag: etagOf(body) };
        this.#keep(key, { version, feed });
        return feed;
      })
      .finally(() => this.#building.delete(flight));
    this.#building.set(flight, building);
    return building;
  }

  #keep(key: string, entry: Entry): void {
    this.#entries.delete(key);
    if (this.#entries.size >= this.limit) {
      const oldest = this.#entries.keys().next();
      if (oldest.done !== true) this.#entries.delete(oldest.value);
    }
    this.#entries.set(key, entry);
  }
}

/** One cache per database (tests run many apps side by side in one process). */
const caches = new WeakMap<object, FeedCache>();

export function feedCacheOf(owner: object): FeedCache {
  let cache = caches.get(owner);
  if (cache === undefined) {
    cache = new FeedCache();
    caches.set(owner, cache);
  }
  return cache;
}

/** Gives the event loop back: other requests (and /healthz) are answered between slices of a build. */
export function yieldToLoop(): Promise<void> {
  return new Promise((resolve) => setImmediate(resolve));
}

/** Milliseconds of work between two yields while a feed is built. */
const SLICE_MS = 8;

/**
 * Maps `items` with `render` in slices of at most ~8 ms, yielding between them, so a feed of
 * thousands of rows never holds the event loop for long.
 */
export async function renderInSlices<T>(items: readonly T[], render: (item: T) => string): Promise<string[]> {
  const out: string[] = [];
  let sliceStart = performance.now();
  for (const item of items) {
    out.push(render(item));
    if (performance.now() - sliceStart > SLICE_MS) {
      await yieldToLoop();
      sliceStart = performance.now();
    }
  }
  return out;
}

export interface FeedHeaders {
  readonly type: string;
  readonly filename?: string;
  readonly disposition?: 'inline' | 'attachment';
  /** `public` feeds may be kept by shared caches for five minutes; `private` ones not at all. */
  readonly cache: 'public' | 'private';
}

function matches(ifNoneMatch: string | undefined, etag: string): boolean {
  if (ifNoneMatch === undefined) return false;
  const weakless = (tag: string) => tag.trim().replace(/^W\//, '');
  return ifNoneMatch.split(',').some((tag) => tag.trim() === '*' || weakless(tag) === etag);
}

/** Sends a feed with its ETag; a request that already has this version gets 304 and no body. */
export function sendFeed(request: FastifyRequest, reply: FastifyReply, feed: Feed, headers: FeedHeaders) {
  reply
    .header('etag', feed.etag)
    .header('cache-control', headers.cache === 'public' ? 'public, max-age=300' : 'private, no-cache');
  if (matches(request.headers['if-none-match'], feed.etag)) return reply.code(304).send();
  reply.type(headers.type);
  if (headers.filename !== undefined)
    reply.header(
      'content-disposition',
      `${headers.disposition ?? 'attachment'}; filename="${headers.filename}"`,
    );
  return reply.send(feed.body);
}

/** Sends a small export built on the spot, with an ETag so unchanged data costs no transfer. */
export function sendExport(request: FastifyRequest, reply: FastifyReply, body: string, headers: FeedHeaders) {
  return sendFeed(request, reply, { body, etag: etagOf(body) }, headers);
}

/** The query every windowed feed takes: `from` and `to` as dates (2026-12-01 or 1.12.2026). */
export const FeedQuery = Type.Object({
  from: Type.Optional(Type.String({ maxLength: 40, description: 'First day, e.g. 2026-12-01.' })),
  to: Type.Optional(Type.String({ maxLength: 40, description: 'Last day (inclusive), e.g. 2027-06-30.' })),
});
export type FeedQuery = Static<typeof FeedQuery>;

/** The time a feed covers: from `from` (inclusive day) to `to` (exclusive), Copenhagen days. */
export interface FeedWindow {
  readonly from: number;
  readonly to: number;
  /** Part of the cache key: the same window on the same day is the same feed. */
  readonly key: string;
}

export interface WindowRule {
  /** Days before today a feed covers when no `from` is asked for. */
  readonly pastDays: number;
  /** Days after today a feed covers when no `to` is asked for. */
  readonly aheadDays: number;
  /** The longest range one request may ask for. */
  readonly maxDays: number;
}

export const DEFAULT_WINDOW: WindowRule = { pastDays: 30, aheadDays: 365, maxDays: 3 * 366 };

function dayOf(raw: string | undefined, field: 'from' | 'to', today: string): string | undefined {
  if (raw === undefined || raw.trim() === '') return undefined;
  const parsed = parseDate(raw, today);
  if (!parsed.ok) throw new ValidationError({ [field]: parsed.error });
  return parsed.value;
}

/**
 * The window a feed request asks for (`from`/`to` as dates, e.g. 2026-12-01 or 1.12.2026), or the
 * default around today. A range ending before it starts or longer than `maxDays` is refused (422).
 */
export function feedWindow(
  query: { from?: string | undefined; to?: string | undefined },
  today: string,
  rule: WindowRule = DEFAULT_WINDOW,
): FeedWindow {
  const fromDay = dayOf(query.from, 'from', today) ?? addDays(today, -rule.pastDays);
  const toDay = dayOf(query.to, 'to', today) ?? addDays(fromDay > today ? fromDay : today, rule.aheadDays);
  if (toDay < fromDay) throw new ValidationError({ to: { key: 'common.feed.toBeforeFrom' } });
  if (localToEpoch(toDay, 0) - localToEpoch(fromDay, 0) > rule.maxDays * DAY)
    throw new ValidationError({ to: { key: 'common.feed.tooLong', params: { days: rule.maxDays } } });
  return {
    from: localToEpoch(fromDay, 0),
    to: localToEpoch(addDays(toDay, 1), 0),
    key: `${fromDay}/${toDay}`,
  };
}
