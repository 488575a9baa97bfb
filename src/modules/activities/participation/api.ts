import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import type { FastifyInstance } from 'fastify';
import { Type } from 'typebox';
import { participantsOf, upcomingOccurrences } from '#src/modules/activities/page-service.ts';
import { joinActivity, leaveActivity } from '#src/modules/activities/participation/service.ts';
import { loadActivity } from '#src/modules/activities/reading.ts';
import {
  JoinJson,
  JoinResultJson,
  OccurrenceParamQuery,
  ParticipantListJson,
} from '#src/modules/activities/schemas.ts';
import { BEARER_AUTH, IdParams, problemResponses } from '#src/platform/api-schemas.ts';
import type { AppContext } from '#src/platform/context.ts';
import { currentUser } from '#src/platform/current-user.ts';
import { parseInstant } from '#src/platform/dates/instant.ts';
import { ConflictError, NotFoundError, ValidationError } from '#src/platform/errors.ts';

const TAGS = ['activities'];
const PROBLEMS = problemResponses(400, 401, 403, 404, 409, 422, 429);

/** The occurrence an API call means: the given original start, or the next one not cancelled. */
async function occurrenceOf(ctx: AppContext, activityId: number, raw: string | undefined): Promise<number> {
  if (raw !== undefined) {
    const key = parseInstant(raw);
    if (!key.ok) throw new ValidationError({ occurrence: { key: 'activities.validation.notAnOccurrence' } });
    return key.value;
  }
  const loaded = await loadActivity(ctx, activityId);
  const next = (await upcomingOccurrences(ctx, loaded, 20)).find(
    (occurrence) => !occurrence.cancelled && occurrence.endsAt > ctx.clock.now(),
  );
  if (next === undefined) throw new ConflictError('activity_over', 'activities.error.over');
  return next.key;
}

/** Joining, leaving and the participant list, under /api/v1/activities/:id/participants. */
export async function participantsApi(instance: FastifyInstance): Promise<void> {
  const app = instance.withTypeProvider<TypeBoxTypeProvider>();
  const { ctx } = app;

  app.post(
    '/activities/:id/participants',
    {
      config: { access: 'user' },
      schema: {
        tags: TAGS,
        summary: 'Join one occurrence',
        description: 'A seat, or the waiting list when the activity is full. Joining twice changes nothing.',
        security: BEARER_AUTH,
        params: IdParams,
        body: JoinJson,
        response: { 200: JoinResultJson, ...PROBLEMS },
      },
    },
    async (request) => {
      const key = await occurrenceOf(ctx, request.params.id, request.body.occurrence);
      const status = await joinActivity(ctx, currentUser(request), request.params.id, key);
      return { status, occurrence: new Date(key).toISOString() };
    },
  );

  app.delete(
    '/activities/:id/participants/me',
    {
      config: { access: 'user' },
      schema: {
        tags: TAGS,
        summary: 'Leave one occurrence',
        description: 'The first on the waiting list moves up and is told by e-mail.',
        security: BEARER_AUTH,
        params: IdParams,
        querystring: OccurrenceParamQuery,
        response: { 204: Type.Null({ description: 'Left.' }), ...PROBLEMS },
      },
    },
    async (request, reply) => {
      const key = await occurrenceOf(ctx, request.params.id, request.query.occurrence);
      await leaveActivity(ctx, currentUser(request), request.params.id, key);
      return reply.status(204).send(null);
    },
  );

  app.get(
    '/activities/:id/participants',
    {
      config: { access: 'user' },
      schema: {
        tags: TAGS,
        summary: 'Participants (organisers only)',
        description: 'Of one occurrence, or of every coming one without `occurrence`.',
        security: BEARER_AUTH,
        params: IdParams,
        querystring: OccurrenceParamQuery,
        response: { 200: ParticipantListJson, ...PROBLEMS },
      },
    },
    async (request) => {
      const raw = request.query.occurrence;
      const parsed = raw === undefined ? null : parseInstant(raw);
      if (parsed !== null && !parsed.ok) throw new NotFoundError('activities.error.noSuchOccurrence');
      const key = parsed === null ? null : parsed.value;
      const { participants } = await participantsOf(ctx, currentUser(request), request.params.id, key);
      return {
        items: participants.map((row) => ({
          id: row.id,
          name: row.name,
          email: row.email,
          status: row.status,
          occurrence: new Date(row.occurrence).toISOString(),
          signedUpAt: new Date(row.signedUpAt).toISOString(),
        })),
      };
    },
  );
}
