import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import type { FastifyInstance } from 'fastify';
import { iso } from '#src/modules/places/bookings/api-json.ts';
import { placeAvailability } from '#src/modules/places/bookings/free-slots-service.ts';
import {
  AvailabilityJson,
  AvailabilityQuery,
  SearchApiQuery,
  SearchResultJson,
} from '#src/modules/places/bookings/schemas.ts';
import { findFreePlaces, neighbourhoodOptions } from '#src/modules/places/bookings/search-service.ts';
import { getPlaceRulesBySlug } from '#src/modules/places/service.ts';
import { isFacility } from '#src/modules/places/validation.ts';
import { ProblemJson, SlugParams } from '#src/platform/api-schemas.ts';
import { readInstantField } from '#src/platform/dates/instant.ts';
import { type FieldErrors, throwIfInvalid, ValidationError } from '#src/platform/errors.ts';

const TAGS = ['bookings'];

/** Public availability, free slots and the room search. */
export async function apiSearchRoutes(instance: FastifyInstance): Promise<void> {
  const app = instance.withTypeProvider<TypeBoxTypeProvider>();
  const { ctx } = app;

  app.get(
    '/places/:slug/availability',
    {
      config: { access: 'public' },
      schema: {
        tags: TAGS,
        summary: 'Busy times and free slots of a place',
        description:
          'Over `days` local days from `from` (default: today, 14 days): the live bookings as busy intervals (no personal data) and the free slots under the place’s rules.',
        params: SlugParams,
        querystring: AvailabilityQuery,
        response: { 200: AvailabilityJson, 400: ProblemJson, 404: ProblemJson },
      },
    },
    async (request) => {
      const place = await getPlaceRulesBySlug(ctx, request.params.slug);
      const result = await placeAvailability(ctx, place, request.query.from, request.query.days ?? 14);
      return {
        place: place.slug,
        from: iso(result.from),
        to: iso(result.to),
        busy: result.busy.map((interval) => ({
          startsAt: iso(interval.startsAt),
          endsAt: iso(interval.blockEnd),
        })),
        free: result.free.map((slot) => ({ startsAt: iso(slot.startsAt), endsAt: iso(slot.endsAt) })),
      };
    },
  );

  app.get(
    '/bookings/search',
    {
      config: { access: 'public', publicCache: true },
      schema: {
        tags: TAGS,
        summary: 'Find places free for a whole interval',
        description:
          'Places that hold `attendees`, are free from `startsAt` to `endsAt` under their own rules (windows in local time, closed dates, notice, duration, who may book — with a token, your memberships count), nearest first from `lat`/`lon` or the centre of `neighbourhood`, otherwise by name; 20 a page.',
        querystring: SearchApiQuery,
        response: { 200: SearchResultJson, 400: ProblemJson, 422: ProblemJson },
      },
    },
    async (request) => {
      const { query } = request;
      const errors: FieldErrors = {};
      const startsAt = readInstantField(errors, 'startsAt', query.startsAt) ?? 0;
      const endsAt = readInstantField(errors, 'endsAt', query.endsAt) ?? 0;
      throwIfInvalid(errors);
      if (endsAt <= startsAt)
        throw new ValidationError({ endsAt: { key: 'bookings.problem.end_before_start' } });
      let origin =
        query.lat !== undefined && query.lon !== undefined ? { lat: query.lat, lon: query.lon } : null;
      if (origin === null && query.neighbourhood !== undefined) {
        const option = (await neighbourhoodOptions(ctx)).find(
          (candidate) => candidate.slug === query.neighbourhood,
        );
        if (option === undefined)
          throw new ValidationError({ neighbourhood: { key: 'validation.notFound' } });
        origin = option.centre;
      }
      const found = await findFreePlaces(
        ctx,
        request.user,
        {
          attendees: query.attendees,
          startsAt,
          endsAt,
          stepFree: query.stepFree === true,
          facilities: (query.facility ?? []).filter(isFacility),
          origin,
        },
        query.page ?? 1,
      );
      return {
        page: found.page,
        hasMore: found.hasMore,
        total: found.total,
        items: found.hits.map((hit) => ({
          slug: hit.place.slug,
          name: hit.place.name,
          address: hit.place.address,
          capacity: hit.place.capacity,
          stepFree: hit.place.stepFree,
          facilities: hit.place.facilities,
          approvalRequired: hit.place.rules.approvalRequired,
          distanceMetres: hit.distance === null ? null : Math.round(hit.distance),
        })),
      };
    },
  );
}
