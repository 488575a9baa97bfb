import { containsEveryWord } from '#src/db/text-search.ts';
import { itemPath } from '#src/modules/giving/model.ts';
import type { AppContext } from '#src/platform/context.ts';
import { excerpt, type SearchSection } from '#src/platform/search.ts';

const COLUMNS = ['give_items.title', 'give_items.description'];

/**
 * Open give-board posts (not hidden by a moderator, not given or fulfilled, not expired) whose
 * title or description holds every word: the count and the newest `limit`.
 */
export async function searchGiveItems(
  ctx: AppContext,
  words: readonly string[],
  limit: number,
  offset = 0,
): Promise<SearchSection> {
  const { kysely, dialect } = ctx.db;
  const now = ctx.clock.now();
  const open = kysely
    .selectFrom('give_items')
    .where('give_items.hidden_at', 'is', null)
    .where('give_items.completed_at', 'is', null)
    .where('give_items.expires_at', '>', now)
    .where(containsEveryWord(dialect, COLUMNS, words));
  const [count, rows] = await Promise.all([
    open.select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirst(),
    open
      .select(['give_items.id', 'give_items.title', 'give_items.description'])
      .orderBy('give_items.created_at', 'desc')
      .orderBy('give_items.id', 'desc')
      .limit(limit)
      .offset(offset)
      .execute(),
  ]);
  return {
    total: Number(count?.n ?? 0),
    hits: rows.map((row) => ({
      title: row.title,
      path: itemPath(row.id),
      detail: excerpt(row.description),
      startsAt: null,
    })),
  };
}
