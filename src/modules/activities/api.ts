import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import type { FastifyInstance } from 'fastify';
import type { Static } from 'typebox';
import { visibleActivities, visibleAddress } from '#src/modules/activities/address-visibility.ts';
import { activityJson } from '#src/modules/activities/feeds/open-data.ts';
import { parseActivityQuery, type RawActivityQuery } from '#src/modules/activities/finding/filters.ts';
import { listActivities } from '#src/modules/activities/finding/listing-service.ts';
import { upcomingOccurrences } from '#src/modules/activities/page-service.ts';
import { participantsApi } from '#src/modules/activities/participation/api.ts';
import { type ActivityRawInput, readActivityInput } from '#src/modules/activities/publishing/input.ts';
import {
  cancelActivity,
  createActivity,
  updateActivity,
} from '#src/modules/activities/publishing/service.ts';
import { loadActivity } from '#src/modules/activities/reading.ts';
import {
  ActivityInputJson,
  ActivityJson,
  ActivityListJson,
  ApiListQuery,
  CancelJson,
  CreatedJson,
} from '#src/modules/activities/schemas.ts';
import { BEARER_AUTH, IdParams, problemResponses } from '#src/platform/api-schemas.ts';
import { currentUser } from '#src/platform/current-user.ts';
import { ValidationError } from '#src/platform/errors.ts';

const TAGS = ['activities'];
const PROBLEMS = problemResponses(400, 401, 403, 404, 409, 422, 429);

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
  return new ValidationError(fields, error.summaryKey);
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
    addressVisibility: body.addressVisibility,
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

/** JSON routes of activities, mounted under /api/v1. */
export async function activitiesApi(instance: FastifyInstance): Promise<void> {
  const app = instance.withTypeProvider<TypeBoxTypeProvider>();
  const { ctx } = app;
  const url = (id: number) => `${ctx.config.baseUrl}/aktiviteter/${id}`;
  await participantsApi(instance);

  app.get(
    '/activities',
    {
      config: { access: 'public', publicCache: true },
      schema: {
        tags: TAGS,
        summary: 'List public activities (open data)',
        description:
          'One item per activity, by its next occurrence in the window (default: a year from today), 20 per page; `total` counts activities. A series is one item with its next occurrences in `occurrences` (how many: the `occurrences` parameter, up to 50). Every occurrence of one activity: GET /activities/{id} (the next 20), or the iCalendar feed /aktiviteter.ics (one event per occurrence). Hidden activities are left out.',
        querystring: ApiListQuery,
        response: { 200: ActivityListJson, ...PROBLEMS },
      },
    },
    async (request) => {
      const query = await parseActivityQuery(ctx, listQueryOf(request.query));
      const listing = await listActivities(ctx, query, null, request.query.occurrences);
      const visible = await visibleActivities(
        ctx,
        listing.items.map((listed) => listed.activity),
        request.user,
      );
      const items = listing.items.map((listed, index) => {
        const activity = visible[index] ?? listed.activity;
        return activityJson(
          listed.upcoming.map((occurrence) => ({ ...occurrence, activity })),
          ctx.config.baseUrl,
        );
      });
      return {
        items,
        total: listing.total,
        totalCapped: listing.totalCapped,
        page: listing.page,
        pages: listing.pages,
      };
    },
  );

  app.get(
    '/activities/:id',
    {
      config: { access: 'public', publicCache: true },
      schema: {
        tags: TAGS,
        summary: 'One activity with its coming occurrences',
        params: IdParams,
        response: { 200: ActivityJson, ...PROBLEMS },
      },
    },
    async (request) => {
      const stored = await loadActivity(ctx, request.params.id);
      const loaded = { ...stored, activity: await visibleAddress(ctx, stored.activity, request.user) };
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
        security: BEARER_AUTH,
        body: ActivityInputJson,
        response: { 201: CreatedJson, ...PROBLEMS },
      },
    },
    async (request, reply) => {
      try {
        const draft = readActivityInput(rawOf(request.body), ctx.clock.now(), { allowPast: false });
        const id = await createActivity(ctx, currentUser(request), draft);
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
        security: BEARER_AUTH,
        params: IdParams,
        body: ActivityInputJson,
        response: { 200: CreatedJson, ...PROBLEMS },
      },
    },
    async (request) => {
      try {
        const { activity } = await loadActivity(ctx, request.params.id);
        const raw = rawOf(request.body);
        // Left out, the choice stays as it was: a client unaware of it never publishes a flat.
        raw.addressVisibility ??= activity.addressVisibility;
        const draft = readActivityInput(raw, ctx.clock.now(), {
          allowPast: activity.startsAt < ctx.clock.now(),
        });
        await updateActivity(ctx, currentUser(request), request.params.id, draft);
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
        security: BEARER_AUTH,
        params: IdParams,
        body: CancelJson,
        response: { 200: CreatedJson, ...PROBLEMS },
      },
    },
    async (request) => {
      await cancelActivity(ctx, currentUser(request), request.params.id, request.body.reason ?? '');
      return { id: request.params.id, url: url(request.params.id) };
    },
  );
}
