import {
  countPhotos,
  deletePhoto,
  findPhoto,
  insertPhoto,
  listPhotoMeta,
} from '#src/modules/places/photo-queries.ts';
import { assertPlaceManager } from '#src/modules/places/policy.ts';
import { getPlaceRulesBySlug } from '#src/modules/places/service.ts';
import type { AppContext, CurrentUser } from '#src/platform/context.ts';
import { type FieldErrors, NotFoundError, throwIfInvalid, ValidationError } from '#src/platform/errors.ts';
import { PHOTO_ALT_TEXT_MAX, readText } from '#src/platform/form-input.ts';
import { type PhotoUpload, reencodePhoto } from '#src/platform/uploads.ts';

export const PHOTOS_PER_PLACE = 12;

export interface PhotoMeta {
  id: number;
  width: number;
  height: number;
  altText: string;
  url: string;
}

export interface StoredPhoto {
  data: Buffer;
  contentType: string;
  createdAt: number;
}

function photoUrl(slug: string, id: number): string {
  return `/steder/${encodeURIComponent(slug)}/fotos/${id}`;
}

/** The photos of a place, in order, without their bytes. */
export async function listPlacePhotos(ctx: AppContext, placeId: number, slug: string): Promise<PhotoMeta[]> {
  const rows = await listPhotoMeta(ctx.db.kysely, [placeId]);
  return rows.map((row) => ({
    id: row.id,
    width: row.width,
    height: row.height,
    altText: row.alt_text,
    url: photoUrl(slug, row.id),
  }));
}

/** A manager adds a photo with its alternative text. `file` is null when none was chosen. */
export async function addPlacePhoto(
  ctx: AppContext,
  user: CurrentUser,
  slug: string,
  upload: PhotoUpload,
): Promise<number> {
  const place = await getPlaceRulesBySlug(ctx, slug);
  await assertPlaceManager(ctx, place.id, user);
  const errors: FieldErrors = {};
  const altText = readText(errors, 'altText', upload.altText, {
    max: PHOTO_ALT_TEXT_MAX,
    required: 'places.validation.altTextRequired',
  });
  if (upload.tooLarge) errors.photo = { key: 'places.validation.photoTooLarge' };
  else if (upload.file === null || upload.file.length === 0)
    errors.photo = { key: 'places.validation.photoRequired' };
  throwIfInvalid(errors);
  if ((await countPhotos(ctx.db.kysely, place.id)) >= PHOTOS_PER_PLACE) {
    throw new ValidationError({
      photo: { key: 'places.validation.photoTooMany', params: { max: PHOTOS_PER_PLACE } },
    });
  }
  const encoded = await reencodePhoto(upload.file ?? Buffer.alloc(0));
  return insertPhoto(ctx.db.kysely, {
    place_id: place.id,
    data: encoded.data,
    content_type: encoded.contentType,
    width: encoded.width,
    height: encoded.height,
    alt_text: altText,
    sort_order: 0,
    created_at: ctx.clock.now(),
  });
}

/** One photo's bytes for the public photo URL; NotFoundError when it is not this place's. */
export async function getPlacePhoto(ctx: AppContext, slug: string, photoId: number): Promise<StoredPhoto> {
  const place = await getPlaceRulesBySlug(ctx, slug);
  const row = await findPhoto(ctx.db.kysely, place.id, photoId);
  if (row === undefined) throw new NotFoundError('places.error.photoNotFound');
  return { data: Buffer.from(row.data), contentType: row.content_type, createdAt: row.created_at };
}

/** A photo's description, for the page that asks whether to delete it. */
export async function photoForDeletion(ctx: AppContext, user: CurrentUser, slug: string, photoId: number) {
  const place = await getPlaceRulesBySlug(ctx, slug);
  await assertPlaceManager(ctx, place.id, user);
  const row = await findPhoto(ctx.db.kysely, place.id, photoId);
  if (row === undefined) throw new NotFoundError('places.error.photoNotFound');
  return { place, photo: { id: row.id, altText: row.alt_text, url: photoUrl(slug, row.id) } };
}

export async function deletePlacePhoto(
  ctx: AppContext,
  user: CurrentUser,
  slug: string,
  photoId: number,
): Promise<void> {
  const { place } = await photoForDeletion(ctx, user, slug, photoId);
  await deletePhoto(ctx.db.kysely, place.id, photoId);
}
