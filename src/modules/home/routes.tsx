import type { FastifyInstance } from 'fastify';
import { HomePage } from '#src/modules/home/views/home.tsx';
import { type HomeSection, loadHomeSections } from '#src/platform/views/page-sections.tsx';

export interface HomeRoutesOptions {
  /** What other modules show on the home page, composed in `src/page-sections.ts`. */
  sections: readonly HomeSection[];
}

export async function homeRoutes(app: FastifyInstance, options: HomeRoutesOptions): Promise<void> {
  app.get('/', { config: { access: 'public', publicCache: true } }, async (request, reply) => {
    const sections = await loadHomeSections(app.ctx, options.sections);
    return reply.page({
      title: request.t.t('home.title'),
      body: <HomePage t={request.t} userName={request.user?.name ?? null} sections={sections} />,
    });
  });
}
