import type { FastifyInstance } from 'fastify';
import { homeWeek } from '#src/modules/activities/finding/service.ts';
import { HomePage } from '#src/modules/home/views/home.tsx';

/** How many of this week's activities the home page shows. */
const WEEK_SHOWN = 5;

export async function homeRoutes(app: FastifyInstance): Promise<void> {
  app.get('/', { config: { access: 'public' } }, async (request, reply) => {
    const week = await homeWeek(app.ctx, WEEK_SHOWN);
    return reply.page({
      title: request.t.t('home.title'),
      body: <HomePage t={request.t} userName={request.user?.name ?? null} week={week} />,
    });
  });
}
