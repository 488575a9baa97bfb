import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  applicationJsonBody,
  createGrantsWorld,
  type GrantsWorld,
} from '#src/modules/grants/test-support.ts';
import { createTestApp, type TestApp } from '#src/testing/test-app.ts';

function bearer(token: string) {
  return { authorization: `Bearer ${token}` };
}

describe('the grants API', () => {
  let t: TestApp;
  let world: GrantsWorld;
  beforeAll(async () => {
    t = await createTestApp();
    world = await createGrantsWorld(t.ctx);
  });
  afterAll(async () => {
    await t.close();
  });

  it('lists and shows pools to anyone, with amounts in øre and as kroner', async () => {
    const list = await t.app.inject({ url: '/api/v1/pools' });
    expect(list.statusCode).toBe(200);
    const pool = list.json().items.find((item: { slug: string }) => item.slug === world.pool.slug);
    expect(pool).toMatchObject({
      budgetOre: 1_000_000,
      budgetDkk: '10000.00',
      maxGrantOre: 400_000,
      remainingDkk: '10000.00',
      phase: 'open',
      decisionRule: 'majority',
      targetDays: 14,
    });
    expect((await t.app.inject({ url: `/api/v1/pools/${world.pool.slug}` })).json().slug).toBe(
      world.pool.slug,
    );
    expect((await t.app.inject({ url: '/api/v1/pools/findes-ikke' })).statusCode).toBe(404);
  });

  it('lets an organisation admin create and change a pool, and nobody else', async () => {
    const body = {
      organisationId: world.committeeId,
      title: 'Sommerpuljen',
      opensOn: '2027-06-01',
      closesOn: '2027-08-31',
      budgetOre: 2_000_000,
      maxGrantOre: 500_000,
      categories: ['culture', 'communal_dining'],
      reviewerIds: [world.chair.id, world.reviewer.id],
      decisionRule: 'chair',
      chairUserId: world.chair.id,
    };
    const refused = await t.app.inject({
      method: 'POST',
      url: '/api/v1/pools',
      headers: bearer(world.member.apiToken),
      payload: body,
    });
    expect(refused.statusCode).toBe(403);
    const created = await t.app.inject({
      method: 'POST',
      url: '/api/v1/pools',
      headers: bearer(world.chair.apiToken),
      payload: body,
    });
    expect(created.statusCode).toBe(201);
    expect(created.json()).toMatchObject({
      slug: 'sommerpuljen',
      phase: 'upcoming',
      chairUserId: world.chair.id,
      targetDays: 14,
    });
    const stranger = await t.app.inject({
      method: 'PUT',
      url: '/api/v1/pools/sommerpuljen',
      headers: bearer(world.applicant.apiToken),
      payload: body,
    });
    expect(stranger.statusCode).toBe(403);
    const bad = await t.app.inject({
      method: 'PUT',
      url: '/api/v1/pools/sommerpuljen',
      headers: bearer(world.chair.apiToken),
      payload: { ...body, maxGrantOre: 3_000_000, reviewerIds: [world.applicant.id] },
    });
    expect(bad.statusCode).toBe(422);
    expect(
      bad
        .json()
        .errors.map((error: { field: string }) => error.field)
        .sort(),
    ).toEqual(['chairUserId', 'maxGrantOre', 'reviewerIds']);
    const changed = await t.app.inject({
      method: 'PUT',
      url: '/api/v1/pools/sommerpuljen',
      headers: bearer(world.chair.apiToken),
      payload: { ...body, budgetOre: 2_500_000, targetDays: 10 },
    });
    expect(changed.json()).toMatchObject({ budgetDkk: '25000.00', targetDays: 10 });
  });

  it('takes an application from draft to paid by role', async () => {
    const draft = await t.app.inject({
      method: 'POST',
      url: `/api/v1/pools/${world.pool.slug}/applications`,
      headers: bearer(world.applicant.apiToken),
      payload: applicationJsonBody({ submit: false, termsAccepted: false }),
    });
    expect(draft.statusCode).toBe(201);
    expect(draft.json()).toMatchObject({
      status: 'draft',
      requestedOre: 250_000,
      requestedDkk: '2500.00',
      area: { slug: 'sluseholmen' },
    });
    const id = draft.json().id;
    const submitted = await t.app.inject({
      method: 'PUT',
      url: `/api/v1/grant-applications/${id}`,
      headers: bearer(world.applicant.apiToken),
      payload: applicationJsonBody(),
    });
    expect(submitted.json().status).toBe('submitted');
    const mine = await t.app.inject({
      url: '/api/v1/grant-applications/mine',
      headers: bearer(world.applicant.apiToken),
    });
    expect(mine.json().items.map((item: { id: number }) => item.id)).toContain(id);

    const queue = await t.app.inject({
      url: `/api/v1/pools/${world.pool.slug}/queue`,
      headers: bearer(world.reviewer.apiToken),
    });
    expect(queue.json().waiting[0]).toMatchObject({
      application: { id },
      daysWaiting: 0,
      targetDays: 14,
      myVote: null,
    });
    const base = `/api/v1/pools/${world.pool.slug}/applications/${id}`;
    const vote = await t.app.inject({
      method: 'PUT',
      url: `${base}/vote`,
      headers: bearer(world.reviewer.apiToken),
      payload: { vote: 'approve' },
    });
    expect(vote.statusCode).toBe(204);
    const comment = await t.app.inject({
      method: 'POST',
      url: `${base}/comments`,
      headers: bearer(world.reviewer.apiToken),
      payload: { body: 'Fin idé' },
    });
    expect(comment.statusCode).toBe(204);
    const decided = await t.app.inject({
      method: 'POST',
      url: `${base}/decision`,
      headers: bearer(world.chair.apiToken),
      payload: { outcome: 'approve', grantedOre: 200_000, reason: 'Vi bevilger materialerne.' },
    });
    expect(decided.json()).toEqual({ id, status: 'approved' });
    const byReviewer = await t.app.inject({
      method: 'POST',
      url: `${base}/payouts`,
      headers: bearer(world.reviewer.apiToken),
      payload: { date: '2026-12-01', amountOre: 200_000 },
    });
    expect(byReviewer.statusCode).toBe(403);
    const paid = await t.app.inject({
      method: 'POST',
      url: `${base}/payouts`,
      headers: bearer(world.chair.apiToken),
      payload: { date: '2026-12-01', amountOre: 200_000, reference: 'Bilag 9' },
    });
    expect(paid.statusCode).toBe(201);
    expect(
      paid.json().items.map((item: { kind: string; amountDkk: string }) => [item.kind, item.amountDkk]),
    ).toEqual([
      ['commit', '2000.00'],
      ['pay', '2000.00'],
    ]);
    const own = await t.app.inject({
      url: `/api/v1/grant-applications/${id}`,
      headers: bearer(world.applicant.apiToken),
    });
    expect(own.json()).toMatchObject({
      status: 'paid',
      grantedOre: 200_000,
      grantedDkk: '2000.00',
      decisionReason: 'Vi bevilger materialerne.',
    });
    const pool = await t.app.inject({ url: `/api/v1/pools/${world.pool.slug}` });
    expect(pool.json()).toMatchObject({
      committedDkk: '2000.00',
      paidDkk: '2000.00',
      remainingDkk: '8000.00',
    });
  });

  it('asks for a token where one is needed', async () => {
    expect((await t.app.inject({ url: '/api/v1/grant-applications/mine' })).statusCode).toBe(401);
    expect((await t.app.inject({ method: 'POST', url: '/api/v1/pools', payload: {} })).statusCode).toBe(401);
  });

  it('describes every grants route in the OpenAPI document, with responses and bearer security', async () => {
    const document = (await t.app.inject({ url: '/api/openapi.json' })).json();
    const paths = document.paths as Record<
      string,
      Record<string, { tags?: string[]; security?: unknown; responses: Record<string, unknown> }>
    >;
    const expected: Array<[string, string, boolean]> = [
      ['/api/v1/pools', 'get', false],
      ['/api/v1/pools', 'post', true],
      ['/api/v1/pools/{slug}', 'get', false],
      ['/api/v1/pools/{slug}', 'put', true],
      ['/api/v1/pools/{slug}/applications', 'post', true],
      ['/api/v1/grant-applications/mine', 'get', true],
      ['/api/v1/grant-applications/{id}', 'get', true],
      ['/api/v1/grant-applications/{id}', 'put', true],
      ['/api/v1/grant-applications/{id}/withdraw', 'post', true],
      ['/api/v1/pools/{slug}/queue', 'get', true],
      ['/api/v1/pools/{slug}/applications/{id}/vote', 'put', true],
      ['/api/v1/pools/{slug}/applications/{id}/comments', 'post', true],
      ['/api/v1/pools/{slug}/applications/{id}/decision', 'post', true],
      ['/api/v1/pools/{slug}/applications/{id}/payouts', 'post', true],
      ['/api/v1/pools/{slug}/applications/{id}/returns', 'post', true],
    ];
    for (const [path, method, secured] of expected) {
      const operation = paths[path]?.[method];
      expect(operation, `${method} ${path}`).toBeDefined();
      expect(operation?.tags).toEqual(['grants']);
      expect(Object.keys(operation?.responses ?? {}).length).toBeGreaterThan(0);
      expect(operation?.security !== undefined, `${method} ${path} security`).toBe(secured);
    }
  });
});
