import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { Db } from '#src/db/database.ts';
import { MINUTE } from '#src/platform/time.ts';

/**
 * Anonymous pages and feeds, kept in this process and served again while nothing they show can
 * have changed: the key holds the content version the database keeps (triggers bump it in the
 * same transaction as every write to a table that public pages read, migration 035) and the
 * minute, so a page that shows "now" is at most a minute old. Any instance sees a write made by
 * any other at its next request, because the version is read from the database every time.
 * See docs/decisions/011-public-page-cache.md.
 */

/**
 * Largest response kept (a year's feed of 10,000 activities is about 5 MB); bigger ones are built
 * every time. Within the default 32 MB a few such feeds and hundreds of pages fit.
 */
const ENTRY_BYTES_MAX = 8 * 1024 * 1024;
/** Conditional and partial requests this cache does not answer: passed to the route untouched. */
const UNHANDLED_HEADERS = ['if-modified-since', 'if-match', 'if-unmodified-since', 'if-range', 'range'];
/** Headers never kept: the visitor's own cookies, and what Fastify works out for each response. */
const UNKEPT_HEADERS = new Set(['set-cookie', 'content-length', 'x-request-id', 'date', 'connection']);
/** Sent with a 304 (RFC 9110 §15.4.5). */
const NOT_MODIFIED_HEADERS = new Set(['etag', 'cache-control', 'vary', 'last-modified', 'expires']);
export const CACHE_STATUS_HEADER = 'x-byliv-cache';

interface CachedResponse {
  readonly status: number;
  readonly headers: ReadonlyArray<readonly [string, string | number | string[]]>;
  readonly etag: string | undefined;
  /** A text body split where the visitor's CSRF token was; joined again with the next visitor's. */
  readonly parts: readonly string[] | null;
  /** A binary body, or a text body with no token in it (kept encoded). */
  readonly whole: Buffer | null;
  readonly bytes: number;
}

/** What the data looked like when a request started: a page built then may be kept under it. */
interface Generation {
  readonly version: number;
  readonly minute: number;
}

function isNewer(candidate: Generation, current: Generation): boolean {
  if (candidate.version !== current.version) return candidate.version > current.version;
  return candidate.minute > current.minute;
}

/**
 * A byte-bounded LRU of responses of one generation. When the version or the minute moves on,
 * every kept entry is dropped at once: its key can never be asked for again.
 */
export class PublicCache {
  readonly #entries = new Map<string, CachedResponse>();
  /** Misses being built now: later requests for the same page wait for the first one. */
  readonly #building = new Map<string, Promise<void>>();
  #bytes = 0;
  #generation: Generation = { version: -1, minute: -1 };

  constructor(readonly bytesKept: number) {}

  get bytes(): number {
    return this.#bytes;
  }

  get size(): number {
    return this.#entries.size;
  }

  /** True when `generation` is the current one (moving on to it if newer); false for an older one. */
  enter(generation: Generation): boolean {
    if (isNewer(generation, this.#generation)) {
      this.#entries.clear();
      this.#bytes = 0;
      this.#generation = generation;
      return true;
    }
    return generation.version === this.#generation.version && generation.minute === this.#generation.minute;
  }

  get(key: string): CachedResponse | undefined {
    const entry = this.#entries.get(key);
    if (entry === undefined) return undefined;
    // Most recently used last, so eviction takes the page nobody asked for longest.
    this.#entries.delete(key);
    this.#entries.set(key, entry);
    return entry;
  }

  set(key: string, generation: Generation, entry: CachedResponse): void {
    if (!this.enter(generation) || entry.bytes > this.bytesKept) return;
    this.#drop(key);
    for (const oldest of this.#entries.keys()) {
      if (this.#bytes + entry.bytes <= this.bytesKept) break;
      this.#drop(oldest);
    }
    this.#entries.set(key, entry);
    this.#bytes += entry.bytes;
  }

  /** Marks `key` as being built; the returned function says it is done (kept or not). */
  startBuilding(key: string): () => void {
    let done = (): void => {};
    const building = new Promise<void>((resolve) => {
      done = resolve;
    });
    this.#building.set(key, building);
    return () => {
      if (this.#building.get(key) === building) this.#building.delete(key);
      done();
    };
  }

  /** The build of `key` under way, if any. */
  building(key: string): Promise<void> | undefined {
    return this.#building.get(key);
  }

  #drop(key: string): void {
    const entry = this.#entries.get(key);
    if (entry === undefined) return;
    this.#entries.delete(key);
    this.#bytes -= entry.bytes;
  }
}

export interface PublicCacheOptions {
  bytesKept: number;
  /** Cookies that say nothing about who the visitor is (language, CSRF seed); any other skips the cache. */
  harmlessCookies: ReadonlySet<string>;
  /** The CSRF seed cookie, the one cookie a kept response may have set. */
  csrfCookie: string;
  /** The language a page is rendered in for this (anonymous) request. */
  localeOf(request: FastifyRequest): string;
}

interface PendingStore {
  readonly key: string;
  readonly generation: Generation;
  /** Headers set before the route ran (security headers): kept only if the route changed them. */
  readonly presetHeaders: ReadonlyMap<string, unknown>;
  readonly finish: () => void;
}

function hasOnlyHarmlessCookies(request: FastifyRequest, harmless: ReadonlySet<string>): boolean {
  for (const name of Object.keys(request.cookies)) if (!harmless.has(name)) return false;
  return true;
}

function isCacheable(request: FastifyRequest, options: PublicCacheOptions): boolean {
  if (request.routeOptions.config.publicCache !== true) return false;
  if (request.method !== 'GET' && request.method !== 'HEAD') return false;
  if (request.headers.authorization !== undefined) return false;
  if (UNHANDLED_HEADERS.some((name) => request.headers[name] !== undefined)) return false;
  return hasOnlyHarmlessCookies(request, options.harmlessCookies);
}

/**
 * A few routes send a body they gzipped ahead to clients that take it, so the entry is per
 * Accept-Encoding as sent (browsers send one of a handful); compression of other bodies happens
 * after the cache, on every reply.
 */
function keyOf(request: FastifyRequest, options: PublicCacheOptions): string {
  const encodings = request.headers['accept-encoding'] ?? '';
  // Method-independent: a HEAD is answered from the GET's entry and may fill it.
  return `${options.localeOf(request)}\u0000${encodings}\u0000${request.url}`;
}

function etagMatches(header: string | undefined, etag: string): boolean {
  if (header === undefined) return false;
  if (header.trim() === '*') return true;
  const weakless = etag.replace(/^W\//, '');
  return header.split(',').some((candidate) => candidate.trim().replace(/^W\//, '') === weakless);
}

function bodyFor(entry: CachedResponse, csrfToken: string): string | Buffer {
  if (entry.whole !== null) return entry.whole;
  return (entry.parts ?? []).join(csrfToken);
}

function serveHit(request: FastifyRequest, reply: FastifyReply, entry: CachedResponse): FastifyReply {
  reply.header(CACHE_STATUS_HEADER, 'hit');
  if (entry.etag !== undefined && etagMatches(request.headers['if-none-match'], entry.etag)) {
    for (const [name, value] of entry.headers) if (NOT_MODIFIED_HEADERS.has(name)) reply.header(name, value);
    return reply.code(304).send();
  }
  for (const [name, value] of entry.headers) reply.header(name, value);
  return reply.code(entry.status).send(bodyFor(entry, request.csrfToken));
}

function setsOnlyCsrfCookie(reply: FastifyReply, csrfCookie: string): boolean {
  const header = reply.getHeader('set-cookie');
  if (header === undefined) return true;
  const cookies = Array.isArray(header) ? header : [String(header)];
  return cookies.every((cookie) => cookie.startsWith(`${csrfCookie}=`));
}

/**
 * `private` marks an answer for one person (a personal feed by token). Pages say `no-store` only
 * because they carry the visitor's CSRF token, which this cache puts back per visitor.
 */
function mayBeShared(reply: FastifyReply): boolean {
  return !String(reply.getHeader('cache-control') ?? '')
    .toLowerCase()
    .includes('private');
}

/** The response as kept, or null when it must not be kept (personal, failed, streamed, too big). */
function toCachedResponse(
  request: FastifyRequest,
  reply: FastifyReply,
  payload: unknown,
  pending: PendingStore,
  csrfCookie: string,
): CachedResponse | null {
  if (reply.statusCode !== 200 || request.user !== null) return null;
  if (typeof payload !== 'string' && !Buffer.isBuffer(payload)) return null;
  if (!setsOnlyCsrfCookie(reply, csrfCookie) || !mayBeShared(reply)) return null;
  const headers = Object.entries(reply.getHeaders()).flatMap(([name, value]) =>
    value === undefined || UNKEPT_HEADERS.has(name) || pending.presetHeaders.get(name) === value
      ? []
      : [[name, value] as const],
  );
  const headerBytes = headers.reduce((sum, [name, value]) => sum + name.length + String(value).length, 0);
  const etag = reply.getHeader('etag');
  const token = request.csrfToken;
  // Only pages carry the token; feeds and JSON (sometimes megabytes) are not searched for it.
  const isPage = String(reply.getHeader('content-type') ?? '').startsWith('text/html');
  const parts = typeof payload === 'string' && isPage && token !== '' ? payload.split(token) : null;
  const bodyBytes =
    parts === null
      ? Buffer.byteLength(payload)
      : parts.reduce((sum, part) => sum + Buffer.byteLength(part), 0);
  if (bodyBytes > ENTRY_BYTES_MAX) return null;
  const split = parts !== null && parts.length > 1;
  return {
    status: reply.statusCode,
    headers,
    etag: typeof etag === 'string' ? etag : undefined,
    parts: split ? parts : null,
    // Encoded once here rather than on every hit (a year's activity feed is megabytes).
    whole: split ? null : Buffer.isBuffer(payload) ? payload : Buffer.from(payload),
    bytes: bodyBytes + headerBytes + pending.key.length,
  };
}

async function readContentVersion(db: Db): Promise<number> {
  const row = await db.kysely
    .selectFrom('content_version')
    .select('version')
    .where('id', '=', 1)
    .executeTakeFirst();
  return Number(row?.version ?? 0);
}

/**
 * Serves opted-in routes (`config.publicCache: true`) from the cache for anonymous visitors and
 * keeps what they build. Register after the CSRF hook (a hit carries the visitor's own token) and
 * before the routes; the onSend hook runs before @fastify/compress's route-level one, so it keeps
 * the uncompressed body, and a hit is compressed like any other reply.
 */
export function registerPublicCache(app: FastifyInstance, options: PublicCacheOptions): PublicCache {
  const cache = new PublicCache(options.bytesKept);
  const pendingStores = new WeakMap<FastifyRequest, PendingStore>();
  if (options.bytesKept <= 0) return cache;

  app.addHook('onRequest', async (request, reply) => {
    if (!isCacheable(request, options)) return;
    const generation = {
      version: await readContentVersion(app.ctx.db),
      minute: Math.floor(app.ctx.clock.now() / MINUTE),
    };
    if (!cache.enter(generation)) return;
    const key = keyOf(request, options);
    const underWay = cache.building(key);
    if (underWay !== undefined) await underWay;
    const entry = cache.get(key);
    if (entry !== undefined) return serveHit(request, reply, entry);
    reply.header(CACHE_STATUS_HEADER, 'miss');
    const presetHeaders = new Map(Object.entries(reply.getHeaders()));
    pendingStores.set(request, { key, generation, presetHeaders, finish: cache.startBuilding(key) });
  });

  app.addHook('onSend', async (request, reply, payload) => {
    const pending = pendingStores.get(request);
    if (pending === undefined) return payload;
    pendingStores.delete(request);
    const entry = toCachedResponse(request, reply, payload, pending, options.csrfCookie);
    if (entry !== null) cache.set(pending.key, pending.generation, entry);
    pending.finish();
    return payload;
  });

  // A request that fails before sending, or whose client goes away, must not keep others waiting.
  const release = async (request: FastifyRequest): Promise<void> => {
    const pending = pendingStores.get(request);
    if (pending === undefined) return;
    pendingStores.delete(request);
    pending.finish();
  };
  app.addHook('onResponse', release);
  app.addHook('onRequestAbort', release);
  return cache;
}
