import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import type { FastifyInstance } from 'fastify';
import { poolInputFromJson, poolJson, withApiFields } from '#src/modules/grants/api-json.ts';
import { createPool, getPool, listPools, updatePool } from '#src/modules/grants/pools/service.ts';
import { PoolInputJson, PoolJson, PoolListJson, PROBLEMS, TAGS } from '#src/modules/grants/schemas.ts';
import { BEARER_AUTH, ProblemJson, SlugParams } from '#src/platform/api-schemas.ts';
import { currentUser } from '#src/platform/current-user.ts';
import { ValidationError } from '#src/platform/errors.ts';

/** The pools' JSON routes: list, one, create and change (organisation admins). */
export async function grantsPoolsApi(instance: FastifyInstance): Promise<void> {
  const app = instance.withTypeProvider<TypeBoxTypeProvider>();
  const { ctx } = app;
  const now = () => ctx.clock.now();
  const baseUrl = ctx.config.baseUrl;

  app.get(
    '/pools',
    {
      config: { access: 'public', publicCache: true },
      schema: { tags: TAGS, summary: 'List the grant pools', response: { 200: PoolListJson } },
    },
    async () => ({ items: (await listPools(ctx)).map((pool) => poolJson(pool, now(), baseUrl)) }),
  );

  app.get(
    '/pools/:slug',
    {
      config: { access: 'public', publicCache: true },
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
}
