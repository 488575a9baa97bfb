import type { Insertable, Kysely, Selectable } from 'kysely';
import type { Database } from '#src/db/schema.ts';
import type { AreasTable } from '#src/modules/areas/tables.ts';

export type AreaRow = Selectable<AreasTable>;

/** How many areas there are and how much geometry text they hold: a cheap fingerprint of the data. */
export async function countAreas(db: Kysely<Database>): Promise<{ count: number; geometryLength: number }> {
  const row = await db
    .selectFrom('areas')
    .select((eb) => [
      eb.fn.countAll<number | string>().as('count'),
      eb.fn.sum<number | string | null>(eb.fn('length', ['geometry'])).as('geometry_length'),
    ])
    .executeTakeFirstOrThrow();
  return { count: Number(row.count), geometryLength: Number(row.geometry_length ?? 0) };
}

export async function listAllAreas(db: Kysely<Database>): Promise<AreaRow[]> {
  return db.selectFrom('areas').selectAll().orderBy('kind').orderBy('sort_order').orderBy('name').execute();
}

export async function findAreaIdBySlug(db: Kysely<Database>, slug: string): Promise<number | null> {
  const row = await db.selectFrom('areas').select('id').where('slug', '=', slug).executeTakeFirst();
  return row?.id ?? null;
}

/** Inserts the area, or brings the one with the same slug up to date. */
export async function upsertArea(db: Kysely<Database>, area: Insertable<AreasTable>): Promise<void> {
  await db
    .insertInto('areas')
    .values(area)
    .onConflict((conflict) =>
      conflict.column('slug').doUpdateSet({
        name: area.name,
        kind: area.kind,
        parent_id: area.parent_id ?? null,
        is_home: area.is_home ?? 0,
        approximate: area.approximate ?? 0,
        geometry: area.geometry,
        source: area.source,
        sort_order: area.sort_order ?? 0,
      }),
    )
    .execute();
}
