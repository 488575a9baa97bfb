import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import type { FastifyInstance } from 'fastify';
import {
  CreateOrganisationBody,
  MemberListSchema,
  OrganisationListQuery,
  OrganisationListSchema,
  OrganisationSchema,
} from '#src/modules/organisations/schemas.ts';
import {
  createOrganisation,
  getOrganisation,
  listOrganisations,
  type Member,
  membersOfOrganisation,
  type Organisation,
} from '#src/modules/organisations/service.ts';
import { organisationPath } from '#src/modules/organisations/views/labels.ts';
import { BEARER_AUTH, ProblemJson, SlugParams } from '#src/platform/api-schemas.ts';
import { currentUser } from '#src/platform/current-user.ts';

const TAGS = ['organisations'];

function toApiOrganisation(organisation: Organisation, baseUrl: string) {
  return {
    id: organisation.id,
    slug: organisation.slug,
    name: organisation.name,
    kind: organisation.kind,
    cvr: organisation.cvr,
    description: organisation.description,
    memberCount: organisation.memberCount,
    createdAt: new Date(organisation.createdAt).toISOString(),
    url: `${baseUrl}${organisationPath(organisation.slug)}`,
  };
}

function toApiMember(member: Member) {
  return {
    userId: member.userId,
    name: member.name,
    role: member.role,
    since: new Date(member.since).toISOString(),
    ...(member.email === null ? {} : { email: member.email }),
  };
}

/** JSON routes of the organisations module, mounted under /api/v1. */
export async function organisationsApi(instance: FastifyInstance): Promise<void> {
  const app = instance.withTypeProvider<TypeBoxTypeProvider>();
  const { ctx } = app;
  const { baseUrl } = ctx.config;

  app.get(
    '/organisations',
    {
      config: { access: 'public', publicCache: true },
      schema: {
        tags: TAGS,
        summary: 'List organisations',
        description: 'Public list, ordered by name. Page with `limit` and `offset`; filter with `kind`.',
        querystring: OrganisationListQuery,
        response: { 200: OrganisationListSchema, 400: ProblemJson },
      },
    },
    async (request) => {
      const limit = request.query.limit ?? 20;
      const offset = request.query.offset ?? 0;
      const result = await listOrganisations(ctx, { kind: request.query.kind ?? null, limit, offset });
      return {
        items: result.items.map((organisation) => toApiOrganisation(organisation, baseUrl)),
        total: result.total,
        limit,
        offset,
      };
    },
  );

  app.get(
    '/organisations/:slug',
    {
      config: { access: 'public', publicCache: true },
      schema: {
        tags: TAGS,
        summary: 'One organisation',
        params: SlugParams,
        response: { 200: OrganisationSchema, 404: ProblemJson },
      },
    },
    async (request) => toApiOrganisation(await getOrganisation(ctx, request.params.slug), baseUrl),
  );

  app.post(
    '/organisations',
    {
      config: { access: 'user' },
      schema: {
        tags: TAGS,
        summary: 'Create an organisation',
        description: 'The token’s owner becomes the organisation’s first admin.',
        security: BEARER_AUTH,
        body: CreateOrganisationBody,
        response: {
          201: OrganisationSchema,
          400: ProblemJson,
          401: ProblemJson,
          422: ProblemJson,
          429: ProblemJson,
        },
      },
    },
    async (request, reply) => {
      const organisation = await createOrganisation(ctx, currentUser(request), {
        name: request.body.name,
        kind: request.body.kind,
        cvr: request.body.cvr ?? undefined,
        description: request.body.description,
      });
      return reply
        .status(201)
        .header('location', `/api/v1/organisations/${encodeURIComponent(organisation.slug)}`)
        .send(toApiOrganisation(organisation, baseUrl));
    },
  );

  app.get(
    '/organisations/:slug/members',
    {
      config: { access: 'user' },
      schema: {
        tags: TAGS,
        summary: 'Members of an organisation',
        description: 'For members of the organisation. E-mail addresses are included for its admins only.',
        security: BEARER_AUTH,
        params: SlugParams,
        response: { 200: MemberListSchema, 401: ProblemJson, 403: ProblemJson, 404: ProblemJson },
      },
    },
    async (request) => {
      const result = await membersOfOrganisation(ctx, request.params.slug, currentUser(request));
      return { organisation: result.organisation.slug, items: result.members.map(toApiMember) };
    },
  );
}
