import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import type { FastifyInstance } from 'fastify';
import { Type } from 'typebox';
import {
  bookingDetailsJson,
  bookingJson,
  iso,
  problemJson,
  withApiFields,
} from '#src/modules/places/bookings/api-json.ts';
import { apiSearchRoutes } from '#src/modules/places/bookings/api-search.ts';
import {
  approveBooking,
  cancelBooking,
  decideMany,
  rejectBooking,
} from '#src/modules/places/bookings/decisions.ts';
import { bookingDetails, managerQueue, myBookings } from '#src/modules/places/bookings/reading.ts';
import { bookFromInput, previewFromInput } from '#src/modules/places/bookings/requests-service.ts';
import {
  BookingDetailsJson,
  BookingListJson,
  BulkDecisionJson,
  BulkResultJson,
  CreateBookingJson,
  CreatedJson,
  DecisionJson,
  PreviewJson,
} from '#src/modules/places/bookings/schemas.ts';
import type { SeriesChoice } from '#src/modules/places/bookings/series-service.ts';
import { getPlaceRulesBySlug } from '#src/modules/places/service.ts';
import {
  BEARER_AUTH,
  IdParams,
  ProblemJson,
  problemResponses,
  SlugParams,
} from '#src/platform/api-schemas.ts';
import { currentUser } from '#src/platform/current-user.ts';

const TAGS = ['bookings'];
const PROBLEMS = problemResponses(400, 401, 403, 404, 409, 422);

/** JSON routes of bookings, mounted under /api/v1. */
export async function bookingsApi(instance: FastifyInstance): Promise<void> {
  const app = instance.withTypeProvider<TypeBoxTypeProvider>();
  const { ctx } = app;
  await apiSearchRoutes(instance);

  app.post(
    '/places/:slug/bookings/preview',
    {
      config: { access: 'user' },
      schema: {
        tags: TAGS,
        summary: 'Check a booking or series before saving it',
        description:
          'Lists every occurrence (one, or each of a series) with the rules it breaks, each with a stable code and a message in Danish and English. Nothing is saved.',
        security: BEARER_AUTH,
        params: SlugParams,
        body: CreateBookingJson,
        response: { 200: PreviewJson, ...PROBLEMS },
      },
    },
    async (request) => {
      try {
        const user = currentUser(request);
        const place = await getPlaceRulesBySlug(ctx, request.params.slug);
        const preview = await previewFromInput(ctx, user, place, { face: 'api', body: request.body });
        return {
          rule: preview.rule,
          occurrences: preview.occurrences.map((occurrence) => ({
            startsAt: iso(occurrence.startsAt),
            endsAt: iso(occurrence.endsAt),
            problems: occurrence.problems.map(problemJson),
          })),
        };
      } catch (error) {
        throw withApiFields(error);
      }
    },
  );

  app.post(
    '/places/:slug/bookings',
    {
      config: { access: 'user' },
      schema: {
        tags: TAGS,
        summary: 'Book a place (one time or a series)',
        description:
          'Creates a booking: `approved` at once where the place allows instant booking, otherwise `requested` for its managers. A clash answers 409 `booking_clash`, naming the time that is taken. With `repeat`, books every occurrence or nothing (`onlyFree: false`, the default) or the free ones (`onlyFree: true`), in one transaction. A request that needs approval mails the managers, so each person may send 20 an hour (a series counts once); beyond that 429 `rate_limited` with `Retry-After`.',
        security: BEARER_AUTH,
        params: SlugParams,
        body: CreateBookingJson,
        response: { 201: CreatedJson, ...PROBLEMS, 429: ProblemJson },
      },
    },
    async (request, reply) => {
      try {
        const user = currentUser(request);
        const place = await getPlaceRulesBySlug(ctx, request.params.slug);
        const choice: SeriesChoice =
          request.body.repeat?.onlyFree === true ? { kind: 'free', expectedStarts: null } : { kind: 'all' };
        const created = await bookFromInput(ctx, user, place, { face: 'api', body: request.body }, choice);
        return reply.status(201).send(created);
      } catch (error) {
        throw withApiFields(error);
      }
    },
  );

  app.get(
    '/bookings/mine',
    {
      config: { access: 'user' },
      schema: {
        tags: TAGS,
        summary: 'My bookings',
        description: 'Upcoming bookings and those of the last 30 days, soonest first.',
        security: BEARER_AUTH,
        response: { 200: BookingListJson, 401: ProblemJson },
      },
    },
    async (request) => ({ items: (await myBookings(ctx, currentUser(request))).map(bookingJson) }),
  );

  app.get(
    '/bookings/queue',
    {
      config: { access: 'user' },
      schema: {
        tags: TAGS,
        summary: 'Requests waiting for my decision',
        description:
          'Requests for the places this person manages, oldest first. Empty for people who manage none.',
        security: BEARER_AUTH,
        response: { 200: BookingListJson, 401: ProblemJson },
      },
    },
    async (request) => ({ items: (await managerQueue(ctx, currentUser(request))).map(bookingJson) }),
  );

  app.get(
    '/bookings/:id',
    {
      config: { access: 'user' },
      schema: {
        tags: TAGS,
        summary: 'One booking',
        description:
          'For the booker and the managers of the place. While the door code is visible it is included, and the showing is logged; managers also get that log.',
        security: BEARER_AUTH,
        params: IdParams,
        response: { 200: BookingDetailsJson, ...PROBLEMS },
      },
    },
    async (request) => bookingDetailsJson(await bookingDetails(ctx, currentUser(request), request.params.id)),
  );

  const ok = Type.Object({ status: Type.String() });

  app.post(
    '/bookings/:id/cancel',
    {
      config: { access: 'user' },
      schema: {
        tags: TAGS,
        summary: 'Cancel a booking',
        description:
          'The booker until the cancellation deadline; the managers of the place at any time before the end.',
        security: BEARER_AUTH,
        params: IdParams,
        body: Type.Optional(DecisionJson),
        response: { 200: ok, ...PROBLEMS },
      },
    },
    async (request) => {
      await cancelBooking(ctx, currentUser(request), request.params.id, request.body?.reason);
      return { status: 'cancelled' };
    },
  );

  app.post(
    '/bookings/:id/approve',
    {
      config: { access: 'user' },
      schema: {
        tags: TAGS,
        summary: 'Approve a request (managers)',
        security: BEARER_AUTH,
        params: IdParams,
        response: { 200: ok, ...PROBLEMS },
      },
    },
    async (request) => {
      await approveBooking(ctx, currentUser(request), request.params.id);
      return { status: 'approved' };
    },
  );

  app.post(
    '/bookings/:id/reject',
    {
      config: { access: 'user' },
      schema: {
        tags: TAGS,
        summary: 'Reject a request with a reason (managers)',
        security: BEARER_AUTH,
        params: IdParams,
        body: DecisionJson,
        response: { 200: ok, ...PROBLEMS },
      },
    },
    async (request) => {
      await rejectBooking(ctx, currentUser(request), request.params.id, request.body.reason);
      return { status: 'rejected' };
    },
  );

  app.post(
    '/bookings/decisions',
    {
      config: { access: 'user' },
      schema: {
        tags: TAGS,
        summary: 'Approve or reject many requests at once (managers)',
        description: 'One transaction. Requests decided meanwhile are skipped and counted.',
        security: BEARER_AUTH,
        body: BulkDecisionJson,
        response: { 200: BulkResultJson, ...PROBLEMS },
      },
    },
    async (request) =>
      decideMany(ctx, currentUser(request), request.body.ids, request.body.decision, request.body.reason),
  );
}
