import { sql } from 'kysely';
import type { AppContext } from '#src/platform/context.ts';
import { RateLimitedError, waitMessage } from '#src/platform/errors.ts';
import type { MessageKeyWith } from '#src/platform/i18n.ts';

export interface RateLimitRule {
  /** What is limited, e.g. `login:ip:127.0.0.1` or `reset:email:ana@example.dk`. */
  key: string;
  limit: number;
  windowMs: number;
  /** What the person is told (gets `{minutes}`); default `error.rateLimited`. */
  messageKey?: MessageKeyWith<'minutes:minutes'>;
}

/**
 * Counts one attempt in a fixed window shared by every app instance (the counter lives in the
 * database) and throws RateLimitedError once the limit is passed.
 */
export async function consumeRateLimit(ctx: AppContext, rule: RateLimitRule): Promise<void> {
  const now = ctx.clock.now();
  const windowStart = now - rule.windowMs;
  const result = await sql<{ count: number; window_started_at: number }>`
    insert into rate_limits (key, window_started_at, count) values (${rule.key}, ${now}, 1)
    on conflict (key) do update set
      count = case when rate_limits.window_started_at <= ${windowStart} then 1 else rate_limits.count + 1 end,
      window_started_at = case when rate_limits.window_started_at <= ${windowStart} then ${now}
                               else rate_limits.window_started_at end
    returning count, window_started_at`.execute(ctx.db.kysely);
  const row = result.rows[0];
  if (row === undefined || row.count <= rule.limit) return;
  const retryAfterMs = row.window_started_at + rule.windowMs - now;
  const retryAfterSeconds = Math.max(1, Math.ceil(retryAfterMs / 1000));
  throw new RateLimitedError(retryAfterSeconds, waitMessage(retryAfterSeconds, rule.messageKey));
}

/** Forgets the counter, e.g. after a successful log-in. */
export async function resetRateLimit(ctx: AppContext, key: string): Promise<void> {
  await ctx.db.kysely.deleteFrom('rate_limits').where('key', '=', key).execute();
}

/**
 * Gives back the attempt just counted, for limits that should count failures only: count first
 * (so parallel attempts cannot slip past the limit), give back what succeeded.
 */
export async function refundRateLimit(ctx: AppContext, key: string): Promise<void> {
  await ctx.db.kysely
    .updateTable('rate_limits')
    .set({ count: sql<number>`count - 1` })
    .where('key', '=', key)
    .where('count', '>', 0)
    .execute();
}
