import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { type BookingProblem, scopeProblem } from '#src/modules/places/bookings/availability.ts';
import type { BookingInput } from '#src/modules/places/bookings/input.ts';
import {
  bookOrPreview,
  bookSeriesInput,
  previewSeriesInput,
} from '#src/modules/places/bookings/requests-service.ts';
import { BookingForm, SeriesConfirmForm, WeekQuery } from '#src/modules/places/bookings/schemas.ts';
import { bookerStanding } from '#src/modules/places/bookings/service.ts';
import { BookPage, type BookPageModel } from '#src/modules/places/bookings/views/book-page.tsx';
import { NotAllowedPage } from '#src/modules/places/bookings/views/scope-notice.tsx';
import { SeriesPreviewPage } from '#src/modules/places/bookings/views/series-preview.tsx';
import { buildWeekCalendar } from '#src/modules/places/bookings/week-calendar.ts';
import type { PlaceWithRules } from '#src/modules/places/rules.ts';
import { getPlaceRulesBySlug } from '#src/modules/places/service.ts';
import { SlugParams } from '#src/platform/api-schemas.ts';
import { currentUser } from '#src/platform/current-user.ts';
import {
  AppError,
  ConflictError,
  type FieldErrors,
  RateLimitedError,
  ValidationError,
} from '#src/platform/errors.ts';
import { localParts } from '#src/platform/local-time.ts';
import type { FormState } from '#src/platform/views/forms.tsx';

const FORM_FIELDS = [
  'title',
  'date',
  'startTime',
  'endTime',
  'attendees',
  'responsibleHostName',
  'responsibleHostPhone',
  'organisationId',
  'repeat',
  'until',
] as const;

/** What the person typed, to fill the form again. */
export function typedValues(body: Record<string, unknown>): Record<string, string> {
  const values: Record<string, string> = {};
  for (const field of FORM_FIELDS) {
    const value = body[field];
    if (typeof value === 'string') values[field] = value;
  }
  return values;
}

/** The request's local date in Copenhagen: what a date typed without a year counts from. */
export function todayOf(request: FastifyRequest): string {
  return localParts(request.server.ctx.clock.now()).date;
}

/** The form's fields as the bookings service reads them. */
function formInput(request: FastifyRequest, values: Record<string, string>): BookingInput {
  return { face: 'form', fields: values, today: todayOf(request) };
}

/** The clash and other refusals as field errors, so the form shows them beside the fields. */
export function formErrorsOf(error: unknown): FieldErrors | null {
  if (error instanceof ValidationError) return error.fieldErrors;
  if (error instanceof ConflictError && error.code === 'booking_clash') {
    return { startTime: error.userMessage };
  }
  if (error instanceof ConflictError && error.code.startsWith('series_')) {
    return { until: error.userMessage };
  }
  // Too many requests in the hour: the form stays filled in, the message leads to its first field.
  if (error instanceof RateLimitedError) return { title: error.userMessage };
  return null;
}

async function pageModel(
  request: FastifyRequest,
  place: PlaceWithRules,
  week: string | undefined,
): Promise<BookPageModel> {
  const { ctx } = request.server;
  const standing = await bookerStanding(ctx, currentUser(request), place);
  const calendar = await buildWeekCalendar(ctx, place, week);
  return {
    place,
    memberships: standing.memberships,
    calendar,
    instant: !place.rules.approvalRequired || standing.isManager,
    today: todayOf(request),
  };
}

/** Why this person may not book the place at all (who may book), or null; checked before the form. */
async function scopeRefusal(request: FastifyRequest, place: PlaceWithRules): Promise<BookingProblem | null> {
  if (place.rules.bookerScope === 'anyone') return null;
  const standing = await bookerStanding(request.server.ctx, currentUser(request), place);
  return scopeProblem(place, standing);
}

async function renderForm(
  request: FastifyRequest,
  reply: FastifyReply,
  place: PlaceWithRules,
  form: FormState,
  status = 200,
  error?: unknown,
) {
  const { t } = request;
  if (error instanceof RateLimitedError) reply.header('retry-after', String(error.retryAfterSeconds));
  return reply.page({
    title: t.t('bookings.book.title', { place: place.name }),
    status,
    body: (
      <BookPage
        t={t}
        csrfToken={request.csrfToken}
        form={form}
        model={await pageModel(request, place, form.values.date)}
      />
    ),
  });
}

function seriesStarts(raw: string | string[] | undefined): number[] {
  const list = raw === undefined ? [] : Array.isArray(raw) ? raw : [raw];
  return list.filter((value) => /^\d{1,15}$/.test(value)).map(Number);
}

/** "Book lokale": one booking, or a series with a preview step before anything is saved. */
export async function bookRoutes(app: FastifyInstance): Promise<void> {
  const r = app.withTypeProvider<TypeBoxTypeProvider>();
  const { ctx } = app;

  r.get(
    '/steder/:slug/book',
    { config: { access: 'user' }, schema: { params: SlugParams, querystring: WeekQuery, hide: true } },
    async (request, reply) => {
      const place = await getPlaceRulesBySlug(ctx, request.params.slug);
      const { t } = request;
      const refusal = await scopeRefusal(request, place);
      if (refusal !== null) {
        return reply.page({
          title: t.t('bookings.book.title', { place: place.name }),
          status: 403,
          body: <NotAllowedPage t={t} place={place} />,
        });
      }
      return reply.page({
        title: t.t('bookings.book.title', { place: place.name }),
        body: (
          <BookPage
            t={t}
            csrfToken={request.csrfToken}
            form={{ values: typedValues(request.query), errors: {} }}
            model={await pageModel(request, place, request.query.uge ?? request.query.date)}
          />
        ),
      });
    },
  );

  r.post(
    '/steder/:slug/book',
    { config: { access: 'user' }, schema: { params: SlugParams, body: BookingForm, hide: true } },
    async (request, reply) => {
      const place = await getPlaceRulesBySlug(ctx, request.params.slug);
      const user = currentUser(request);
      const values = typedValues(request.body);
      try {
        const outcome = await bookOrPreview(ctx, user, place, formInput(request, values));
        if ('preview' in outcome) {
          const { preview } = outcome;
          const { t } = request;
          return reply.page({
            title: t.t('bookings.series.title', { place: place.name }),
            body: (
              <SeriesPreviewPage
                t={t}
                csrfToken={request.csrfToken}
                place={place}
                preview={preview}
                values={values}
                notice={null}
              />
            ),
          });
        }
        reply.flash('bookings.flash.created');
        return reply.redirect(`/bookinger/${outcome.bookingId}`);
      } catch (error) {
        const errors = formErrorsOf(error);
        if (errors === null) throw error;
        const status = error instanceof AppError ? error.statusCode : 422;
        return renderForm(request, reply, place, { values, errors }, status, error);
      }
    },
  );

  r.post(
    '/steder/:slug/book/serie',
    { config: { access: 'user' }, schema: { params: SlugParams, body: SeriesConfirmForm, hide: true } },
    async (request, reply) => {
      const place = await getPlaceRulesBySlug(ctx, request.params.slug);
      const user = currentUser(request);
      const values = typedValues(request.body);
      try {
        await bookSeriesInput(ctx, user, place, formInput(request, values), {
          kind: 'free',
          expectedStarts: seriesStarts(request.body.starts),
        });
        reply.flash('bookings.flash.seriesCreated');
        return reply.redirect('/mine-bookinger');
      } catch (error) {
        // Someone took one of the free times meanwhile: nothing was saved; show the list as it is now.
        if (
          error instanceof ConflictError &&
          (error.code.startsWith('series_') || error.code === 'booking_clash')
        ) {
          const preview = await previewSeriesInput(ctx, user, place, formInput(request, values));
          const { t } = request;
          return reply.page({
            title: t.t('bookings.series.title', { place: place.name }),
            status: 409,
            body: (
              <SeriesPreviewPage
                t={t}
                csrfToken={request.csrfToken}
                place={place}
                preview={preview}
                values={values}
                notice={
                  error.code === 'booking_clash'
                    ? t.t('bookings.error.seriesChanged')
                    : t.message(error.userMessage)
                }
              />
            ),
          });
        }
        const errors = formErrorsOf(error);
        if (errors === null) throw error;
        return renderForm(
          request,
          reply,
          place,
          { values, errors },
          error instanceof AppError ? error.statusCode : 422,
          error,
        );
      }
    },
  );
}
