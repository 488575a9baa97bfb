import type { FastifyInstance } from 'fastify';
import { AccessibilityStatement } from '#src/modules/home/views/accessibility.tsx';
import { HomePage } from '#src/modules/home/views/home.tsx';

export async function homeRoutes(app: FastifyInstance): Promise<void> {
  app.get('/', { config: { access: 'public' } }, async (request, reply) => {
    return reply.page({
      title: request.t.t('home.title'),
      body: <HomePage t={request.t} userName={request.user?.name ?? null} />,
    });
  });
  app.get('/tilgaengelighed', { config: { access: 'public' } }, async (request, reply) => {
    return reply.page({ title: request.t.t('a11y.title'), body: <AccessibilityStatement t={request.t} /> });
  });
}
