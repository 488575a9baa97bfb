import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import type { FastifyInstance } from 'fastify';
import { Type } from 'typebox';
import { listApiTokens, revokeApiToken } from '#src/modules/accounts/api-tokens-service.ts';
import { apiTokenJson, personalDataJson, profileJson } from '#src/modules/accounts/json.ts';
import { exportPersonalData } from '#src/modules/accounts/privacy-service.ts';
import { ApiTokenJson, ProfileJson, personalDataJsonSchema } from '#src/modules/accounts/schemas.ts';
import { getProfile } from '#src/modules/accounts/service.ts';
import { BEARER_AUTH, IdParams, problem } from '#src/platform/api-schemas.ts';
import { currentUser } from '#src/platform/current-user.ts';
import type { PersonalDataSection } from '#src/platform/personal-data.ts';

const tags = ['accounts'];
const unauthorized = problem('No valid personal API token was sent.');

export interface AccountsApiOptions {
  /** Each module's section of the data download, composed at the app's level. */
  personalData: readonly PersonalDataSection[];
}

/** JSON routes of the accounts module, mounted under /api/v1: the token holder's own account. */
export async function accountsApi(app: FastifyInstance, options: AccountsApiOptions): Promise<void> {
  const r = app.withTypeProvider<TypeBoxTypeProvider>();
  const { ctx } = app;

  r.get(
    '/me',
    {
      config: { access: 'user' },
      schema: {
        tags,
        security: BEARER_AUTH,
        summary: 'Your profile',
        description: 'The account that owns the API token.',
        response: { 200: ProfileJson, 401: unauthorized },
      },
    },
    async (request) => profileJson(await getProfile(ctx, currentUser(request).id)),
  );

  r.get(
    '/me/tokens',
    {
      config: { access: 'user' },
      schema: {
        tags,
        security: BEARER_AUTH,
        summary: 'Your personal API tokens',
        description:
          'Name, prefix and dates of each token, newest first. Tokens themselves are never shown again.',
        response: { 200: Type.Array(ApiTokenJson), 401: unauthorized },
      },
    },
    async (request) => (await listApiTokens(ctx, currentUser(request).id)).map(apiTokenJson),
  );

  r.delete(
    '/me/tokens/:id',
    {
      config: { access: 'user' },
      schema: {
        tags,
        security: BEARER_AUTH,
        summary: 'Revoke one of your API tokens',
        description:
          'A revoked token stops working at once. Revoking an already revoked token changes nothing.',
        params: IdParams,
        response: {
          204: Type.Null({ description: 'Revoked.' }),
          401: unauthorized,
          404: problem('You have no token with this id.'),
        },
      },
    },
    async (request, reply) => {
      await revokeApiToken(ctx, currentUser(request).id, request.params.id);
      return reply.status(204).send(null);
    },
  );

  r.get(
    '/me/export',
    {
      config: { access: 'user' },
      schema: {
        tags,
        security: BEARER_AUTH,
        summary: 'Download all your personal data',
        description:
          'Profile, memberships, sessions, API tokens and invitations you sent, and your bookings, activities and sign-ups, give-board posts and contact requests, and grant applications and reviews: the same as "Download my data" on the profile page. Never contains password or token hashes, and other people only by name.',
        response: { 200: personalDataJsonSchema(options.personalData), 401: unauthorized },
      },
    },
    async (request) =>
      personalDataJson(await exportPersonalData(ctx, currentUser(request).id, options.personalData)),
  );
}
