import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import type { FastifyInstance } from 'fastify';
import type { AreaSummary } from '#src/modules/areas/service.ts';
import {
  PlaceCreateJson,
  PlaceFeatureCollectionJson,
  PlaceJson,
  PlaceListJson,
  PlaceListQuery,
  PlacePatchJson,
  type RulesInputJson,
} from '#src/modules/places/api-schemas.ts';
import { createPlace, patchPlace } from '#src/modules/places/edit-service.ts';
import type { FactsInput } from '#src/modules/places/facts.ts';
import { areaChoices, listPlaces, parsePlaceFilter, placesMap } from '#src/modules/places/listing-service.ts';
import type { PlaceWithRules } from '#src/modules/places/rules.ts';
import { type RulesInput, WEEKDAYS } from '#src/modules/places/rules-input.ts';
import { getPlaceRulesBySlug } from '#src/modules/places/service.ts';
import { BEARER_AUTH, problem, SlugParams } from '#src/platform/api-schemas.ts';
import { currentUser } from '#src/platform/current-user.ts';
import { formatClock } from '#src/platform/local-time.ts';

const tags = ['places'];

function areaRef(areas: readonly AreaSummary[], id: number | null) {
  const area = areas.find((candidate) => candidate.id === id);
  return area === undefined ? null : { slug: area.slug, name: area.name };
}

/** The public shape of a place. Key instructions are left out: they are for bookers and managers. */
function placeJson(place: PlaceWithRules, areas: readonly AreaSummary[], baseUrl: string): PlaceJson {
  const { rules } = place;
  return {
    slug: place.slug,
    name: place.name,
    kind: place.kind,
    description: place.description,
    organisation: { slug: place.organisationSlug, name: place.organisationName },
    address: place.address,
    lat: place.lat,
    lon: place.lon,
    district: areaRef(areas, place.districtId),
    neighbourhood: areaRef(areas, place.neighbourhoodId),
    capacity: place.capacity,
    facilities: place.facilities,
    stepFree: place.stepFree,
    accessibleToilet: place.accessibleToilet,
    hearingLoop: place.hearingLoop,
    houseRules: place.houseRules,
    priceNote: place.priceNote,
    accessMode: rules.accessMode,
    closedReason: rules.closedReason,
    rules: {
      windows: rules.windows.map((window) => ({
        weekday: window.weekday,
        start: formatClock(window.startMinute),
        end: formatClock(window.endMinute),
      })),
      closedDates: rules.closedDates,
      minDurationMinutes: rules.minDurationMinutes,
      maxDurationMinutes: rules.maxDurationMinutes,
      maxAdvanceDays: rules.maxAdvanceDays,
      minNoticeHours: rules.minNoticeHours,
      bufferMinutes: rules.bufferMinutes,
      bookerScope: rules.bookerScope,
      allowedKinds: rules.allowedKinds,
      approvalRequired: rules.approvalRequired,
      responsibleHostRequired: rules.responsibleHostRequired,
      cancellationDeadlineHours: rules.cancellationDeadlineHours,
      keyHandover: rules.keyHandover,
      codeVisibleMinutesBefore: rules.codeVisibleMinutesBefore,
    },
    url: `${baseUrl}/steder/${encodeURIComponent(place.slug)}`,
  };
}

/** JSON rules → the form's fields, so the API is checked by exactly the same rules as the forms. */
function rulesInput(rules: RulesInputJson | undefined): RulesInput {
  if (rules === undefined) return {};
  const input: RulesInput = {
    minDurationMinutes: rules.minDurationMinutes,
    maxDurationMinutes: rules.maxDurationMinutes,
    maxAdvanceDays: rules.maxAdvanceDays,
    minNoticeHours: rules.minNoticeHours,
    bufferMinutes: rules.bufferMinutes,
    bookerScope: rules.bookerScope,
    allowedKinds: rules.allowedKinds,
    approval:
      rules.approvalRequired === undefined ? undefined : rules.approvalRequired ? 'required' : 'instant',
    responsibleHostRequired: rules.responsibleHostRequired,
    cancellationDeadlineHours: rules.cancellationDeadlineHours,
    keyHandover: rules.keyHandover,
    keyInstructions: rules.keyInstructions,
    codeVisibleMinutesBefore: rules.codeVisibleMinutesBefore,
  };
  const windows = rules.windows;
  if (windows !== undefined) {
    for (const weekday of WEEKDAYS) {
      input[`windows${weekday}`] = windows
        .filter((window) => window.weekday === weekday)
        .map((window) => `${window.start}-${window.end}`)
        .join(', ');
    }
  }
  if (rules.closedDates !== undefined) {
    input.closedDates = rules.closedDates.map((closed) => `${closed.date} ${closed.reason}`).join('\n');
  }
  return input;
}

function factsInput(body: PlacePatchJson): FactsInput {
  const { rules: _rules, capacity, ...facts } = body;
  return { ...facts, capacity: capacity === null ? '' : capacity };
}

/** JSON routes of the places registry, mounted under /api/v1. */
export async function placesApi(app: FastifyInstance): Promise<void> {
  const r = app.withTypeProvider<TypeBoxTypeProvider>();
  const { ctx } = app;

  r.get(
    '/places',
    {
      config: { access: 'public', publicCache: true },
      schema: {
        tags,
        summary: 'List places, filtered and paged (20 per page)',
        querystring: PlaceListQuery,
        response: { 200: PlaceListJson, 400: problem('A filter value is not allowed.') },
      },
    },
    async (request) => {
      const { query } = request;
      const filter = await parsePlaceFilter(ctx, query);
      const [listing, areas] = await Promise.all([
        listPlaces(ctx, filter, query.page ?? 1),
        areaChoices(ctx),
      ]);
      return {
        items: listing.items.map((place) => placeJson(place, areas, ctx.config.baseUrl)),
        total: listing.total,
        page: listing.page,
        pages: listing.pages,
      };
    },
  );

  r.get(
    '/places.geojson',
    {
      config: { access: 'public', publicCache: true },
      schema: {
        tags,
        summary: 'All places matching the filters as a GeoJSON FeatureCollection (RFC 7946)',
        querystring: PlaceListQuery,
        produces: ['application/geo+json'],
        response: { 200: PlaceFeatureCollectionJson, 400: problem('A filter value is not allowed.') },
      },
    },
    async (request, reply) => {
      const filter = await parsePlaceFilter(ctx, request.query);
      const collection = await placesMap(ctx, filter);
      return reply
        .type('application/geo+json; charset=utf-8')
        .header('cache-control', 'public, max-age=60')
        .send(collection);
    },
  );

  r.get(
    '/places/:slug',
    {
      config: { access: 'public', publicCache: true },
      schema: {
        tags,
        summary: 'One place with its rules',
        params: SlugParams,
        response: { 200: PlaceJson, 404: problem('No place has this slug.') },
      },
    },
    async (request) => {
      const [place, areas] = await Promise.all([
        getPlaceRulesBySlug(ctx, request.params.slug),
        areaChoices(ctx),
      ]);
      return placeJson(place, areas, ctx.config.baseUrl);
    },
  );

  r.post(
    '/places',
    {
      config: { access: 'user' },
      schema: {
        tags,
        summary: 'Create a place owned by an organisation you administer; you become its manager',
        security: BEARER_AUTH,
        body: PlaceCreateJson,
        response: {
          201: PlaceJson,
          400: problem('The body is not valid JSON or has the wrong shape.'),
          401: problem('No valid token.'),
          422: problem('A field breaks a rule; `errors` names each field.'),
          429: problem('Too many places created today.'),
        },
      },
    },
    async (request, reply) => {
      const { organisation, ...rest } = request.body;
      const slug = await createPlace(
        ctx,
        currentUser(request),
        { ...factsInput(rest), organisation },
        rulesInput(rest.rules),
      );
      const [place, areas] = await Promise.all([getPlaceRulesBySlug(ctx, slug), areaChoices(ctx)]);
      reply.header('location', `/api/v1/places/${encodeURIComponent(slug)}`);
      return reply.status(201).send(placeJson(place, areas, ctx.config.baseUrl));
    },
  );

  r.patch(
    '/places/:slug',
    {
      config: { access: 'user' },
      schema: {
        tags,
        summary: "Change a place's facts and rules (its managers and the owner's admins)",
        security: BEARER_AUTH,
        params: SlugParams,
        body: PlacePatchJson,
        response: {
          200: PlaceJson,
          400: problem('The body is not valid JSON or has the wrong shape.'),
          401: problem('No valid token.'),
          403: problem('You do not manage this place.'),
          404: problem('No place has this slug.'),
          422: problem('A field breaks a rule; `errors` names each field.'),
        },
      },
    },
    async (request) => {
      const { slug } = request.params;
      await patchPlace(ctx, currentUser(request), slug, {
        ...factsInput(request.body),
        ...rulesInput(request.body.rules),
      });
      const [place, areas] = await Promise.all([getPlaceRulesBySlug(ctx, slug), areaChoices(ctx)]);
      return placeJson(place, areas, ctx.config.baseUrl);
    },
  );
}
