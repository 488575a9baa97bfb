import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import type { FastifyInstance } from 'fastify';
import { applicationJson, queueItemJson, withApiFields } from '#src/modules/grants/api-json.ts';
import { decideApplication } from '#src/modules/grants/review/decision-service.ts';
import { addComment, castVote, reviewApplication, reviewQueue } from '#src/modules/grants/review/service.ts';
import {
  ApplicationJson,
  CommentJson,
  DecisionJson,
  NoContent,
  PoolApplicationParams,
  PROBLEMS,
  QueueJson,
  StatusResultJson,
  TAGS,
  VoteJson,
} from '#src/modules/grants/schemas.ts';
import { BEARER_AUTH, SlugParams } from '#src/platform/api-schemas.ts';
import { currentUser } from '#src/platform/current-user.ts';

/** The reviewers' JSON routes: the queue, one application as they see it, vote, comment, decide. */
export async function grantsReviewApi(instance: FastifyInstance): Promise<void> {
  const app = instance.withTypeProvider<TypeBoxTypeProvider>();
  const { ctx } = app;

  const base = '/pools/:slug/applications/:id';

  app.get(
    '/pools/:slug/queue',
    {
      config: { access: 'user' },
      schema: {
        tags: TAGS,
        summary: "The reviewers' queue: open applications, the longest waiting first, then the decided ones",
        security: BEARER_AUTH,
        params: SlugParams,
        response: { 200: QueueJson, ...PROBLEMS },
      },
    },
    async (request) => {
      const queue = await reviewQueue(ctx, currentUser(request), request.params.slug);
      return { waiting: queue.waiting.map(queueItemJson), decided: queue.decided.map(queueItemJson) };
    },
  );

  app.get(
    base,
    {
      config: { access: 'user' },
      schema: {
        tags: TAGS,
        summary: 'One application as reviewers see it',
        security: BEARER_AUTH,
        params: PoolApplicationParams,
        response: { 200: ApplicationJson, ...PROBLEMS },
      },
    },
    async (request) =>
      applicationJson(
        (await reviewApplication(ctx, currentUser(request), request.params.slug, request.params.id))
          .application,
      ),
  );

  app.put(
    `${base}/vote`,
    {
      config: { access: 'user' },
      schema: {
        tags: TAGS,
        summary: 'Vote approve, reject or abstain (reviewers; may change until decided)',
        description:
          'Refused with 403 conflict_of_interest for an application from an organisation the reviewer belongs to.',
        security: BEARER_AUTH,
        params: PoolApplicationParams,
        body: VoteJson,
        response: { 204: NoContent, ...PROBLEMS },
      },
    },
    async (request, reply) => {
      await castVote(ctx, currentUser(request), request.params.slug, request.params.id, request.body.vote);
      return reply.status(204).send(null);
    },
  );

  app.post(
    `${base}/comments`,
    {
      config: { access: 'user' },
      schema: {
        tags: TAGS,
        summary: 'Add an internal comment (never shown to the applicant)',
        security: BEARER_AUTH,
        params: PoolApplicationParams,
        body: CommentJson,
        response: { 204: NoContent, ...PROBLEMS },
      },
    },
    async (request, reply) => {
      await addComment(ctx, currentUser(request), request.params.slug, request.params.id, request.body.body);
      return reply.status(204).send(null);
    },
  );

  app.post(
    `${base}/decision`,
    {
      config: { access: 'user' },
      schema: {
        tags: TAGS,
        summary:
          'Decide by the pool rule: approve (full or smaller amount), reject (reason required) or ask for more information',
        description:
          'majority: a pool admin records the side with more approve/reject votes; chair: the chair decides once someone has voted. An approval commits the amount and never exceeds the budget (409 over_budget).',
        security: BEARER_AUTH,
        params: PoolApplicationParams,
        body: DecisionJson,
        response: { 200: StatusResultJson, ...PROBLEMS },
      },
    },
    async (request) => {
      const { body } = request;
      try {
        const outcome = await decideApplication(
          ctx,
          currentUser(request),
          request.params.slug,
          request.params.id,
          {
            outcome: body.outcome,
            amount: { ore: body.grantedOre },
            reason: body.reason,
          },
        );
        const status = outcome === 'approve' ? 'approved' : outcome === 'reject' ? 'rejected' : 'needs_info';
        return { id: request.params.id, status } as const;
      } catch (error) {
        throw withApiFields(error);
      }
    },
  );
}
