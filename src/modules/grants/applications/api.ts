import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import type { FastifyInstance } from 'fastify';
import { applicationInputFromJson, applicationJson, withApiFields } from '#src/modules/grants/api-json.ts';
import {
  getOwnApplication,
  myApplications,
  startApplication,
  updateApplication,
  withdrawApplication,
} from '#src/modules/grants/applications/service.ts';
import { sponsorOfferIdsOf } from '#src/modules/grants/pools/sponsorships-service.ts';
import {
  ApplicationInputJson,
  ApplicationJson,
  ApplicationListJson,
  PROBLEMS,
  StatusResultJson,
  TAGS,
} from '#src/modules/grants/schemas.ts';
import { BEARER_AUTH, IdParams, ProblemJson, SlugParams } from '#src/platform/api-schemas.ts';
import type { AppContext, CurrentUser } from '#src/platform/context.ts';
import { currentUser } from '#src/platform/current-user.ts';

/** One of my applications with the give-board sponsorship offers it links. */
async function ownApplicationJson(ctx: AppContext, user: CurrentUser, id: number) {
  const application = await getOwnApplication(ctx, user, id);
  return { ...applicationJson(application), sponsorOfferIds: await sponsorOfferIdsOf(ctx, id) };
}

/** The applicant's JSON routes: my applications, start, read, change and withdraw one. */
export async function grantsApplicationsApi(instance: FastifyInstance): Promise<void> {
  const app = instance.withTypeProvider<TypeBoxTypeProvider>();
  const { ctx } = app;

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
}
