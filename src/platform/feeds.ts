import { createHash } from 'node:crypto';
import { promisify } from 'node:util';
import { gzip } from 'node:zlib';
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { ICalCalendar } from 'ical-generator';
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
  /** The body gzipped once when the feed was built (large feeds only), sent to clients that take gzip. */
  readonly gzipped?: Buffer;
}

/** Bodies above this are gzipped once at build time instead of on every request. */
const PRECOMPRESS_FROM = 16 * 1024;

/**
 * The feed with its ETag and gzipped form. The ETag names the feed and the version of its data, so
 * it costs nothing to make and is the same on every instance; zlib runs on libuv's threads.
 */
async function finished(key: string, version: string, body: string): Promise<Feed> {
  const etag = etagOf(`${key}\u0000${version}`);
  if (body.length < PRECOMPRESS_FROM) return { body, etag };
  return { body, etag, gzipped: await gzipAsync(body) };
}

function sizeOf(feed: Feed): number {
  return feed.body.length + (feed.gzipped?.length ?? 0);
}

interface Entry {
  readonly version: string;
  readonly feed: Feed;
}

const gzipAsync = promisify(gzip);

/**
 * How much feed text one process keeps (a year of 10,000 activities is about 5 MB); the feed used
 * least recently goes first. Within the 256 MB heap `npm start` gives the process.
 */
const BYTES_KEPT = 32 * 1024 * 1024;

export function etagOf(body: string): string {
  return `"${createHash('sha256').update(body).digest('base64url').slice(0, 27)}"`;
}

/** Feeds built at the same time in one process; more wait their turn, so other pages stay quick. */
const BUILDS_AT_ONCE = 2;
let buildsRunning = 0;
const waitingBuilds: Array<() => void> = [];

async function inBuildSlot<T>(build: () => Promise<T>): Promise<T> {
  if (buildsRunning >= BUILDS_AT_ONCE) await new Promise<void>((resolve) => waitingBuilds.push(resolve));
  else buildsRunning += 1;
  try {
    return await build();
  } finally {
    const next = waitingBuilds.shift();
    // The slot passes straight to the next build waiting, or is freed.
    if (next === undefined) buildsRunning -= 1;
    else next();
  }
}

export class FeedCache {
  readonly #entries = new Map<string, Entry>();
  readonly #building = new Map<string, Promise<Feed>>();
  #bytes = 0;

  constructor(private readonly bytesKept = BYTES_KEPT) {}

  /** The feed under `key` at `version`, built by `build` only when no current copy is kept or under way. */
  async get(key: string, version: string, build: () => Promise<string>): Promise<Feed> {
    const kept = this.#entries.get(key);
    if (kept !== undefined && kept.version === version) {
      // Most recently used last, so eviction takes the feed nobody asked for longest.
      this.#entries.delete(key);
      this.#entries.set(key, kept);
      return kept.feed;
    }
    const flight = `${key}\u0000${version}`;
    const pending = this.#building.get(flight);
    if (pending !== undefined) return pending;
    const building = inBuildSlot(async () => finished(key, version, await build()))
      .then((feed) => {
        this.#keep(key, { version, feed });
        return feed;
      })
      .finally(() => this.#building.delete(flight));
    this.#building.set(flight, building);
    return building;
  }

  #keep(key: string, entry: Entry): void {
    this.#drop(key);
    const size = sizeOf(entry.feed);
    if (size > this.bytesKept) return;
    for (const oldest of this.#entries.keys()) {
      if (this.#bytes + size <= this.bytesKept) break;
      this.#drop(oldest);
    }
    this.#entries.set(key, entry);
    this.#bytes += size;
  }

  #drop(key: string): void {
    const entry = this.#entries.get(key);
    if (entry === undefined) return;
    this.#entries.delete(key);
    this.#bytes -= sizeOf(entry.feed);
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
const SLICE_MS = 4;

/**
 * Maps `items` with `render` in slices of about 4 ms, yielding between them, so a feed of
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

function utf8Length(code: number): number {
  if (code < 0x80) return 1;
  if (code < 0x800) return 2;
  return 3;
}

/**
 * Folds iCalendar content lines at 75 octets (RFC 5545 3.1), exactly as ical-generator does, without
 * its cost: it encodes every character on its own, which made a feed's text the slowest part of it.
 */
export function foldIcalLines(text: string): string {
  return text
    .split('\r\n')
    .map((line) => {
      if (line.length <= 74 && /^[\x20-\x7e]*$/.test(line)) return line;
      let folded = '';
      let octets = 0;
      for (let index = 0; index < line.length; index += 1) {
        const code = line.charCodeAt(index);
        const pair = code >= 0xd800 && code <= 0xdbff && index + 1 < line.length;
        const char = pair ? line.slice(index, index + 2) : line.charAt(index);
        if (pair) index += 1;
        const size = pair ? 4 : utf8Length(code);
        octets += size;
        if (octets > 74) {
          folded += '\r\n ';
          octets = size;
        }
        folded += char;
      }
      return folded;
    })
    .join('\r\n');
}

/**
 * An iCalendar file of many items, written a few milliseconds at a time with the event loop given
 * back in between: each item's events are made on a fresh calendar from `makeCalendar`, written
 * and folded on their own, and spliced into the empty calendar's text.
 */
export async function calendarInSlices<T>(
  makeCalendar: () => ICalCalendar,
  items: readonly T[],
  add: (calendar: ICalCalendar, item: T) => void,
  finish: (eventsText: string) => string = (eventsText) => eventsText,
): Promise<string> {
  const parts = await renderInSlices(items, (item) => {
    const calendar = makeCalendar();
    add(calendar, item);
    return finish(
      foldIcalLines(
        calendar
          .events()
          .map((event) => event.toString())
          .join(''),
      ),
    );
  });
  const shell = makeCalendar().toString();
  const end = shell.lastIndexOf('END:VCALENDAR');
  return `${shell.slice(0, end)}${await joinInSlices(parts)}${shell.slice(end)}`;
}

/** Parts joined per this many at a time: one join of 10,000 small strings holds the loop ~40 ms. */
const PARTS_PER_JOIN = 500;

/** `parts.join('')`, done a few hundred parts at a time with the event loop given back between. */
export async function joinInSlices(parts: readonly string[]): Promise<string> {
  const chunks: string[] = [];
  for (let index = 0; index < parts.length; index += PARTS_PER_JOIN) {
    chunks.push(parts.slice(index, index + PARTS_PER_JOIN).join(''));
    await yieldToLoop();
  }
  return chunks.join('');
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
  if (feed.gzipped !== undefined) reply.header('vary', 'accept-encoding');
  if (matches(request.headers['if-none-match'], feed.etag)) return reply.code(304).send();
  reply.type(headers.type);
  if (headers.filename !== undefined)
    reply.header(
      'content-disposition',
      `${headers.disposition ?? 'attachment'}; filename="${headers.filename}"`,
    );
  if (feed.gzipped !== undefined && acceptsGzip(request.headers['accept-encoding'])) {
    // Already compressed: @fastify/compress leaves a reply with a Content-Encoding alone.
    return reply.header('content-encoding', 'gzip').send(feed.gzipped);
  }
  return reply.send(feed.body);
}

function acceptsGzip(acceptEncoding: string | undefined): boolean {
  if (acceptEncoding === undefined) return false;
  return acceptEncoding.split(',').some((part) => {
    const [coding = '', ...params] = part.trim().toLowerCase().split(';');
    const refused = params.some((param) => /^\s*q\s*=\s*0(\.0*)?\s*$/.test(param));
    return (coding.trim() === 'gzip' || coding.trim() === '*') && !refused;
  });
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
