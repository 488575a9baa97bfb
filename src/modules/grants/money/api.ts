import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import type { FastifyInstance } from 'fastify';
import { oreToDkkString } from '#src/modules/grants/amounts.ts';
import { PROBLEMS, TAGS } from '#src/modules/grants/api.ts';
import { applicationJson, withApiFields } from '#src/modules/grants/api-json.ts';
import { ledgerOf, recordPayout, recordReturn } from '#src/modules/grants/money/service.ts';
import { assertPoolAdmin } from '#src/modules/grants/policy.ts';
import { decideApplication } from '#src/modules/grants/review/decision-service.ts';
import { addComment, castVote, reviewApplication } from '#src/modules/grants/review/service.ts';
import {
  ApplicationJson,
  CommentJson,
  DecisionJson,
  LedgerJson,
  NoContent,
  PaymentJson,
  PoolApplicationParams,
  StatusResultJson,
  VoteJson,
} from '#src/modules/grants/schemas.ts';
import { BEARER_AUTH } from '#src/platform/api-schemas.ts';
import { currentUser } from '#src/platform/current-user.ts';

/** The reviewers' and pool admins' JSON routes: one application, vote, comment, decide, pay, return. */
export async function grantsMoneyApi(instance: FastifyInstance): Promise<void> {
  const app = instance.withTypeProvider<TypeBoxTypeProvider>();
  const { ctx } = app;
  const base = '/pools/:slug/applications/:id';

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

  for (const kind of ['payouts', 'returns'] as const) {
    app.post(
      `${base}/${kind}`,
      {
        config: { access: 'user' },
        schema: {
          tags: TAGS,
          summary:
            kind === 'payouts'
              ? 'Record a payout (pool admins): date, amount, reference'
              : 'Record money paid back (pool admins)',
          security: BEARER_AUTH,
          params: PoolApplicationParams,
          body: PaymentJson,
          response: { 201: LedgerJson, ...PROBLEMS },
        },
      },
      async (request, reply) => {
        const user = currentUser(request);
        const { slug, id } = request.params;
        const input = {
          date: request.body.date,
          amount: { ore: request.body.amountOre },
          reference: request.body.reference,
        };
        try {
          if (kind === 'payouts') await recordPayout(ctx, user, slug, id, input);
          else await recordReturn(ctx, user, slug, id, input);
        } catch (error) {
          throw withApiFields(error);
        }
        return reply.status(201).send(await ledgerJson(ctx, id));
      },
    );
  }

  app.get(
    `${base}/ledger`,
    {
      config: { access: 'user' },
      schema: {
        tags: TAGS,
        summary: "An application's ledger (pool admins)",
        security: BEARER_AUTH,
        params: PoolApplicationParams,
        response: { 200: LedgerJson, ...PROBLEMS },
      },
    },
    async (request) => {
      const model = await reviewApplication(
        ctx,
        currentUser(request),
        request.params.slug,
        request.params.id,
      );
      assertPoolAdmin(model.standing);
      return ledgerJson(ctx, request.params.id);
    },
  );
}

async function ledgerJson(ctx: FastifyInstance['ctx'], id: number) {
  const entries = await ledgerOf(ctx, id);
  return {
    items: entries.map((entry) => ({
      kind: entry.kind,
      amountOre: entry.amountOre,
      amountDkk: oreToDkkString(entry.amountOre),
      bookedOn: entry.bookedOn,
      reference: entry.reference,
      createdAt: new Date(entry.createdAt).toISOString(),
    })),
  };
}
