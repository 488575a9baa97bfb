import type { FastifyInstance } from 'fastify';
import { type OverviewOptions, personalOverview } from '#src/modules/overview/service.ts';
import { OverviewPage } from '#src/modules/overview/views/overview-page.tsx';
import { currentUser } from '#src/platform/current-user.ts';

/** "Mit overblik": where a person lands after logging in. */
export async function overviewRoutes(app: FastifyInstance, options: OverviewOptions): Promise<void> {
  app.get('/mit-overblik', { config: { access: 'user' } }, async (request, reply) => {
    const overview = await personalOverview(app.ctx, options.parts, currentUser(request));
    return reply.page({
      title: request.t.t('overview.title'),
      body: <OverviewPage t={request.t} overview={overview} />,
    });
  });
}
