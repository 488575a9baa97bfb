import type { FastifyInstance } from 'fastify';
import { isReachable } from '#src/db/database.ts';

/** `/healthz`: the process answers. `/readyz`: the database answers too. */
export async function healthRoutes(app: FastifyInstance): Promise<void> {
  app.get('/healthz', { config: { access: 'public' } }, async () => ({ status: 'ok' }));
  app.get('/readyz', { config: { access: 'public' } }, async (_request, reply) => {
    const ready = await isReachable(app.ctx.db);
    return reply.status(ready ? 200 : 503).send({ status: ready ? 'ok' : 'database unreachable' });
  });
}
