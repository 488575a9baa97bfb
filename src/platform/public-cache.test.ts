import { brotliDecompressSync } from 'node:zlib';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ensureAreas } from '#src/modules/areas/service.ts';
import { createPlace } from '#src/modules/places/edit-service.ts';
import { createTestOrganisation, validFacts } from '#src/modules/places/test-support.ts';
import type { CurrentUser } from '#src/platform/context.ts';
import { CACHE_STATUS_HEADER, PublicCache } from '#src/platform/public-cache.ts';
import { MINUTE } from '#src/platform/time.ts';
import { TestAgent } from '#src/testing/agent.ts';
import { createPerson, type TestPerson } from '#src/testing/fixtures.ts';
import { countQueries } from '#src/testing/query-count.ts';
import { createTestApp, type TestApp } from '#src/testing/test-app.ts';
import { testDialect } from '#src/testing/test-db.ts';

const cacheStatus = (response: { headers: Record<string, unknown> }) => response.headers[CACHE_STATUS_HEADER];
const csrfFieldOf = (body: string) => /name="_csrf" value="([^"]+)"/.exec(body)?.[1];

describe('public pages served from the cache', () => {
  let t: TestApp;
  let manager: CurrentUser;
  let managerPerson: TestPerson;
  let organisation: { slug: string };

  async function addPlace(name: string, app: TestApp = t): Promise<string> {
    return createPlace(app.ctx, manager, validFacts(organisation.slug, { name }));
  }

  beforeAll(async () => {
    t = await createTestApp();
    await ensureAreas(t.ctx);
    managerPerson = await createPerson(t.ctx, { name: 'Cache Forvalter' });
    organisation = await createTestOrganisation(t.ctx, [{ id: managerPerson.id, role: 'admin' }]);
    manager = {
      id: managerPerson.id,
      name: 'Cache Forvalter',
      email: managerPerson.email,
      locale: 'da',
      isAdmin: false,
      emailVerified: true,
    };
    await addPlace('Kantinen');
  });
  afterAll(async () => {
    await t.close();
  });

  it('serves a hit with the same body as the miss, but with this visitor’s own CSRF token', async () => {
    const first = new TestAgent(t.app);
    const second = new TestAgent(t.app);
    const miss = await first.get('/log-ind?naeste=/steder');
    const hit = await second.get('/log-ind?naeste=/steder');
    expect(cacheStatus(miss)).toBe('miss');
    expect(cacheStatus(hit)).toBe('hit');
    const firstToken = csrfFieldOf(miss.body);
    const secondToken = csrfFieldOf(hit.body);
    expect(firstToken).toBeDefined();
    expect(secondToken).toBeDefined();
    expect(secondToken).not.toBe(firstToken);
    expect(hit.body.replaceAll(String(secondToken), 'TOKEN')).toBe(
      miss.body.replaceAll(String(firstToken), 'TOKEN'),
    );
    // The second visitor got their CSRF cookie on the hit, and a form posted from it passes the check.
    expect(second.cookie('byliv_csrf')).toBeDefined();
    const login = await second.post('/log-ind', { email: 'nobody@example.dk', password: 'wrong-password-1' });
    expect(login.statusCode).not.toBe(403);
    const forged = await first.post('/log-ind', {
      _csrf: String(secondToken),
      email: 'x@example.dk',
      password: 'y',
    });
    expect(forged.statusCode).toBe(403);
  });

  it('answers a hit with one query', async () => {
    await t.app.inject({ url: '/steder' });
    const { result, count } = await countQueries(() => t.app.inject({ url: '/steder' }));
    expect(cacheStatus(result)).toBe('hit');
    expect(count).toBe(1);
  });

  it('shows a place created through the service at the next request', async () => {
    await t.app.inject({ url: '/steder' });
    expect(cacheStatus(await t.app.inject({ url: '/steder' }))).toBe('hit');
    await addPlace('Værkstedet');
    const after = await t.app.inject({ url: '/steder' });
    expect(cacheStatus(after)).toBe('miss');
    expect(after.body).toContain('Værkstedet');
  });

  it('shows a change written straight in SQL at the next request', async () => {
    const slug = await addPlace('Biblioteket');
    const before = await t.app.inject({ url: `/steder/${slug}` });
    expect(before.body).toContain('Biblioteket');
    expect(cacheStatus(await t.app.inject({ url: `/steder/${slug}` }))).toBe('hit');
    await sql`update places set name = ${'Læsesalen'} where slug = ${slug}`.execute(t.ctx.db.kysely);
    const after = await t.app.inject({ url: `/steder/${slug}` });
    expect(after.body).toContain('Læsesalen');
    expect(after.body).not.toContain('Biblioteket');
  });

  it('never serves a logged-in visitor a kept page, nor keeps theirs', async () => {
    const anonymous = await t.app.inject({ url: '/' });
    expect(anonymous.statusCode).toBe(200);
    const loggedIn = await t.app.inject({ url: '/', cookies: { byliv_session: managerPerson.sessionToken } });
    expect(cacheStatus(loggedIn)).toBeUndefined();
    expect(loggedIn.body).toContain('Cache Forvalter');
    // A page only a logged-in visitor has asked for is still built afresh for the next anonymous one.
    const url = '/steder?side=1';
    await t.app.inject({ url, cookies: { byliv_session: managerPerson.sessionToken } });
    const next = await t.app.inject({ url });
    expect(cacheStatus(next)).toBe('miss');
    expect(next.body).not.toContain('Cache Forvalter');
  });

  it('skips the cache for API calls with a token and for visitors with a flash or unknown cookie', async () => {
    await t.app.inject({ url: '/api/v1/places' });
    const withToken = await t.app.inject({
      url: '/api/v1/places',
      headers: { authorization: `Bearer ${managerPerson.apiToken}` },
    });
    expect(cacheStatus(withToken)).toBeUndefined();
    expect(cacheStatus(await t.app.inject({ url: '/api/v1/places' }))).toBe('hit');
    const withFlash = await t.app.inject({ url: '/api/v1/places', cookies: { byliv_flash: 'x' } });
    expect(cacheStatus(withFlash)).toBeUndefined();
  });

  it('keeps the English page apart from the Danish one', async () => {
    const danish = await t.app.inject({ url: '/kontakt' });
    const english = await t.app.inject({ url: '/kontakt', cookies: { byliv_lang: 'en' } });
    expect(danish.body).toContain('lang="da"');
    expect(english.body).toContain('lang="en"');
    expect(cacheStatus(english)).toBe('miss');
    expect(cacheStatus(await t.app.inject({ url: '/kontakt', cookies: { byliv_lang: 'en' } }))).toBe('hit');
  });

  it('builds the page again once the clock has moved a minute on', async () => {
    await t.app.inject({ url: '/aktiviteter' });
    expect(cacheStatus(await t.app.inject({ url: '/aktiviteter' }))).toBe('hit');
    t.clock.advance(MINUTE);
    expect(cacheStatus(await t.app.inject({ url: '/aktiviteter' }))).toBe('miss');
  });

  it('sends a hit with the headers the route set, its own body encoding included', async () => {
    await ensureAreas(t.ctx);
    const headers = { 'accept-encoding': 'gzip' };
    const miss = await t.app.inject({ url: '/api/v1/districts', headers });
    const hit = await t.app.inject({ url: '/api/v1/districts', headers });
    expect(cacheStatus(hit)).toBe('hit');
    const routeHeaders = (response: typeof hit) => {
      const { 'x-request-id': _id, date: _date, [CACHE_STATUS_HEADER]: _status, ...rest } = response.headers;
      return rest;
    };
    expect(routeHeaders(hit)).toEqual(routeHeaders(miss));
    // The route overrides a security header set for every reply: the hit keeps the route's value.
    expect(hit.headers['cross-origin-resource-policy']).toBe('cross-origin');
    expect(hit.headers['content-encoding']).toBe('gzip');
    expect(hit.rawPayload.equals(miss.rawPayload)).toBe(true);
    const plain = await t.app.inject({
      url: '/api/v1/districts',
      headers: { 'accept-encoding': 'gzip;q=0' },
    });
    expect(plain.headers['content-encoding']).toBeUndefined();
  });

  it('answers HEAD from the page a GET kept, without a body', async () => {
    const get = await t.app.inject({ url: '/privatliv' });
    const head = await t.app.inject({ url: '/privatliv', method: 'HEAD' });
    expect(cacheStatus(head)).toBe('hit');
    expect(head.statusCode).toBe(200);
    expect(head.body).toBe('');
    expect(head.headers['content-type']).toBe(get.headers['content-type']);
  });

  it('answers 304 from a kept feed when the client’s copy is current', async () => {
    const feed = await t.app.inject({ url: '/aktiviteter.ics' });
    const etag = String(feed.headers.etag);
    expect(etag).not.toBe('undefined');
    const again = await t.app.inject({ url: '/aktiviteter.ics', headers: { 'if-none-match': etag } });
    expect(cacheStatus(again)).toBe('hit');
    expect(again.statusCode).toBe(304);
    expect(again.headers.etag).toBe(etag);
    expect(again.body).toBe('');
  });

  it('keeps the page uncompressed and compresses a hit like any other reply', async () => {
    const headers = { 'accept-encoding': 'br' };
    const miss = await t.app.inject({ url: '/vilkaar', headers });
    const hit = await t.app.inject({ url: '/vilkaar', headers });
    expect(cacheStatus(hit)).toBe('hit');
    expect(hit.headers['content-encoding']).toBe('br');
    const text = (response: typeof hit) => brotliDecompressSync(response.rawPayload).toString('utf8');
    expect(text(hit)).toContain('<!doctype html>');
    expect(text(hit).length).toBe(text(miss).length);
  });

  it('keeps neither a 404 nor a refused query', async () => {
    for (const url of ['/steder/findes-ikke', '/aktiviteter.ics?from=ikke-en-dato']) {
      const first = await t.app.inject({ url });
      const second = await t.app.inject({ url });
      expect(first.statusCode).toBeGreaterThanOrEqual(400);
      expect(cacheStatus(second)).toBe('miss');
    }
  });

  it('never keeps a personal calendar feed', async () => {
    const url = `/aktiviteter/kalender/${'a'.repeat(32)}.ics`;
    await t.app.inject({ url });
    expect(cacheStatus(await t.app.inject({ url }))).toBeUndefined();
  });

  it.skipIf(testDialect() !== 'postgres')(
    'shows a write made through one instance at the next request to another on the same database',
    async () => {
      const other = await createTestApp({ database: t.database });
      try {
        await other.app.inject({ url: '/steder' });
        expect(cacheStatus(await other.app.inject({ url: '/steder' }))).toBe('hit');
        await addPlace('Tagterrassen', t);
        const seen = await other.app.inject({ url: '/steder' });
        expect(cacheStatus(seen)).toBe('miss');
        expect(seen.body).toContain('Tagterrassen');
      } finally {
        await other.app.close();
      }
    },
  );
});

describe('the cache’s byte bound', () => {
  const entry = (bytes: number) => ({
    status: 200,
    headers: [],
    etag: undefined,
    parts: null,
    whole: Buffer.from('x'),
    bytes,
  });
  const now = { version: 1, minute: 1 };

  it('evicts the page asked for longest ago when a new one would pass the cap', () => {
    const cache = new PublicCache(1000);
    cache.set('a', now, entry(400));
    cache.set('b', now, entry(400));
    cache.get('a');
    cache.set('c', now, entry(400));
    expect(cache.get('b')).toBeUndefined();
    expect(cache.get('a')).toBeDefined();
    expect(cache.get('c')).toBeDefined();
    expect(cache.bytes).toBe(800);
  });

  it('keeps nothing bigger than the cap, and nothing from an older version', () => {
    const cache = new PublicCache(1000);
    cache.set('big', now, entry(1001));
    expect(cache.size).toBe(0);
    cache.enter({ version: 2, minute: 1 });
    cache.set('late', now, entry(10));
    expect(cache.get('late')).toBeUndefined();
  });
});
