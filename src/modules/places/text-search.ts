import { containsEveryWord } from '#src/db/text-search.ts';
import type { AppContext } from '#src/platform/context.ts';
import type { SearchSection } from '#src/platform/search.ts';

const COLUMNS = ['places.name', 'places.description', 'places.address'];

/** Places whose name, description or address holds every word: the count and the first `limit` by name. */
export async function searchPlaces(
  ctx: AppContext,
  words: readonly string[],
  limit: number,
  offset = 0,
): Promise<SearchSection> {
  const { kysely, dialect } = ctx.db;
  const matches = containsEveryWord(dialect, COLUMNS, words);
  const [count, rows] = await Promise.all([
    kysely
      .selectFrom('places')
      .where(matches)
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .executeTakeFirst(),
    kysely
      .selectFrom('places')
      .where(matches)
      .select(['places.slug', 'places.name', 'places.address'])
      .orderBy('places.name')
      .orderBy('places.id')
      .limit(limit)
      .offset(offset)
      .execute(),
  ]);
  return {
    total: Number(count?.n ?? 0),
    hits: rows.map((row) => ({
      title: row.name,
      path: `/steder/${row.slug}`,
      detail: row.address,
      startsAt: null,
    })),
  };
}
