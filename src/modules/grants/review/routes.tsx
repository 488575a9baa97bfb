import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { oreToInput } from '#src/modules/grants/amounts.ts';
import { listApplicationPhotos } from '#src/modules/grants/applications/photos-service.ts';
import { typedValues } from '#src/modules/grants/form-values.ts';
import { recordPayout, recordReturn } from '#src/modules/grants/money/service.ts';
import { PayoutPage } from '#src/modules/grants/money/views/payout-page.tsx';
import { assertPoolAdmin } from '#src/modules/grants/policy.ts';
import { sponsorsOfApplication } from '#src/modules/grants/pools/sponsorships-service.ts';
import { decideApplication } from '#src/modules/grants/review/decision-service.ts';
import { addComment, castVote, reviewApplication, reviewQueue } from '#src/modules/grants/review/service.ts';
import { ReviewPage, type ReviewPageForms } from '#src/modules/grants/review/views/review-page.tsx';
import { ReviewQueuePage } from '#src/modules/grants/review/views/review-queue.tsx';
import {
  CommentForm,
  DecisionForm,
  PaymentForm,
  PoolApplicationParams,
  VoteForm,
} from '#src/modules/grants/schemas.ts';
import type { GrantFormState } from '#src/modules/grants/views/form-parts.tsx';
import { SlugParams } from '#src/platform/api-schemas.ts';
import { currentUser } from '#src/platform/current-user.ts';
import { formatInputDate } from '#src/platform/dates/parse.ts';
import { attempt } from '#src/platform/form-flow.ts';
import { localParts } from '#src/platform/local-time.ts';

const EMPTY: GrantFormState = { values: {}, errors: {} };
type FormName = keyof ReviewPageForms;

/** The reviewers' side: the queue, one application with votes, comments and decision, payouts. */
export async function reviewRoutes(app: FastifyInstance): Promise<void> {
  const r = app.withTypeProvider<TypeBoxTypeProvider>();
  const { ctx } = app;

  async function renderReview(
    request: FastifyRequest,
    reply: FastifyReply,
    slug: string,
    id: number,
    failed: { form: FormName; state: GrantFormState } | null = null,
  ) {
    const model = await reviewApplication(ctx, currentUser(request), slug, id);
    const [photos, sponsors] = await Promise.all([
      listApplicationPhotos(ctx, id),
      sponsorsOfApplication(ctx, id),
    ]);
    const forms: ReviewPageForms = {
      vote: EMPTY,
      comment: EMPTY,
      decision: { values: { amount: oreToInput(model.application.requestedOre) }, errors: {} },
      payment: EMPTY,
    };
    if (failed !== null) forms[failed.form] = failed.state;
    return reply.page({
      title: model.application.title,
      status: failed === null ? 200 : 422,
      body: (
        <ReviewPage
          t={request.t}
          csrfToken={request.csrfToken}
          model={model}
          photos={photos}
          sponsors={sponsors}
          forms={forms}
          today={localParts(ctx.clock.now()).date}
        />
      ),
    });
  }

  function back(slug: string, id: number): string {
    return `/puljer/${encodeURIComponent(slug)}/ansogninger/${id}`;
  }

  r.get(
    '/puljer/:slug/bedoem',
    { config: { access: 'user' }, schema: { params: SlugParams } },
    async (request, reply) => {
      const queue = await reviewQueue(ctx, currentUser(request), request.params.slug);
      const { t } = request;
      return reply.page({
        title: t.t('grants.queue.title', { pool: queue.pool.title }),
        body: <ReviewQueuePage t={t} queue={queue} />,
      });
    },
  );

  r.get(
    '/puljer/:slug/ansogninger/:id',
    { config: { access: 'user' }, schema: { params: PoolApplicationParams } },
    async (request, reply) => renderReview(request, reply, request.params.slug, request.params.id),
  );

  r.post(
    '/puljer/:slug/ansogninger/:id/stem',
    { config: { access: 'user' }, schema: { params: PoolApplicationParams, body: VoteForm } },
    async (request, reply) => {
      const { slug, id } = request.params;
      const voted = await attempt(() => castVote(ctx, currentUser(request), slug, id, request.body.vote));
      if (!voted.ok) {
        return renderReview(request, reply, slug, id, {
          form: 'vote',
          state: { values: typedValues(request.body), errors: voted.errors },
        });
      }
      reply.flash('grants.flash.voted');
      return reply.redirect(back(slug, id));
    },
  );

  r.post(
    '/puljer/:slug/ansogninger/:id/kommentar',
    { config: { access: 'user' }, schema: { params: PoolApplicationParams, body: CommentForm } },
    async (request, reply) => {
      const { slug, id } = request.params;
      const commented = await attempt(() =>
        addComment(ctx, currentUser(request), slug, id, request.body.comment),
      );
      if (!commented.ok) {
        return renderReview(request, reply, slug, id, {
          form: 'comment',
          state: { values: typedValues(request.body), errors: commented.errors },
        });
      }
      reply.flash('grants.flash.commented');
      return reply.redirect(`${back(slug, id)}#kommentarer`);
    },
  );

  r.post(
    '/puljer/:slug/ansogninger/:id/afgoer',
    { config: { access: 'user' }, schema: { params: PoolApplicationParams, body: DecisionForm } },
    async (request, reply) => {
      const { slug, id } = request.params;
      const { body } = request;
      const decided = await attempt(() =>
        decideApplication(ctx, currentUser(request), slug, id, {
          outcome: body.outcome,
          amount: { text: body.amount },
          reason: body.reason,
        }),
      );
      if (!decided.ok) {
        return renderReview(request, reply, slug, id, {
          form: 'decision',
          state: { values: typedValues(body), errors: decided.errors },
        });
      }
      reply.flash(
        decided.value === 'approve'
          ? 'grants.flash.approved'
          : decided.value === 'reject'
            ? 'grants.flash.rejected'
            : 'grants.flash.askedForInfo',
      );
      return reply.redirect(back(slug, id));
    },
  );

  async function renderPayout(
    request: FastifyRequest,
    reply: FastifyReply,
    slug: string,
    id: number,
    form: GrantFormState | null,
  ) {
    const model = await reviewApplication(ctx, currentUser(request), slug, id);
    assertPoolAdmin(model.standing);
    const { t } = request;
    const today = localParts(ctx.clock.now()).date;
    const state = form ?? {
      values: { date: formatInputDate(today), amount: oreToInput(model.money.payableOre) },
      errors: {},
    };
    return reply.page({
      title: t.t('grants.pay.title', { title: model.application.title }),
      status: form === null ? 200 : 422,
      body: <PayoutPage t={t} csrfToken={request.csrfToken} model={model} form={state} today={today} />,
    });
  }

  r.get(
    '/puljer/:slug/ansogninger/:id/udbetal',
    { config: { access: 'user' }, schema: { params: PoolApplicationParams } },
    async (request, reply) => renderPayout(request, reply, request.params.slug, request.params.id, null),
  );

  r.post(
    '/puljer/:slug/ansogninger/:id/udbetal',
    { config: { access: 'user' }, schema: { params: PoolApplicationParams, body: PaymentForm } },
    async (request, reply) => {
      const { slug, id } = request.params;
      const { body } = request;
      const paid = await attempt(() =>
        recordPayout(ctx, currentUser(request), slug, id, {
          date: body.date,
          formToday: localParts(ctx.clock.now()).date,
          amount: { text: body.amount },
          reference: body.reference,
        }),
      );
      if (!paid.ok)
        return renderPayout(request, reply, slug, id, { values: typedValues(body), errors: paid.errors });
      reply.flash('grants.flash.paid');
      return reply.redirect(back(slug, id));
    },
  );

  r.post(
    '/puljer/:slug/ansogninger/:id/tilbagebetaling',
    { config: { access: 'user' }, schema: { params: PoolApplicationParams, body: PaymentForm } },
    async (request, reply) => {
      const { slug, id } = request.params;
      const { body } = request;
      const returned = await attempt(() =>
        recordReturn(ctx, currentUser(request), slug, id, {
          date: body.date,
          formToday: localParts(ctx.clock.now()).date,
          amount: { text: body.amount },
          reference: body.reference,
        }),
      );
      if (!returned.ok) {
        return renderReview(request, reply, slug, id, {
          form: 'payment',
          state: { values: typedValues(body), errors: returned.errors },
        });
      }
      reply.flash('grants.flash.returned');
      return reply.redirect(back(slug, id));
    },
  );
}
