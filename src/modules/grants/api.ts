import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import type { FastifyInstance } from 'fastify';
import {
  applicationInputFromJson,
  applicationJson,
  poolInputFromJson,
  poolJson,
  queueItemJson,
  withApiFields,
} from '#src/modules/grants/api-json.ts';
import {
  getOwnApplication,
  myApplications,
  startApplication,
  updateApplication,
  withdrawApplication,
} from '#src/modules/grants/applications/service.ts';
import { grantsMoneyApi } from '#src/modules/grants/money/api.ts';
import { createPool, getPool, listPools, updatePool } from '#src/modules/grants/pools/service.ts';
import { sponsorOfferIdsOf } from '#src/modules/grants/pools/sponsorships-service.ts';
import { grantsPublicApi } from '#src/modules/grants/public/api.ts';
import { reviewQueue } from '#src/modules/grants/review/service.ts';
import {
  ApplicationInputJson,
  ApplicationJson,
  ApplicationListJson,
  PoolInputJson,
  PoolJson,
  PoolListJson,
  QueueJson,
  StatusResultJson,
} from '#src/modules/grants/schemas.ts';
import {
  BEARER_AUTH,
  IdParams,
  ProblemJson,
  problemResponses,
  SlugParams,
} from '#src/platform/api-schemas.ts';
import type { AppContext, CurrentUser } from '#src/platform/context.ts';
import { currentUser } from '#src/platform/current-user.ts';
import { ValidationError } from '#src/platform/errors.ts';

/** One of my applications with the give-board sponsorship offers it links. */
async function ownApplicationJson(ctx: AppContext, user: CurrentUser, id: number) {
  const application = await getOwnApplication(ctx, user, id);
  return { ...applicationJson(application), sponsorOfferIds: await sponsorOfferIdsOf(ctx, id) };
}

export const TAGS = ['grants'];
export const PROBLEMS = problemResponses(400, 401, 403, 404, 409, 422);

/**
 * JSON routes of the quick-action pool, mounted under /api/v1. Amounts are whole øre (`…Ore`,
 * the only form accepted as input); responses add the same amount in kroner as a decimal string
 * (`…Dkk`, e.g. "1500.00") for reading.
 */
export async function grantsApi(instance: FastifyInstance): Promise<void> {
  const app = instance.withTypeProvider<TypeBoxTypeProvider>();
  const { ctx } = app;
  const now = () => ctx.clock.now();
  const baseUrl = ctx.config.baseUrl;

  app.get(
    '/pools',
    {
      config: { access: 'public' },
      schema: { tags: TAGS, summary: 'List the grant pools', response: { 200: PoolListJson } },
    },
    async () => ({ items: (await listPools(ctx)).map((pool) => poolJson(pool, now(), baseUrl)) }),
  );

  app.get(
    '/pools/:slug',
    {
      config: { access: 'public' },
      schema: {
        tags: TAGS,
        summary: 'One grant pool with its budget, committed, paid and remaining',
        params: SlugParams,
        response: { 200: PoolJson, 404: ProblemJson },
      },
    },
    async (request) => poolJson(await getPool(ctx, request.params.slug), now(), baseUrl),
  );

  app.post(
    '/pools',
    {
      config: { access: 'user' },
      schema: {
        tags: TAGS,
        summary: 'Create a pool (admins of the organisation running it)',
        security: BEARER_AUTH,
        body: PoolInputJson,
        response: { 201: PoolJson, ...PROBLEMS },
      },
    },
    async (request, reply) => {
      if (request.body.organisationId === undefined) {
        throw new ValidationError({ organisationId: { key: 'validation.required' } });
      }
      try {
        const pool = await createPool(
          ctx,
          currentUser(request),
          request.body.organisationId,
          poolInputFromJson(request.body),
        );
        return reply.status(201).send(poolJson(pool, now(), baseUrl));
      } catch (error) {
        throw withApiFields(error);
      }
    },
  );

  app.put(
    '/pools/:slug',
    {
      config: { access: 'user' },
      schema: {
        tags: TAGS,
        summary: 'Change a pool (admins of the organisation running it)',
        security: BEARER_AUTH,
        params: SlugParams,
        body: PoolInputJson,
        response: { 200: PoolJson, ...PROBLEMS },
      },
    },
    async (request) => {
      try {
        return poolJson(
          await updatePool(ctx, currentUser(request), request.params.slug, poolInputFromJson(request.body)),
          now(),
          baseUrl,
        );
      } catch (error) {
        throw withApiFields(error);
      }
    },
  );

  app.get(
    '/grant-applications/mine',
    {
      config: { access: 'user' },
      schema: {
        tags: TAGS,
        summary: 'My applications (drafts included)',
        security: BEARER_AUTH,
        response: { 200: ApplicationListJson, 401: ProblemJson },
      },
    },
    async (request) => ({ items: (await myApplications(ctx, currentUser(request))).map(applicationJson) }),
  );

  app.post(
    '/pools/:slug/applications',
    {
      config: { access: 'user' },
      schema: {
        tags: TAGS,
        summary: 'Start an application: a draft, or submitted at once with `submit: true`',
        description:
          'Submitting checks eligibility: the pool is open, the amount is above zero, within the maximum and the remaining budget, the budget lines add up to requestedOre + cofundingOre, and the terms are accepted.',
        security: BEARER_AUTH,
        params: SlugParams,
        body: ApplicationInputJson,
        response: { 201: ApplicationJson, ...PROBLEMS },
      },
    },
    async (request, reply) => {
      const user = currentUser(request);
      try {
        const id = await startApplication(
          ctx,
          user,
          request.params.slug,
          applicationInputFromJson(request.body),
          request.body.submit === true,
        );
        return reply.status(201).send(await ownApplicationJson(ctx, user, id));
      } catch (error) {
        throw withApiFields(error);
      }
    },
  );

  app.get(
    '/grant-applications/:id',
    {
      config: { access: 'user' },
      schema: {
        tags: TAGS,
        summary: 'One of my applications',
        security: BEARER_AUTH,
        params: IdParams,
        response: { 200: ApplicationJson, ...PROBLEMS },
      },
    },
    async (request) => ownApplicationJson(ctx, currentUser(request), request.params.id),
  );

  app.put(
    '/grant-applications/:id',
    {
      config: { access: 'user' },
      schema: {
        tags: TAGS,
        summary:
          'Change a draft (or an application sent back for more information); `submit: true` (re)submits it',
        security: BEARER_AUTH,
        params: IdParams,
        body: ApplicationInputJson,
        response: { 200: ApplicationJson, ...PROBLEMS },
      },
    },
    async (request) => {
      const user = currentUser(request);
      try {
        await updateApplication(
          ctx,
          user,
          request.params.id,
          applicationInputFromJson(request.body),
          request.body.submit === true,
        );
      } catch (error) {
        throw withApiFields(error);
      }
      return ownApplicationJson(ctx, user, request.params.id);
    },
  );

  app.post(
    '/grant-applications/:id/withdraw',
    {
      config: { access: 'user' },
      schema: {
        tags: TAGS,
        summary: 'Withdraw my application (before the payout; an approved grant goes back to the pool)',
        security: BEARER_AUTH,
        params: IdParams,
        response: { 200: StatusResultJson, ...PROBLEMS },
      },
    },
    async (request) => {
      await withdrawApplication(ctx, currentUser(request), request.params.id);
      return { id: request.params.id, status: 'withdrawn' as const };
    },
  );

  app.get(
    '/pools/:slug/queue',
    {
      config: { access: 'user' },
      schema: {
        tags: TAGS,
        summary: "The reviewers' queue: open applications, the longest waiting first, then the decided ones",
        security: BEARER_AUTH,
        params: SlugParams,
        response: { 200: QueueJson, ...PROBLEMS },
      },
    },
    async (request) => {
      const queue = await reviewQueue(ctx, currentUser(request), request.params.slug);
      return { waiting: queue.waiting.map(queueItemJson), decided: queue.decided.map(queueItemJson) };
    },
  );

  await grantsMoneyApi(instance);
  await instance.register(grantsPublicApi);
}
