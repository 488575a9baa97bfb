import fastifySwagger from '@fastify/swagger';
import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import Fastify, { type FastifyInstance } from 'fastify';
import type { Config } from '#src/config.ts';
import type { Db } from '#src/db/database.ts';
import { moderationAdapters } from '#src/moderation-adapters.ts';
import { accountsApi } from '#src/modules/accounts/api.ts';
import { authHook } from '#src/modules/accounts/auth-hook.ts';
import { accountsRoutes } from '#src/modules/accounts/routes.tsx';
import { activitiesApi } from '#src/modules/activities/api.ts';
import { activitiesRoutes } from '#src/modules/activities/routes.tsx';
import { areasApi } from '#src/modules/areas/api.ts';
import { areasRoutes } from '#src/modules/areas/routes.tsx';
import { givingApi } from '#src/modules/giving/api.ts';
import { givingRoutes } from '#src/modules/giving/routes.tsx';
import { grantsApi } from '#src/modules/grants/api.ts';
import { grantsPublicRoutes } from '#src/modules/grants/public/routes.tsx';
import { grantsRoutes } from '#src/modules/grants/routes.tsx';
import { homeRoutes } from '#src/modules/home/routes.tsx';
import { searchApi } from '#src/modules/home/search-api.ts';
import { searchRoutes } from '#src/modules/home/search-routes.tsx';
import { legalRoutes } from '#src/modules/legal/routes.tsx';
import { moderationApi } from '#src/modules/moderation/api.ts';
import { moderationRoutes } from '#src/modules/moderation/routes.tsx';
import { organisationsApi } from '#src/modules/organisations/api.ts';
import { organisationsRoutes } from '#src/modules/organisations/routes.tsx';
import { overviewApi } from '#src/modules/overview/api.ts';
import { overviewRoutes } from '#src/modules/overview/routes.tsx';
import { placesApi } from '#src/modules/places/api.ts';
import { bookingsApi } from '#src/modules/places/bookings/api.ts';
import { bookingsRoutes } from '#src/modules/places/bookings/routes.tsx';
import { placesRoutes } from '#src/modules/places/routes.tsx';
import { overviewParts } from '#src/overview-parts.ts';
import { homeSections, organisationPageSections, placePageSections } from '#src/page-sections.ts';
import { personalDataSections } from '#src/personal-data-sections.ts';
import { apiDocsRoutes } from '#src/platform/api-docs.tsx';
import type { AppContext } from '#src/platform/context.ts';
import { errorHandler } from '#src/platform/error-handler.tsx';
import { healthRoutes } from '#src/platform/health.ts';
import { loggerOptions, requestIdFor } from '#src/platform/observability.ts';
import { type Clock, systemClock } from '#src/platform/time.ts';
import { web } from '#src/platform/web-plugin.ts';
import { siteSearches } from '#src/site-searches.ts';

export interface BuildOptions {
  config: Config;
  db: Db;
  clock?: Clock;
  /** Tests pass `false`; the server passes pino options. */
  logger?: boolean | object;
  /** Vite's build folder, when not dist/client (tests). */
  clientBuildDir?: string;
}

function schemaPropertyNames(schema: unknown): string[] {
  if (typeof schema !== 'object' || schema === null || !('properties' in schema)) return [];
  const properties = schema.properties;
  return typeof properties === 'object' && properties !== null ? Object.keys(properties) : [];
}

/** The whole application as a plugin tree; the server only listens, tests call `inject()`. */
export async function buildApp(options: BuildOptions): Promise<FastifyInstance> {
  const ctx: AppContext = { db: options.db, config: options.config, clock: options.clock ?? systemClock };
  const app = Fastify({
    logger: options.logger ?? loggerOptions(options.config.logLevel),
    bodyLimit: 256 * 1024,
    trustProxy: options.config.trustProxy,
    genReqId: requestIdFor,
    requestIdHeader: false,
    ajv: { customOptions: { removeAdditional: false, coerceTypes: 'array', allErrors: false } },
  }).withTypeProvider<TypeBoxTypeProvider>();

  app.decorate('ctx', ctx);
  app.decorate('routeAccess', []);
  app.addHook('onRoute', (route) => {
    const methods = Array.isArray(route.method) ? route.method : [route.method];
    for (const method of methods) {
      if (method === 'HEAD') continue;
      app.routeAccess.push({
        method,
        url: route.url,
        access: route.config?.access,
        bodyFields: schemaPropertyNames(route.schema?.body),
        queryFields: schemaPropertyNames(route.schema?.querystring),
      });
    }
  });
  app.addHook('onSend', async (request, reply) => {
    reply.header('x-request-id', request.id);
  });

  await app.register(fastifySwagger, {
    openapi: {
      openapi: '3.1.0',
      info: {
        title: 'Byliv API',
        version: '1.0.0',
        description:
          'Open data and personal access for Byliv. Authenticate with a personal API token as `Authorization: Bearer <token>`.',
      },
      components: {
        securitySchemes: { bearerAuth: { type: 'http', scheme: 'bearer' } },
      },
    },
    hideUntagged: true,
  });
  await app.register(web, { clientBuildDir: options.clientBuildDir });
  await app.register(errorHandler);
  await app.register(authHook);

  await app.register(healthRoutes);
  await app.register(homeRoutes, { sections: homeSections });
  await app.register(legalRoutes);
  await app.register(searchRoutes, { searches: siteSearches });
  await app.register(overviewRoutes, { parts: overviewParts });
  await app.register(accountsRoutes, { personalData: personalDataSections });
  await app.register(organisationsRoutes, { pageSections: organisationPageSections });
  await app.register(areasRoutes);
  await app.register(placesRoutes, { pageSections: placePageSections });
  await app.register(bookingsRoutes);
  await app.register(activitiesRoutes);
  await app.register(grantsRoutes);
  await app.register(grantsPublicRoutes);
  await app.register(givingRoutes);
  await app.register(moderationRoutes, { adapters: moderationAdapters });
  await app.register(apiDocsRoutes);
  await app.register(
    async (api) => {
      await api.register(accountsApi, { personalData: personalDataSections });
      await api.register(organisationsApi);
      await api.register(areasApi);
      await api.register(placesApi);
      await api.register(bookingsApi);
      await api.register(activitiesApi);
      await api.register(grantsApi);
      await api.register(givingApi);
      await api.register(moderationApi, { adapters: moderationAdapters });
      await api.register(overviewApi, { parts: overviewParts });
      await api.register(searchApi, { searches: siteSearches });
    },
    { prefix: '/api/v1' },
  );
  return app;
}
