import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { decideApplication } from '#src/modules/grants/review/decision-service.ts';
import { castVote } from '#src/modules/grants/review/service.ts';
import {
  applicationInput,
  asUser,
  createGrantsWorld,
  type GrantsWorld,
  submitApplication,
} from '#src/modules/grants/test-support.ts';
import { countQueries } from '#src/testing/query-count.ts';
import { createTestApp, type TestApp } from '#src/testing/test-app.ts';

const WRITE = /^\s*(insert|update|delete)\b/i;

/** The statements a decision sends before its first write: what it reads to decide. */
function readsBeforeWrite(queries: readonly string[]): string[] {
  const firstWrite = queries.findIndex((sql) => WRITE.test(sql));
  return firstWrite === -1 ? [...queries] : queries.slice(0, firstWrite);
}

/**
 * A decision reads only its context (the application, its pool, the decider's standing and the
 * votes), not the review page's model (comments, history, money figures and ledger).
 */
describe('queries of a decision', () => {
  let t: TestApp;
  let world: GrantsWorld;

  beforeAll(async () => {
    t = await createTestApp();
    world = await createGrantsWorld(t.ctx);
  });
  afterAll(async () => {
    await t.close();
  });

  it('reads the decision context only, not the review page, before it writes', async () => {
    const id = await submitApplication(t.ctx, world, applicationInput({ title: 'Talt afgørelse' }));
    await castVote(t.ctx, asUser(world.reviewer), world.pool.slug, id, 'approve');
    const { result, count, queries } = await countQueries(() =>
      decideApplication(t.ctx, asUser(world.chair), world.pool.slug, id, {
        outcome: 'approve',
        amount: { ore: undefined },
      }),
    );
    expect(result).toBe('approve');
    const reads = readsBeforeWrite(queries);
    const pageOnly = reads.filter((sql) => /grant_comments|grant_events|grant_ledger/.test(sql));
    expect(pageOnly, reads.join('\n')).toEqual([]);
    // Reads: the context row, the decider's role and reviewer seat, the votes (the review page's
    // model took 12). The rest is the write: state, money, history, and the mails it queues.
    expect({ reads: reads.length, total: count }, queries.join('\n')).toEqual({ reads: 4, total: 13 });
  });
});
