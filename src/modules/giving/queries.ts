import type { Insertable, Kysely, Transaction, Updateable } from 'kysely';
import type { Database } from '#src/db/schema.ts';
import type { Direction, GiveItemsTable, GiveKind } from '#src/modules/giving/tables.ts';

type Db = Kysely<Database> | Transaction<Database>;

/**
 * An item with the names it is shown with. Poster, organisation, area and place are joined here
 * (only their names and slugs) so that one query serves a whole list page; e-mail addresses are
 * never selected.
 */
function itemsWithNames(db: Db) {
  return db
    .selectFrom('give_items')
    .innerJoin('users', 'users.id', 'give_items.user_id')
    .leftJoin('organisations', 'organisations.id', 'give_items.organisation_id')
    .leftJoin('areas', 'areas.id', 'give_items.area_id')
    .leftJoin('places', 'places.id', 'give_items.place_id')
    .selectAll('give_items')
    .select([
      'users.name as poster_name',
      'organisations.slug as organisation_slug',
      'organisations.name as organisation_name',
      'areas.slug as area_slug',
      'areas.name as area_name',
      'places.slug as place_slug',
      'places.name as place_name',
    ])
    .where('users.deleted_at', 'is', null);
}

export type ItemRow = NonNullable<Awaited<ReturnType<ReturnType<typeof itemsWithNames>['executeTakeFirst']>>>;

export interface ItemFilter {
  direction: Direction | null;
  kind: GiveKind | null;
  /** -1 matches nothing (an unknown neighbourhood was asked for). */
  areaId: number | null;
}

/** Open items: not hidden, not given or fulfilled, not expired. */
function openItems(db: Db, filter: ItemFilter, now: number) {
  let query = itemsWithNames(db)
    .where('give_items.hidden_at', 'is', null)
    .where('give_items.completed_at', 'is', null)
    .where('give_items.expires_at', '>', now);
  if (filter.direction !== null) query = query.where('give_items.direction', '=', filter.direction);
  if (filter.kind !== null) query = query.where('give_items.kind', '=', filter.kind);
  if (filter.areaId !== null) query = query.where('give_items.area_id', '=', filter.areaId);
  return query;
}

export function listOpenItems(
  db: Db,
  filter: ItemFilter,
  now: number,
  page: { limit: number; offset: number },
): Promise<ItemRow[]> {
  return openItems(db, filter, now)
    .orderBy('give_items.created_at', 'desc')
    .orderBy('give_items.id', 'desc')
    .limit(page.limit)
    .offset(page.offset)
    .execute();
}

export async function countOpenItems(db: Db, filter: ItemFilter, now: number): Promise<number> {
  const row = await openItems(db, filter, now)
    .clearSelect()
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .executeTakeFirst();
  return Number(row?.n ?? 0);
}

export function findItem(db: Db, id: number): Promise<ItemRow | undefined> {
  return itemsWithNames(db).where('give_items.id', '=', id).executeTakeFirst();
}

export function findItems(db: Db, ids: readonly number[]): Promise<ItemRow[]> {
  if (ids.length === 0) return Promise.resolve([]);
  return itemsWithNames(db).where('give_items.id', 'in', ids).execute();
}

export function listItemsOfPoster(db: Db, userId: number): Promise<ItemRow[]> {
  return itemsWithNames(db)
    .where('give_items.user_id', '=', userId)
    .orderBy('give_items.created_at', 'desc')
    .orderBy('give_items.id', 'desc')
    .execute();
}

export async function insertItem(db: Db, values: Insertable<GiveItemsTable>): Promise<number> {
  const row = await db.insertInto('give_items').values(values).returning('id').executeTakeFirstOrThrow();
  return row.id;
}

export async function updateItem(db: Db, id: number, values: Updateable<GiveItemsTable>): Promise<void> {
  await db.updateTable('give_items').set(values).where('id', '=', id).execute();
}

/** Marks it given or fulfilled unless it already is; false when nothing changed. */
export async function markCompleted(db: Db, id: number, now: number): Promise<boolean> {
  const result = await db
    .updateTable('give_items')
    .set({ completed_at: now, updated_at: now })
    .where('id', '=', id)
    .where('completed_at', 'is', null)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) > 0;
}

export async function setItemHiddenAt(db: Db, id: number, hiddenAt: number | null): Promise<boolean> {
  const result = await db
    .updateTable('give_items')
    .set({ hidden_at: hiddenAt })
    .where('id', '=', id)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) > 0;
}
