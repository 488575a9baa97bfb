import type { FastifyInstance } from 'fastify';
import { grantsApplicationsApi } from '#src/modules/grants/applications/api.ts';
import { grantsMoneyApi } from '#src/modules/grants/money/api.ts';
import { grantsPoolsApi } from '#src/modules/grants/pools/api.ts';
import { grantsPublicApi } from '#src/modules/grants/public/api.ts';
import { grantsReviewApi } from '#src/modules/grants/review/api.ts';

/**
 * JSON routes of the quick-action pool, mounted under /api/v1, one file per sub-domain, registered
 * in this order (the OpenAPI document lists them so). Amounts are whole øre (`…Ore`, the only form
 * accepted as input); responses add the same amount in kroner as a decimal string (`…Dkk`, e.g.
 * "1500.00") for reading.
 */
export async function grantsApi(instance: FastifyInstance): Promise<void> {
  await grantsPoolsApi(instance);
  await grantsApplicationsApi(instance);
  await grantsReviewApi(instance);
  await grantsMoneyApi(instance);
  await instance.register(grantsPublicApi);
}
