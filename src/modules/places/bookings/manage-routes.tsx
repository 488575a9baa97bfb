import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import {
  approveBooking,
  cancelBooking,
  decideMany,
  rejectBooking,
} from '#src/modules/places/bookings/decisions.ts';
import { calendarFeedPath, renewCalendarFeed } from '#src/modules/places/bookings/feeds.ts';
import { bookingDetails, managerQueue, myBookings } from '#src/modules/places/bookings/reading.ts';
import { BulkForm, CsrfForm, ReasonForm } from '#src/modules/places/bookings/schemas.ts';
import { BookingPage } from '#src/modules/places/bookings/views/booking-page.tsx';
import { CancelBookingConfirm } from '#src/modules/places/bookings/views/cancel-confirm.tsx';
import { MyBookingsPage } from '#src/modules/places/bookings/views/my-bookings.tsx';
import { QueuePage } from '#src/modules/places/bookings/views/queue.tsx';
import { IdParams } from '#src/platform/api-schemas.ts';
import { isConfirmed } from '#src/platform/confirm.ts';
import { currentUser } from '#src/platform/current-user.ts';
import { attempt } from '#src/platform/form-flow.ts';
import { emptyForm, type FormState } from '#src/platform/views/forms.tsx';

function idsOf(raw: string | string[] | undefined): number[] {
  const list = raw === undefined ? [] : Array.isArray(raw) ? raw : [raw];
  return [...new Set(list.filter((value) => /^\d{1,9}$/.test(value)).map(Number))];
}

async function renderBooking(
  request: FastifyRequest,
  reply: FastifyReply,
  id: number,
  form: FormState,
  status = 200,
) {
  const { t } = request;
  const details = await bookingDetails(request.server.ctx, currentUser(request), id);
  return reply.page({
    title: details.booking.title,
    status,
    body: <BookingPage t={t} csrfToken={request.csrfToken} details={details} form={form} />,
  });
}

/** The confirmation step before cancelling; a booking that can no longer be cancelled shows its page. */
async function renderCancelConfirm(request: FastifyRequest, reply: FastifyReply, id: number) {
  const { t } = request;
  const details = await bookingDetails(request.server.ctx, currentUser(request), id);
  if (!details.booking.canCancel) return reply.redirect(`/bookinger/${id}`);
  return reply.page({
    title: t.t('bookings.cancel.confirmHeading'),
    body: <CancelBookingConfirm t={t} csrfToken={request.csrfToken} details={details} />,
  });
}

async function renderQueue(request: FastifyRequest, reply: FastifyReply, form: FormState, status = 200) {
  const { t } = request;
  const requests = await managerQueue(request.server.ctx, currentUser(request));
  return reply.page({
    title: t.t('bookings.queue.title'),
    status,
    body: <QueuePage t={t} csrfToken={request.csrfToken} requests={requests} form={form} />,
  });
}

/** My bookings, one booking's page, cancelling, the managers' decisions and queue. */
export async function manageRoutes(app: FastifyInstance): Promise<void> {
  const r = app.withTypeProvider<TypeBoxTypeProvider>();
  const { ctx } = app;

  r.get('/mine-bookinger', { config: { access: 'user' }, schema: { hide: true } }, async (request, reply) => {
    const user = currentUser(request);
    const { t } = request;
    const [bookings, feedPath] = await Promise.all([myBookings(ctx, user), calendarFeedPath(ctx, user.id)]);
    return reply.page({
      title: t.t('bookings.mine.title'),
      body: (
        <MyBookingsPage
          t={t}
          csrfToken={request.csrfToken}
          bookings={bookings}
          feedUrl={feedPath === null ? null : `${ctx.config.baseUrl}${feedPath}`}
        />
      ),
    });
  });

  r.post(
    '/mine-bookinger/kalender',
    { config: { access: 'user' }, schema: { body: CsrfForm, hide: true } },
    async (request, reply) => {
      await renewCalendarFeed(ctx, currentUser(request).id);
      reply.flash('bookings.flash.feedRenewed');
      return reply.redirect('/mine-bookinger#kalender-title');
    },
  );

  r.get(
    '/bookinger/:id',
    { config: { access: 'user' }, schema: { params: IdParams, hide: true } },
    async (request, reply) => renderBooking(request, reply, request.params.id, emptyForm),
  );

  r.get(
    '/bookinger/:id/annuller',
    { config: { access: 'user' }, schema: { params: IdParams, hide: true } },
    async (request, reply) => renderCancelConfirm(request, reply, request.params.id),
  );

  r.post(
    '/bookinger/:id/annuller',
    { config: { access: 'user' }, schema: { params: IdParams, body: ReasonForm, hide: true } },
    async (request, reply) => {
      if (!isConfirmed(request.body)) return renderCancelConfirm(request, reply, request.params.id);
      await cancelBooking(ctx, currentUser(request), request.params.id, request.body.reason);
      reply.flash('bookings.flash.cancelled');
      return reply.redirect(`/bookinger/${request.params.id}`);
    },
  );

  r.post(
    '/bookinger/:id/godkend',
    { config: { access: 'user' }, schema: { params: IdParams, body: CsrfForm, hide: true } },
    async (request, reply) => {
      await approveBooking(ctx, currentUser(request), request.params.id);
      reply.flash('bookings.flash.approved');
      return reply.redirect(`/bookinger/${request.params.id}`);
    },
  );

  r.post(
    '/bookinger/:id/afvis',
    { config: { access: 'user' }, schema: { params: IdParams, body: ReasonForm, hide: true } },
    async (request, reply) => {
      const rejected = await attempt(() =>
        rejectBooking(ctx, currentUser(request), request.params.id, request.body.reason),
      );
      if (!rejected.ok) {
        const form = { values: { reason: request.body.reason ?? '' }, errors: rejected.errors };
        return renderBooking(request, reply, request.params.id, form, 422);
      }
      reply.flash('bookings.flash.rejected');
      return reply.redirect(`/bookinger/${request.params.id}`);
    },
  );

  r.get(
    '/administrer/bookinger',
    { config: { access: 'user' }, schema: { hide: true } },
    async (request, reply) => renderQueue(request, reply, emptyForm),
  );

  r.post(
    '/administrer/bookinger',
    { config: { access: 'user' }, schema: { body: BulkForm, hide: true } },
    async (request, reply) => {
      const { body } = request;
      const decision = body.decision === 'reject' ? 'reject' : 'approve';
      const decided = await attempt(() =>
        decideMany(ctx, currentUser(request), idsOf(body.ids), decision, body.reason),
      );
      if (!decided.ok) {
        return renderQueue(
          request,
          reply,
          { values: { reason: body.reason ?? '' }, errors: decided.errors },
          422,
        );
      }
      reply.flash(decided.value.skipped > 0 ? 'bookings.flash.bulkSomeSkipped' : 'bookings.flash.bulkDone');
      return reply.redirect('/administrer/bookinger');
    },
  );
}
