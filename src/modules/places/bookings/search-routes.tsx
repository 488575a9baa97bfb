import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import type { FastifyInstance } from 'fastify';
import { todayOf } from '#src/modules/places/bookings/book-routes.tsx';
import { personalFeedFor, placeFeedFor } from '#src/modules/places/bookings/feeds.ts';
import { placeFreeSlots } from '#src/modules/places/bookings/free-slots-service.ts';
import { readAttendees } from '#src/modules/places/bookings/input.ts';
import { FeedParams, FreeSlotsQuery, SearchQuery } from '#src/modules/places/bookings/schemas.ts';
import {
  findFreePlaces,
  neighbourhoodOptions,
  type RoomQuery,
} from '#src/modules/places/bookings/search-service.ts';
import { FreeSlotsPage, SearchPage } from '#src/modules/places/bookings/views/search-page.tsx';
import { getPlaceRulesBySlug } from '#src/modules/places/service.ts';
import { type Facility, isFacility } from '#src/modules/places/validation.ts';
import { SlugParams } from '#src/platform/api-schemas.ts';
import { readDateField, readTimeField, wallClockError } from '#src/platform/dates/parse.ts';
import { type FieldErrors, NotFoundError } from '#src/platform/errors.ts';
import { FeedQuery, sendExport, sendFeed } from '#src/platform/feeds.ts';
import { instantAt } from '#src/platform/local-time.ts';

function listOf(raw: string | string[] | undefined): string[] {
  return raw === undefined ? [] : Array.isArray(raw) ? raw : [raw];
}

/** Reads the search form; null when nothing was asked yet (the first visit). */
function readSearch(
  query: SearchQuery,
  centres: Map<string, { lat: number; lon: number }>,
  today: string,
): { query: RoomQuery | null; errors: FieldErrors } {
  const errors: FieldErrors = {};
  const asked = [query.antal, query.dato, query.fra, query.til].some(
    (value) => value !== undefined && value !== '',
  );
  if (!asked) return { query: null, errors };
  const attendees = readAttendees(errors, 'antal', query.antal);
  const date = readDateField(errors, 'dato', query.dato, today);
  const from = readTimeField(errors, 'fra', query.fra);
  const to = readTimeField(errors, 'til', query.til);
  if (from !== null && to !== null && to <= from) errors.til = { key: 'bookings.problem.end_before_start' };
  if (errors.dato === undefined && from !== null) {
    const gap = wallClockError(date ?? '', from);
    if (gap !== null) errors.fra = gap;
  }
  if (Object.keys(errors).length > 0 || date === null || from === null || to === null) {
    return { query: null, errors };
  }
  const facilities: Facility[] = listOf(query.facilitet).filter(isFacility);
  return {
    query: {
      attendees,
      startsAt: instantAt(date, from),
      endsAt: instantAt(date, to),
      stepFree: query.niveaufri === '1',
      facilities,
      origin: centres.get(query.kvarter ?? '') ?? null,
    },
    errors,
  };
}

/** Find a room, a place's free slots, and the iCalendar feeds. */
export async function searchRoutes(app: FastifyInstance): Promise<void> {
  const r = app.withTypeProvider<TypeBoxTypeProvider>();
  const { ctx } = app;

  r.get(
    '/find-lokale',
    { config: { access: 'public', publicCache: true }, schema: { querystring: SearchQuery, hide: true } },
    async (request, reply) => {
      const { t, query } = request;
      const neighbourhoods = await neighbourhoodOptions(ctx);
      const centres = new Map(neighbourhoods.map((option) => [option.slug, option.centre]));
      const today = todayOf(request);
      const read = readSearch(query, centres, today);
      const page = /^\d{1,6}$/.test(query.side ?? '') ? Number(query.side) : 1;
      const found = read.query === null ? null : await findFreePlaces(ctx, request.user, read.query, page);
      const values: Record<string, string> = {};
      for (const name of ['antal', 'dato', 'fra', 'til', 'kvarter', 'niveaufri'] as const) {
        const value = query[name];
        if (value !== undefined) values[name] = value;
      }
      const prefill = new URLSearchParams({
        date: values.dato ?? '',
        startTime: values.fra ?? '',
        endTime: values.til ?? '',
        attendees: values.antal ?? '',
      });
      const hasErrors = Object.keys(read.errors).length > 0;
      return reply.page({
        title: t.t('bookings.search.title'),
        status: hasErrors ? 422 : 200,
        body: (
          <SearchPage
            t={t}
            form={{ values, errors: read.errors }}
            neighbourhoods={neighbourhoods}
            facilities={listOf(query.facilitet)}
            found={found}
            query={values}
            bookQuery={`?${prefill.toString()}`}
            today={today}
          />
        ),
      });
    },
  );

  r.get(
    '/steder/:slug/ledige-tider',
    {
      config: { access: 'public', publicCache: true },
      schema: { params: SlugParams, querystring: FreeSlotsQuery, hide: true },
    },
    async (request, reply) => {
      const place = await getPlaceRulesBySlug(ctx, request.params.slug);
      const slots = await placeFreeSlots(ctx, place, request.query.fra, 28);
      const { t } = request;
      return reply.page({
        title: t.t('bookings.freeSlots.title', { place: place.name }),
        body: <FreeSlotsPage t={t} place={place} slots={slots} />,
      });
    },
  );

  r.get(
    '/steder/:slug/kalender.ics',
    {
      config: { access: 'public', publicCache: true },
      schema: { params: SlugParams, querystring: FeedQuery, hide: true },
    },
    async (request, reply) => {
      const feed = await placeFeedFor(ctx, request.params.slug, request.query);
      return sendFeed(request, reply, feed, {
        type: 'text/calendar; charset=utf-8',
        filename: `${request.params.slug}.ics`,
        disposition: 'inline',
        cache: 'public',
      });
    },
  );

  r.get(
    '/kalender/:file',
    { config: { access: 'public' }, schema: { params: FeedParams, hide: true } },
    async (request, reply) => {
      const match = /^([A-Za-z0-9_-]{20,100})\.ics$/.exec(request.params.file);
      if (match?.[1] === undefined) throw new NotFoundError();
      const text = await personalFeedFor(ctx, match[1]);
      return sendExport(request, reply, text, {
        type: 'text/calendar; charset=utf-8',
        filename: 'mine-bookinger.ics',
        disposition: 'inline',
        cache: 'private',
      });
    },
  );
}
