import type { Insertable, Kysely } from 'kysely';
import type { Database } from '#src/db/schema.ts';
import type { PlacePhotosTable } from '#src/modules/places/tables.ts';

type Db = Kysely<Database>;

/** The photos of places without their bytes, in display order. */
export function listPhotoMeta(db: Db, placeIds: readonly number[]) {
  if (placeIds.length === 0) return Promise.resolve([]);
  return db
    .selectFrom('place_photos')
    .select(['id', 'place_id', 'content_type', 'width', 'height', 'alt_text', 'created_at'])
    .where('place_id', 'in', placeIds)
    .orderBy('sort_order')
    .orderBy('id')
    .execute();
}

export function findPhoto(db: Db, placeId: number, photoId: number) {
  return db
    .selectFrom('place_photos')
    .select(['id', 'data', 'content_type', 'width', 'height', 'alt_text', 'created_at'])
    .where('place_id', '=', placeId)
    .where('id', '=', photoId)
    .executeTakeFirst();
}

export async function countPhotos(db: Db, placeId: number): Promise<number> {
  const row = await db
    .selectFrom('place_photos')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where('place_id', '=', placeId)
    .executeTakeFirst();
  return Number(row?.n ?? 0);
}

export async function insertPhoto(db: Db, values: Insertable<PlacePhotosTable>): Promise<number> {
  const row = await db.insertInto('place_photos').values(values).returning('id').executeTakeFirstOrThrow();
  return row.id;
}

export async function deletePhoto(db: Db, placeId: number, photoId: number): Promise<void> {
  await db.deleteFrom('place_photos').where('place_id', '=', placeId).where('id', '=', photoId).execute();
}
