import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import {
  cancelSignUpByLink,
  confirmGuest,
  joinActivity,
  leaveActivity,
  signUpByLink,
  signUpGuest,
} from '#src/modules/activities/participation/service.ts';
import {
  GuestJoinPage,
  LinkActionPage,
  MessagePage,
} from '#src/modules/activities/participation/views/link-pages.tsx';
import { occurrenceKeyOf } from '#src/modules/activities/publishing/form-input.ts';
import { findOccurrence, loadActivity } from '#src/modules/activities/reading.ts';
import {
  CsrfForm,
  GuestForm,
  LinkParams,
  OccurrenceForm,
  OccurrenceQuery,
} from '#src/modules/activities/schemas.ts';
import { IdParams } from '#src/platform/api-schemas.ts';
import { currentUser } from '#src/platform/current-user.ts';
import { NotFoundError } from '#src/platform/errors.ts';
import { attempt } from '#src/platform/form-flow.ts';
import type { FormState } from '#src/platform/views/forms.tsx';

/** Joining and leaving: one click with an account, name and e-mail without, links from e-mails. */
export async function participationRoutes(app: FastifyInstance): Promise<void> {
  const r = app.withTypeProvider<TypeBoxTypeProvider>();
  const { ctx } = app;

  r.post(
    '/aktiviteter/:id/tilmeld',
    { config: { access: 'user' }, schema: { params: IdParams, body: OccurrenceForm, hide: true } },
    async (request, reply) => {
      const status = await joinActivity(
        ctx,
        currentUser(request),
        request.params.id,
        occurrenceKeyOf(request.body.gang),
      );
      reply.flash(status === 'joined' ? 'activities.flash.joined' : 'activities.flash.waiting');
      return reply.redirect(`/aktiviteter/${request.params.id}`);
    },
  );

  r.post(
    '/aktiviteter/:id/afmeld',
    { config: { access: 'user' }, schema: { params: IdParams, body: OccurrenceForm, hide: true } },
    async (request, reply) => {
      await leaveActivity(ctx, currentUser(request), request.params.id, occurrenceKeyOf(request.body.gang));
      reply.flash('activities.flash.left');
      return reply.redirect(`/aktiviteter/${request.params.id}`);
    },
  );

  async function guestPage(
    request: FastifyRequest,
    reply: FastifyReply,
    id: number,
    key: number,
    form: FormState,
    status = 200,
  ) {
    const loaded = await loadActivity(ctx, id);
    const occurrence = findOccurrence(loaded, key);
    if (occurrence === null) throw new NotFoundError('activities.error.noSuchOccurrence');
    const { t } = request;
    return reply.page({
      title: t.t('activities.guest.title', { title: loaded.activity.title }),
      status,
      body: (
        <GuestJoinPage
          t={t}
          activity={loaded.activity}
          occurrence={occurrence}
          form={form}
          csrfToken={request.csrfToken}
        />
      ),
    });
  }

  r.get(
    '/aktiviteter/:id/tilmeld',
    { config: { access: 'public' }, schema: { params: IdParams, querystring: OccurrenceQuery, hide: true } },
    async (request, reply) =>
      guestPage(request, reply, request.params.id, occurrenceKeyOf(request.query.gang), {
        values: {},
        errors: {},
      }),
  );

  r.post(
    '/aktiviteter/:id/tilmeld-gaest',
    { config: { access: 'public' }, schema: { params: IdParams, body: GuestForm, hide: true } },
    async (request, reply) => {
      const key = occurrenceKeyOf(request.body.gang);
      const { name = '', email = '' } = request.body;
      const signedUp = await attempt(() =>
        signUpGuest(ctx, request.params.id, key, { name, email, locale: request.t.locale, ip: request.ip }),
      );
      if (!signedUp.ok) {
        const form = { values: { name, email }, errors: signedUp.errors };
        return guestPage(request, reply, request.params.id, key, form, 422);
      }
      const { t } = request;
      return reply.page({
        title: t.t('activities.guest.sentTitle'),
        body: (
          <MessagePage
            t={t}
            heading={t.t('activities.guest.sentTitle')}
            text={t.t('activities.guest.sent', { email: email.trim() })}
            activityId={request.params.id}
          />
        ),
      });
    },
  );

  r.get(
    '/aktiviteter/tilmelding/:id/:token',
    { config: { access: 'public' }, schema: { params: LinkParams, hide: true } },
    async (request, reply) => {
      const { row, activity, occurrence } = await signUpByLink(
        ctx,
        request.params.id,
        request.params.token,
        'cancel',
      );
      const { t } = request;
      if (row.status === 'cancelled') {
        return reply.page({
          title: t.t('activities.link.cancelledTitle'),
          body: (
            <MessagePage
              t={t}
              heading={t.t('activities.link.cancelledTitle')}
              text={t.t('activities.link.cancelledText')}
              activityId={activity.id}
            />
          ),
        });
      }
      return reply.page({
        title: t.t('activities.link.cancelTitle'),
        body: (
          <LinkActionPage
            t={t}
            activity={activity}
            occurrence={occurrence}
            action={`/aktiviteter/tilmelding/${row.id}/${request.params.token}`}
            heading={t.t('activities.link.cancelTitle')}
            lead={t.t(
              row.status === 'waiting' ? 'activities.link.cancelLeadWaiting' : 'activities.link.cancelLead',
              { name: row.name },
            )}
            button={t.t('activities.link.cancelButton')}
            csrfToken={request.csrfToken}
          />
        ),
      });
    },
  );

  r.post(
    '/aktiviteter/tilmelding/:id/:token',
    { config: { access: 'public' }, schema: { params: LinkParams, body: CsrfForm, hide: true } },
    async (request, reply) => {
      await cancelSignUpByLink(ctx, request.params.id, request.params.token);
      const { activity } = await signUpByLink(ctx, request.params.id, request.params.token, 'cancel');
      const { t } = request;
      return reply.page({
        title: t.t('activities.link.cancelledTitle'),
        body: (
          <MessagePage
            t={t}
            heading={t.t('activities.link.cancelledTitle')}
            text={t.t('activities.link.cancelledText')}
            activityId={activity.id}
          />
        ),
      });
    },
  );

  r.get(
    '/aktiviteter/tilmelding/:id/:token/bekraeft',
    { config: { access: 'public' }, schema: { params: LinkParams, hide: true } },
    async (request, reply) => {
      const { row, activity, occurrence } = await signUpByLink(
        ctx,
        request.params.id,
        request.params.token,
        'confirm',
      );
      const { t } = request;
      return reply.page({
        title: t.t('activities.link.confirmTitle'),
        body: (
          <LinkActionPage
            t={t}
            activity={activity}
            occurrence={occurrence}
            action={`/aktiviteter/tilmelding/${row.id}/${request.params.token}/bekraeft`}
            heading={t.t('activities.link.confirmTitle')}
            lead={t.t('activities.link.confirmLead', { name: row.name })}
            button={t.t('activities.link.confirmButton')}
            csrfToken={request.csrfToken}
          />
        ),
      });
    },
  );

  r.post(
    '/aktiviteter/tilmelding/:id/:token/bekraeft',
    { config: { access: 'public' }, schema: { params: LinkParams, body: CsrfForm, hide: true } },
    async (request, reply) => {
      const status = await confirmGuest(ctx, request.params.id, request.params.token);
      const { activity } = await signUpByLink(ctx, request.params.id, request.params.token, 'confirm');
      const { t } = request;
      const heading = t.t(
        status === 'joined' ? 'activities.link.confirmedJoined' : 'activities.link.confirmedWaiting',
      );
      return reply.page({
        title: heading,
        body: (
          <MessagePage
            t={t}
            heading={heading}
            text={t.t('activities.link.confirmedText')}
            activityId={activity.id}
          />
        ),
      });
    },
  );
}
