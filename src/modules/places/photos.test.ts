import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ensureAreas } from '#src/modules/areas/service.ts';
import { createPlace } from '#src/modules/places/edit-service.ts';
import { createTestOrganisation, validFacts } from '#src/modules/places/test-support.ts';
import type { CurrentUser } from '#src/platform/context.ts';
import { TestAgent } from '#src/testing/agent.ts';
import { createPerson, type TestPerson } from '#src/testing/fixtures.ts';
import { createTestApp, type TestApp } from '#src/testing/test-app.ts';

/** A JPEG that gives away where it was taken: EXIF with GPS coordinates and a camera make. */
async function jpegWithGps(width: number, height: number): Promise<Buffer> {
  return sharp({ create: { width, height, channels: 3, background: { r: 200, g: 80, b: 40 } } })
    .jpeg()
    .withMetadata({
      exif: {
        IFD0: { Make: 'Spionkamera', Copyright: 'Hemmelig' },
        IFD3: {
          GPSLatitudeRef: 'N',
          GPSLatitude: '55/1 38/1 4/1',
          GPSLongitudeRef: 'E',
          GPSLongitude: '12/1 32/1 53/1',
        },
      },
    })
    .toBuffer();
}

function multipart(
  fields: Record<string, string>,
  file: { name: string; type: string; data: Buffer } | null,
) {
  const boundary = `----byliv${Math.random().toString(16).slice(2)}`;
  const parts: Buffer[] = [];
  for (const [name, value] of Object.entries(fields)) {
    parts.push(
      Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="${name}"\r\n\r\n${value}\r\n`),
    );
  }
  if (file !== null) {
    parts.push(
      Buffer.from(
        `--${boundary}\r\nContent-Disposition: form-data; name="photo"; filename="${file.name}"\r\nContent-Type: ${file.type}\r\n\r\n`,
      ),
      file.data,
      Buffer.from('\r\n'),
    );
  }
  parts.push(Buffer.from(`--${boundary}--\r\n`));
  return { payload: Buffer.concat(parts), contentType: `multipart/form-data; boundary=${boundary}` };
}

describe('photos of a place', () => {
  let t: TestApp;
  let manager: TestPerson;
  let outsider: TestPerson;
  let slug: string;
  let agent: TestAgent;

  async function upload(
    as: TestAgent,
    fields: Record<string, string>,
    file: { name: string; type: string; data: Buffer } | null,
    csrf = as.csrfToken,
  ) {
    const body = multipart(fields, file);
    return t.app.inject({
      method: 'POST',
      url: `/steder/${slug}/rediger/fotos?_csrf=${encodeURIComponent(csrf)}`,
      headers: {
        'content-type': body.contentType,
        cookie: `byliv_session=${as === agent ? manager.sessionToken : outsider.sessionToken}; byliv_csrf=${as.cookie('byliv_csrf') ?? ''}`,
      },
      payload: body.payload,
    });
  }

  async function photoIds(): Promise<number[]> {
    const rows = await t.ctx.db.kysely.selectFrom('place_photos').select('id').orderBy('id').execute();
    return rows.map((row) => row.id);
  }

  beforeAll(async () => {
    t = await createTestApp();
    await ensureAreas(t.ctx);
    manager = await createPerson(t.ctx, { name: 'Fotograf' });
    outsider = await createPerson(t.ctx, { name: 'Fremmed' });
    const organisation = await createTestOrganisation(t.ctx, [{ id: manager.id, role: 'admin' }]);
    const user: CurrentUser = {
      id: manager.id,
      name: 'Fotograf',
      email: manager.email,
      locale: 'da',
      isAdmin: false,
      emailVerified: true,
    };
    slug = await createPlace(t.ctx, user, validFacts(organisation.slug, { accessibility: [] }));
    agent = new TestAgent(t.app);
    agent.setCookie('byliv_session', manager.sessionToken);
    await agent.get(`/steder/${slug}/rediger/fotos`);
  });
  afterAll(async () => {
    await t.close();
  });

  it('re-encodes an upload as WebP, capped at 1600 pixels, with its EXIF and GPS position removed', async () => {
    const original = await jpegWithGps(2400, 1200);
    expect((await sharp(original).metadata()).exif).toBeDefined();
    const response = await upload(
      agent,
      { altText: 'Salen set fra scenen' },
      { name: 'sal.jpg', type: 'image/jpeg', data: original },
    );
    expect(response.statusCode).toBe(302);
    const [id] = await photoIds();
    const served = await t.app.inject({ url: `/steder/${slug}/fotos/${id}` });
    expect(served.statusCode).toBe(200);
    expect(served.headers['content-type']).toBe('image/webp');
    expect(served.headers['cache-control']).toContain('max-age=31536000');
    const metadata = await sharp(served.rawPayload).metadata();
    expect(metadata.format).toBe('webp');
    expect([metadata.width, metadata.height]).toEqual([1600, 800]);
    expect(metadata.exif).toBeUndefined();
    expect(metadata.xmp).toBeUndefined();
    expect(served.rawPayload.includes(Buffer.from('Spionkamera'))).toBe(false);
    expect(served.rawPayload.includes(Buffer.from('GPS'))).toBe(false);
    const page = await t.app.inject({ url: `/steder/${slug}` });
    expect(page.body).toContain(`alt="Salen set fra scenen"`);
  });

  it('answers a repeated request for a photo with 304 Not Modified', async () => {
    const [id] = await photoIds();
    const first = await t.app.inject({ url: `/steder/${slug}/fotos/${id}` });
    const again = await t.app.inject({
      url: `/steder/${slug}/fotos/${id}`,
      headers: { 'if-none-match': String(first.headers.etag) },
    });
    expect(again.statusCode).toBe(304);
  });

  it('requires an alternative text and a photo, each with its own message', async () => {
    const before = await photoIds();
    const response = await upload(agent, { altText: '' }, null);
    expect(response.statusCode).toBe(422);
    expect(response.body).toContain('Beskriv hvad billedet viser');
    expect(response.body).toContain('Vælg et billede');
    expect(await photoIds()).toEqual(before);
  });

  it('refuses a file that is not a JPEG, PNG or WebP image', async () => {
    const response = await upload(
      agent,
      { altText: 'Et dokument' },
      { name: 'x.pdf', type: 'image/jpeg', data: Buffer.from('%PDF-1.4 not an image') },
    );
    expect(response.statusCode).toBe(422);
    expect(response.body).toContain('Billedet skal være JPEG, PNG eller WebP');
  });

  it('refuses an upload over 8 MB', async () => {
    const big = Buffer.concat([await jpegWithGps(10, 10), Buffer.alloc(8 * 1024 * 1024 + 10, 1)]);
    const response = await upload(
      agent,
      { altText: 'For stort' },
      { name: 'stor.jpg', type: 'image/jpeg', data: big },
    );
    expect(response.statusCode).toBe(422);
    expect(response.body).toContain('Billedet må højst fylde 8 MB');
  });

  it('refuses an upload without the form token', async () => {
    const png = await sharp({ create: { width: 10, height: 10, channels: 3, background: '#fff' } })
      .png()
      .toBuffer();
    const response = await upload(
      agent,
      { altText: 'Uden token' },
      { name: 'a.png', type: 'image/png', data: png },
      'forkert',
    );
    expect(response.statusCode).toBe(403);
  });

  it('refuses uploads from someone who does not manage the place', async () => {
    const other = new TestAgent(t.app);
    other.setCookie('byliv_session', outsider.sessionToken);
    await other.get('/steder');
    const png = await sharp({ create: { width: 10, height: 10, channels: 3, background: '#fff' } })
      .png()
      .toBuffer();
    const response = await upload(
      other,
      { altText: 'Fremmed' },
      { name: 'a.png', type: 'image/png', data: png },
    );
    expect(response.statusCode).toBe(403);
  });

  it('deletes a photo after asking for confirmation', async () => {
    const [id] = await photoIds();
    const confirm = await agent.get(`/steder/${slug}/fotos/${id}/slet`);
    expect(confirm.body).toContain('Vil du slette billedet &quot;Salen set fra scenen&quot;?');
    const plain = await agent.post(`/steder/${slug}/fotos/${id}/slet`);
    expect(plain.statusCode).toBe(200);
    expect(plain.body).toContain('Vil du slette billedet &quot;Salen set fra scenen&quot;?');
    expect((await t.app.inject({ url: `/steder/${slug}/fotos/${id}` })).statusCode).toBe(200);
    const deleted = await agent.post(`/steder/${slug}/fotos/${id}/slet`, { bekraeft: 'ja' });
    expect(deleted.statusCode).toBe(302);
    expect((await t.app.inject({ url: `/steder/${slug}/fotos/${id}` })).statusCode).toBe(404);
  });
});
