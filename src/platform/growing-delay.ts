import type { AppContext } from '#src/platform/context.ts';
import { RateLimitedError } from '#src/platform/errors.ts';
import type { MessageKeyWith } from '#src/platform/i18n.ts';

/**
 * Growing delays instead of a lock-out: after `freeAttempts` failures in a row, the next attempt
 * must wait `firstDelayMs`, then twice that, and so on up to `maxDelayMs`, so whoever owns the
 * account is never kept out for longer than the cap. Kept in `rate_limits`, where for these keys
 * `count` is the failures in a row and `window_started_at` the instant the next attempt may start.
 */
export interface GrowingDelayRule {
  /** e.g. `login-delay:email:ana@example.dk`. */
  key: string;
  freeAttempts: number;
  firstDelayMs: number;
  maxDelayMs: number;
  /** Failures are forgotten when no attempt was due for this long. */
  forgetAfterMs: number;
  /** The message of the 429; it gets `{seconds}`. */
  messageKey: MessageKeyWith<'seconds'>;
}

/** The wait after `failures` failures in a row (0 while they are free). */
export function delayAfter(rule: GrowingDelayRule, failures: number): number {
  if (failures < rule.freeAttempts) return 0;
  const doublings = failures - rule.freeAttempts;
  // Past ~30 doublings the number is far beyond any cap; stop before it overflows.
  if (doublings > 30) return rule.maxDelayMs;
  return Math.min(rule.maxDelayMs, rule.firstDelayMs * 2 ** doublings);
}

function tooEarly(rule: GrowingDelayRule, allowedAt: number, now: number): RateLimitedError {
  const seconds = Math.max(1, Math.ceil((allowedAt - now) / 1000));
  return new RateLimitedError(seconds, { key: rule.messageKey, params: { seconds } });
}

/**
 * Takes one attempt: throws RateLimitedError (429, with the seconds to wait) inside the wait,
 * and such an attempt counts for nothing. Otherwise the attempt is counted as a failure at once,
 * and the next wait starts, until `clearGrowingDelay` says it succeeded. Counting first makes
 * parallel attempts safe: the update only lands if nobody else took this turn (compare-and-set).
 */
export async function takeDelayedAttempt(ctx: AppContext, rule: GrowingDelayRule): Promise<void> {
  const { kysely } = ctx.db;
  const now = ctx.clock.now();
  const row = await kysely
    .selectFrom('rate_limits')
    .select(['count', 'window_started_at'])
    .where('key', '=', rule.key)
    .executeTakeFirst();
  if (row === undefined) {
    const inserted = await kysely
      .insertInto('rate_limits')
      .values({ key: rule.key, count: 1, window_started_at: now + delayAfter(rule, 1) })
      .onConflict((oc) => oc.column('key').doNothing())
      .executeTakeFirst();
    if (Number(inserted.numInsertedOrUpdatedRows ?? 0) === 1) return;
    throw tooEarly(rule, now + 1000, now);
  }
  if (row.window_started_at > now) throw tooEarly(rule, row.window_started_at, now);
  const forgotten = row.window_started_at <= now - rule.forgetAfterMs;
  const failures = forgotten ? 1 : row.count + 1;
  const updated = await kysely
    .updateTable('rate_limits')
    .set({ count: failures, window_started_at: now + delayAfter(rule, failures) })
    .where('key', '=', rule.key)
    .where('count', '=', row.count)
    .where('window_started_at', '=', row.window_started_at)
    .executeTakeFirst();
  // Someone else took this turn a moment ago: their attempt starts the next wait.
  if (Number(updated.numUpdatedRows) !== 1) throw tooEarly(rule, now + 1000, now);
}

/** The attempt succeeded: the failures in a row start again from zero. */
export async function clearGrowingDelay(ctx: AppContext, key: string): Promise<void> {
  await ctx.db.kysely.deleteFrom('rate_limits').where('key', '=', key).execute();
}
