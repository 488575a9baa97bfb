import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import type { FastifyInstance } from 'fastify';
import { type Static, Type } from 'typebox';
import { parseActivityQuery, type RawActivityQuery } from '#src/modules/activities/filters.ts';
import { userOf } from '#src/modules/activities/form-routes.tsx';
import { type ActivityRawInput, readActivityInput } from '#src/modules/activities/input.ts';
import { listActivities } from '#src/modules/activities/listing-service.ts';
import { activityJson } from '#src/modules/activities/open-data.ts';
import { participantsOf, upcomingOccurrences } from '#src/modules/activities/page-service.ts';
import { joinActivity, leaveActivity } from '#src/modules/activities/participation-service.ts';
import { loadActivity } from '#src/modules/activities/reading.ts';
import {
  ActivityInputJson,
  ActivityJson,
  ActivityListJson,
  ApiListQuery,
  CancelJson,
  CreatedJson,
  IdParams,
  JoinJson,
  JoinResultJson,
  OccurrenceParamQuery,
  ParticipantListJson,
  ProblemJson,
} from '#src/modules/activities/schemas.ts';
import { cancelActivity, createActivity, updateActivity } from '#src/modules/activities/service.ts';
import type { AppContext } from '#src/platform/context.ts';
import { ConflictError, NotFoundError, ValidationError } from '#src/platform/errors.ts';

const TAGS = ['activities'];
const BEARER = [{ bearerAuth: [] }];
const PROBLEMS = {
  400: ProblemJson,
  401: ProblemJson,
  403: ProblemJson,
  404: ProblemJson,
  409: ProblemJson,
  422: ProblemJson,
  429: ProblemJson,
};

const API_FIELDS: Record<string, string> = {
  placeSlug: 'location.place',
  address: 'location.address',
  lat: 'location.lat',
  stops: 'location.stops',
  locationKind: 'location.type',
  repeat: 'repeat.frequency',
  until: 'repeat.until',
};

function withApiFields(error: unknown): unknown {
  if (!(error instanceof ValidationError)) return error;
  const fields = Object.fromEntries(
    Object.entries(error.fieldErrors).map(([field, value]) => [API_FIELDS[field] ?? field, value]),
  );
  return new ValidationError(fields, error.messageKey);
}

function text(value: number | undefined | null): string | undefined {
  return value === undefined || value === null ? undefined : String(value);
}

function rawOf(body: Static<typeof ActivityInputJson>): ActivityRawInput {
  const { location } = body;
  return {
    kind: body.kind,
    title: body.title,
    description: body.description,
    date: body.date,
    startTime: body.startTime,
    endTime: body.endTime,
    locationKind: location.type,
    placeSlug: location.type === 'place' ? location.place : undefined,
    address: location.type === 'point' ? location.address : undefined,
    lat: location.type === 'point' ? text(location.lat) : undefined,
    lon: location.type === 'point' ? text(location.lon) : undefined,
    stops:
      location.type === 'route'
        ? location.stops.map((stop) => ({
            name: stop.name,
            time: stop.time ?? undefined,
            lat: text(stop.lat),
            lon: text(stop.lon),
          }))
        : [],
    organisationId: text(body.organisationId),
    cohosts: (body.cohosts ?? []).join(','),
    childFriendly: body.childFriendly === true,
    stepFree: body.stepFree === true,
    freeOfCharge: body.freeOfCharge === true,
    languages: body.languages,
    capacity: text(body.capacity),
    repeat: body.repeat?.frequency,
    until: body.repeat?.until ?? undefined,
  };
}

function listQueryOf(query: Static<typeof ApiListQuery>): RawActivityQuery {
  const yes = (value: boolean | undefined) => (value === true ? '1' : undefined);
  return {
    omraade: query.area,
    type: query.kind,
    fra: query.from,
    til: query.to,
    boernevenligt: yes(query.childFriendly),
    trinfrit: yes(query.stepFree),
    gratis: yes(query.freeOfCharge),
    sprog: query.language,
    organisation: query.organisation,
    sted: query.place,
    side: query.page,
  };
}

/** The occurrence an API call means: the given original start, or the next one not cancelled. */
async function occurrenceOf(ctx: AppContext, activityId: number, raw: string | undefined): Promise<number> {
  if (raw !== undefined) {
    const key = Date.parse(raw);
    if (Number.isNaN(key))
      throw new ValidationError({ occurrence: { key: 'activities.validation.notAnOccurrence' } });
    return key;
  }
  const loaded = await loadActivity(ctx, activityId);
  const next = (await upcomingOccurrences(ctx, loaded, 20)).find(
    (occurrence) => !occurrence.cancelled && occurrence.endsAt > ctx.clock.now(),
  );
  if (next === undefined) throw new ConflictError('activity_over', 'activities.error.over');
  return next.key;
}

/** JSON routes of activities, mounted under /api/v1. */
export async function activitiesApi(instance: FastifyInstance): Promise<void> {
  const app = instance.withTypeProvider<TypeBoxTypeProvider>();
  const { ctx } = app;
  const url = (id: number) => `${ctx.config.baseUrl}/aktiviteter/${id}`;

  app.get(
    '/activities',
    {
      config: { access: 'public' },
      schema: {
        tags: TAGS,
        summary: 'List public activities (open data)',
        description:
          'One item per occurrence, soonest first, 20 per page; series are expanded only within the window (default: a year from today). Hidden activities are left out.',
        querystring: ApiListQuery,
        response: { 200: ActivityListJson, ...PROBLEMS },
      },
    },
    async (request) => {
      const query = await parseActivityQuery(ctx, listQueryOf(request.query));
      const listing = await listActivities(ctx, query, null);
      return {
        items: listing.items.map((occurrence) => activityJson([occurrence], ctx.config.baseUrl)),
        total: listing.total,
        page: listing.page,
        pages: listing.pages,
      };
    },
  );

  app.get(
    '/activities/:id',
    {
      config: { access: 'public' },
      schema: {
        tags: TAGS,
        summary: 'One activity with its coming occurrences',
        params: IdParams,
        response: { 200: ActivityJson, ...PROBLEMS },
      },
    },
    async (request) => {
      const loaded = await loadActivity(ctx, request.params.id);
      const occurrences = await upcomingOccurrences(ctx, loaded, 20);
      if (occurrences.length === 0) {
        const { activity } = loaded;
        return activityJson(
          [
            {
              activity,
              key: activity.startsAt,
              startsAt: activity.startsAt,
              endsAt: activity.endsAt,
              cancelled: activity.cancelled,
              moved: false,
              joined: 0,
              waiting: 0,
            },
          ],
          ctx.config.baseUrl,
        );
      }
      return activityJson(occurrences, ctx.config.baseUrl);
    },
  );

  app.post(
    '/activities',
    {
      config: { access: 'user' },
      schema: {
        tags: TAGS,
        summary: 'Publish an activity',
        description:
          "Date and times are local to Copenhagen; without `endTime` the kind's usual length is used. At a bookable place the place is booked in the same transaction: a clash answers 409 `booking_clash` naming the time that is taken, and nothing is saved.",
        security: BEARER,
        body: ActivityInputJson,
        response: { 201: CreatedJson, ...PROBLEMS },
      },
    },
    async (request, reply) => {
      try {
        const draft = readActivityInput(rawOf(request.body), ctx.clock.now(), { allowPast: false });
        const id = await createActivity(ctx, userOf(request), draft);
        return reply.status(201).send({ id, url: url(id) });
      } catch (error) {
        throw withApiFields(error);
      }
    },
  );

  app.put(
    '/activities/:id',
    {
      config: { access: 'user' },
      schema: {
        tags: TAGS,
        summary: 'Change an activity (organisers)',
        description:
          "Replaces the activity's details. Those who joined are told of a new time. The capacity cannot go below the number already joined.",
        security: BEARER,
        params: IdParams,
        body: ActivityInputJson,
        response: { 200: CreatedJson, ...PROBLEMS },
      },
    },
    async (request) => {
      try {
        const { activity } = await loadActivity(ctx, request.params.id);
        const draft = readActivityInput(rawOf(request.body), ctx.clock.now(), {
          allowPast: activity.startsAt < ctx.clock.now(),
        });
        await updateActivity(ctx, userOf(request), request.params.id, draft);
        return { id: request.params.id, url: url(request.params.id) };
      } catch (error) {
        throw withApiFields(error);
      }
    },
  );

  app.post(
    '/activities/:id/cancel',
    {
      config: { access: 'user' },
      schema: {
        tags: TAGS,
        summary: 'Cancel an activity (organisers); everyone who joined is told',
        security: BEARER,
        params: IdParams,
        body: CancelJson,
        response: { 200: CreatedJson, ...PROBLEMS },
      },
    },
    async (request) => {
      await cancelActivity(ctx, userOf(request), request.params.id, request.body.reason ?? '');
      return { id: request.params.id, url: url(request.params.id) };
    },
  );

  app.post(
    '/activities/:id/participants',
    {
      config: { access: 'user' },
      schema: {
        tags: TAGS,
        summary: 'Join one occurrence',
        description: 'A seat, or the waiting list when the activity is full. Joining twice changes nothing.',
        security: BEARER,
        params: IdParams,
        body: JoinJson,
        response: { 200: JoinResultJson, ...PROBLEMS },
      },
    },
    async (request) => {
      const key = await occurrenceOf(ctx, request.params.id, request.body.occurrence);
      const status = await joinActivity(ctx, userOf(request), request.params.id, key);
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
        security: BEARER,
        params: IdParams,
        querystring: OccurrenceParamQuery,
        response: { 204: Type.Null({ description: 'Left.' }), ...PROBLEMS },
      },
    },
    async (request, reply) => {
      const key = await occurrenceOf(ctx, request.params.id, request.query.occurrence);
      await leaveActivity(ctx, userOf(request), request.params.id, key);
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
        security: BEARER,
        params: IdParams,
        querystring: OccurrenceParamQuery,
        response: { 200: ParticipantListJson, ...PROBLEMS },
      },
    },
    async (request) => {
      const raw = request.query.occurrence;
      const key = raw === undefined ? null : Date.parse(raw);
      if (key !== null && Number.isNaN(key)) throw new NotFoundError('activities.error.noSuchOccurrence');
      const { participants } = await participantsOf(ctx, userOf(request), request.params.id, key);
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
