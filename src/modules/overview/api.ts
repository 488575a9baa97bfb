import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import type { FastifyInstance } from 'fastify';
import { overviewJson } from '#src/modules/overview/json.ts';
import { OverviewJson } from '#src/modules/overview/schemas.ts';
import { type OverviewOptions, personalOverview } from '#src/modules/overview/service.ts';
import { BEARER_AUTH, problem } from '#src/platform/api-schemas.ts';
import { currentUser } from '#src/platform/current-user.ts';

/** The JSON face of "Mit overblik", mounted under /api/v1. */
export async function overviewApi(app: FastifyInstance, options: OverviewOptions): Promise<void> {
  const r = app.withTypeProvider<TypeBoxTypeProvider>();
  const { ctx } = app;

  r.get(
    '/me/overview',
    {
      config: { access: 'user' },
      schema: {
        tags: ['accounts'],
        security: BEARER_AUTH,
        summary: 'Your overview',
        description:
          'What waits for you (booking requests at places you manage, applications to review, give-board contact requests) and your next bookings, activities, posts, applications and organisations – the same as the page "Mit overblik".',
        response: {
          200: OverviewJson,
          401: problem('No valid personal API token was sent.'),
        },
      },
    },
    async (request) => overviewJson(await personalOverview(ctx, options.parts, currentUser(request))),
  );
}
