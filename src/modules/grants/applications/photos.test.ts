import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { decideApplication } from '#src/modules/grants/review/decision-service.ts';
import { castVote } from '#src/modules/grants/review/service.ts';
import {
  asUser,
  createGrantsWorld,
  type GrantsWorld,
  submitApplication,
} from '#src/modules/grants/test-support.ts';
import { TestAgent } from '#src/testing/agent.ts';
import { createPerson, type TestPerson } from '#src/testing/fixtures.ts';
import { createTestApp, type TestApp } from '#src/testing/test-app.ts';

/** A JPEG that tells where it was taken (EXIF GPS). */
async function jpegWithGps(): Promise<Buffer> {
  return sharp({ create: { width: 800, height: 600, channels: 3, background: { r: 40, g: 160, b: 80 } } })
    .jpeg()
    .withMetadata({
      exif: {
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

function multipart(fields: Record<string, string>, file: Buffer | null) {
  const boundary = `----byliv${Math.random().toString(16).slice(2)}`;
  const parts: Buffer[] = Object.entries(fields).map(([name, value]) =>
    Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="${name}"\r\n\r\n${value}\r\n`),
  );
  if (file !== null) {
    parts.push(
      Buffer.from(
        `--${boundary}\r\nContent-Disposition: form-data; name="photo"; filename="ide.jpg"\r\nContent-Type: image/jpeg\r\n\r\n`,
      ),
      file,
      Buffer.from('\r\n'),
    );
  }
  parts.push(Buffer.from(`--${boundary}--\r\n`));
  return { payload: Buffer.concat(parts), contentType: `multipart/form-data; boundary=${boundary}` };
}

describe('photos of an application', () => {
  let t: TestApp;
  let world: GrantsWorld;
  let stranger: TestPerson;
  let id: number;
  let agent: TestAgent;

  async function upload(purpose: 'ansogning' | 'rapport', altText: string, file: Buffer | null) {
    const body = multipart({ altText }, file);
    return t.app.inject({
      method: 'POST',
      url: `/mine-ansogninger/${id}/fotos?formaal=${purpose}&_csrf=${encodeURIComponent(agent.csrfToken)}`,
      headers: {
        'content-type': body.contentType,
        cookie: `byliv_session=${world.applicant.sessionToken}; byliv_csrf=${agent.cookie('byliv_csrf') ?? ''}`,
      },
      payload: body.payload,
    });
  }

  beforeAll(async () => {
    t = await createTestApp();
    world = await createGrantsWorld(t.ctx);
    stranger = await createPerson(t.ctx, { name: 'Fremmed' });
    id = await submitApplication(t.ctx, world);
    agent = new TestAgent(t.app);
    agent.setCookie('byliv_session', world.applicant.sessionToken);
    await agent.get(`/mine-ansogninger/${id}/fotos`);
  });
  afterAll(async () => {
    await t.close();
  });

  it('takes a photo with its description, re-encoded without the GPS position', async () => {
    const missing = await upload('ansogning', '', null);
    expect(missing.statusCode).toBe(422);
    expect(missing.body).toContain('Beskriv billedet med et par ord');
    expect(missing.body).toContain('Vælg et billede');
    const response = await upload('ansogning', 'Skitse af hylden', await jpegWithGps());
    expect(response.statusCode).toBe(302);
    const page = await agent.get(`/mine-ansogninger/${id}/fotos`);
    const url = /src="(\/ansogninger\/\d+\/fotos\/\d+)"/.exec(page.body)?.[1] ?? '';
    expect(page.body).toContain('alt="Skitse af hylden"');
    const photo = await t.app.inject({ url, cookies: { byliv_session: world.applicant.sessionToken } });
    expect(photo.headers['content-type']).toBe('image/webp');
    const metadata = await sharp(photo.rawPayload).metadata();
    expect(metadata.exif).toBeUndefined();
  });

  it('deletes a photo only from its confirmation page', async () => {
    expect((await upload('ansogning', 'Gammel skitse', await jpegWithGps())).statusCode).toBe(302);
    const before = await agent.get(`/mine-ansogninger/${id}/fotos`);
    const actions = [...before.body.matchAll(/action="(\/mine-ansogninger\/\d+\/fotos\/\d+\/slet)"/g)];
    const url = actions.at(-1)?.[1] ?? '';
    const plain = await agent.post(url);
    expect(plain.statusCode).toBe(200);
    expect(plain.body).toContain('Vil du slette billedet?');
    expect(plain.body).toContain('Gammel skitse');
    expect((await agent.get(`/mine-ansogninger/${id}/fotos`)).body).toContain('alt="Gammel skitse"');
    expect((await agent.post(url, { bekraeft: 'ja' })).statusCode).toBe(302);
    expect((await agent.get(`/mine-ansogninger/${id}/fotos`)).body).not.toContain('alt="Gammel skitse"');
  });

  it('shows the photo of an undecided application to those involved only, and to everyone once funded', async () => {
    const page = await agent.get(`/mine-ansogninger/${id}/fotos`);
    const url = /src="(\/ansogninger\/\d+\/fotos\/\d+)"/.exec(page.body)?.[1] ?? '';
    expect((await t.app.inject({ url, cookies: { byliv_session: stranger.sessionToken } })).statusCode).toBe(
      404,
    );
    expect((await t.app.inject({ url })).statusCode).toBe(404);
    expect(
      (await t.app.inject({ url, cookies: { byliv_session: world.reviewer.sessionToken } })).statusCode,
    ).toBe(200);
    await castVote(t.ctx, asUser(world.reviewer), world.pool.slug, id, 'approve');
    await decideApplication(t.ctx, asUser(world.chair), world.pool.slug, id, {
      outcome: 'approve',
      amount: { ore: undefined },
    });
    expect((await t.app.inject({ url })).statusCode).toBe(200);
  });

  it('keeps the application photos once decided, and takes report photos only after the payout', async () => {
    const late = await upload('ansogning', 'For sent', await jpegWithGps());
    expect(late.statusCode).toBe(409);
    const early = await upload('rapport', 'Før udbetaling', await jpegWithGps());
    expect(early.statusCode).toBe(409);
  });
});
