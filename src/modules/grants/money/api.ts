import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import type { FastifyInstance } from 'fastify';
import { oreToDkkString } from '#src/modules/grants/amounts.ts';
import { withApiFields } from '#src/modules/grants/api-json.ts';
import { ledgerOf, recordPayout, recordReturn } from '#src/modules/grants/money/service.ts';
import { assertPoolAdmin } from '#src/modules/grants/policy.ts';
import { reviewApplication } from '#src/modules/grants/review/service.ts';
import {
  LedgerJson,
  PaymentJson,
  PoolApplicationParams,
  PROBLEMS,
  TAGS,
} from '#src/modules/grants/schemas.ts';
import { BEARER_AUTH } from '#src/platform/api-schemas.ts';
import { currentUser } from '#src/platform/current-user.ts';

/** The pool admins' money routes: record a payout or money paid back, and read the ledger. */
export async function grantsMoneyApi(instance: FastifyInstance): Promise<void> {
  const app = instance.withTypeProvider<TypeBoxTypeProvider>();
  const { ctx } = app;

  const base = '/pools/:slug/applications/:id';

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
