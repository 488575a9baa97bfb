import {
  countPhotos,
  deletePhotoRow,
  findPhoto,
  insertPhoto,
  listPhotoMeta,
} from '#src/modules/grants/applications/queries.ts';
import { readText } from '#src/modules/grants/input.ts';
import { PHOTOS_PER_PURPOSE } from '#src/modules/grants/limits.ts';
import type { Application, PhotoView } from '#src/modules/grants/model.ts';
import { loadApplication } from '#src/modules/grants/notifications.ts';
import { assertApplicant, canSeeReview, poolStanding } from '#src/modules/grants/policy.ts';
import { getPoolById } from '#src/modules/grants/pools/service.ts';
import type { ApplicationStatus } from '#src/modules/grants/tables.ts';
import type { AppContext, CurrentUser } from '#src/platform/context.ts';
import {
  ConflictError,
  type FieldErrors,
  NotFoundError,
  throwIfInvalid,
  ValidationError,
} from '#src/platform/errors.ts';
import { PHOTO_ALT_TEXT_MAX } from '#src/platform/form-input.ts';
import { type PhotoUpload, reencodePhoto } from '#src/platform/uploads.ts';

export type PhotoPurpose = 'application' | 'report';
/** Photos of funded initiatives are public (the open side shows them); others only to those involved. */
const PUBLIC_STATUSES: readonly ApplicationStatus[] = ['approved', 'paid', 'reported'];
const APPLICATION_PHOTO_STATUSES: readonly ApplicationStatus[] = ['draft', 'submitted', 'needs_info'];
const REPORT_PHOTO_STATUSES: readonly ApplicationStatus[] = ['paid', 'reported'];

export function photoUrl(applicationId: number, photoId: number): string {
  return `/ansogninger/${applicationId}/fotos/${photoId}`;
}

/** The photos of an application (or only those of one purpose), without their bytes. */
export async function listApplicationPhotos(
  ctx: AppContext,
  applicationId: number,
  purpose?: PhotoPurpose,
): Promise<PhotoView[]> {
  const rows = await listPhotoMeta(ctx.db.kysely, applicationId);
  return rows
    .filter((row) => purpose === undefined || row.purpose === purpose)
    .map((row) => ({
      id: row.id,
      url: photoUrl(applicationId, row.id),
      altText: row.alt_text,
      width: row.width,
      height: row.height,
      purpose: row.purpose,
    }));
}

function allowedNow(application: Application, purpose: PhotoPurpose): boolean {
  return (purpose === 'report' ? REPORT_PHOTO_STATUSES : APPLICATION_PHOTO_STATUSES).includes(
    application.status,
  );
}

/** The applicant adds a photo (re-encoded, metadata such as GPS stripped) with its alternative text. */
export async function addApplicationPhoto(
  ctx: AppContext,
  user: CurrentUser,
  id: number,
  upload: PhotoUpload & { purpose: PhotoPurpose },
): Promise<void> {
  const { application } = await loadApplication(ctx.db.kysely, id);
  assertApplicant(application, user);
  if (!allowedNow(application, upload.purpose))
    throw new ConflictError('photos_closed', 'grants.photos.closed');
  const errors: FieldErrors = {};
  const altText = readText(errors, 'altText', upload.altText, {
    max: PHOTO_ALT_TEXT_MAX,
    required: 'grants.photos.altTextRequired',
  });
  if (upload.tooLarge) errors.photo = { key: 'grants.photos.tooLarge' };
  else if (upload.file === null || upload.file.length === 0) errors.photo = { key: 'grants.photos.required' };
  throwIfInvalid(errors);
  if ((await countPhotos(ctx.db.kysely, id, upload.purpose)) >= PHOTOS_PER_PURPOSE) {
    throw new ValidationError({
      photo: { key: 'grants.photos.tooMany', params: { max: PHOTOS_PER_PURPOSE } },
    });
  }
  const encoded = await reencodePhoto(upload.file ?? Buffer.alloc(0));
  await insertPhoto(ctx.db.kysely, {
    application_id: id,
    purpose: upload.purpose,
    data: encoded.data,
    content_type: encoded.contentType,
    width: encoded.width,
    height: encoded.height,
    alt_text: altText,
    created_at: ctx.clock.now(),
  });
}

/** The photo the applicant is about to delete, for the confirmation page (same checks as deleting). */
export async function photoForDeletion(
  ctx: AppContext,
  user: CurrentUser,
  id: number,
  photoId: number,
): Promise<{ applicationTitle: string; altText: string; url: string; purpose: PhotoPurpose }> {
  const { application } = await loadApplication(ctx.db.kysely, id);
  assertApplicant(application, user);
  const photo = (await listApplicationPhotos(ctx, id)).find((row) => row.id === photoId);
  if (photo === undefined) throw new NotFoundError('grants.error.photoNotFound');
  const purpose: PhotoPurpose = photo.purpose === 'report' ? 'report' : 'application';
  if (!allowedNow(application, purpose)) throw new ConflictError('photos_closed', 'grants.photos.closed');
  return { applicationTitle: application.title, altText: photo.altText, url: photo.url, purpose };
}

export async function deleteApplicationPhoto(
  ctx: AppContext,
  user: CurrentUser,
  id: number,
  photoId: number,
): Promise<PhotoPurpose> {
  const { application } = await loadApplication(ctx.db.kysely, id);
  assertApplicant(application, user);
  const photo = await findPhoto(ctx.db.kysely, id, photoId);
  if (photo === undefined) throw new NotFoundError('grants.error.photoNotFound');
  const purpose: PhotoPurpose = photo.purpose === 'report' ? 'report' : 'application';
  if (!allowedNow(application, purpose)) throw new ConflictError('photos_closed', 'grants.photos.closed');
  await deletePhotoRow(ctx.db.kysely, id, photoId);
  return purpose;
}

/**
 * A photo's bytes. Public once the initiative is funded; before that only the applicant and the
 * pool's reviewers and admins see it (NotFoundError for anyone else, so nothing leaks).
 */
export async function getApplicationPhoto(
  ctx: AppContext,
  user: CurrentUser | null,
  id: number,
  photoId: number,
) {
  const { application } = await loadApplication(ctx.db.kysely, id);
  const photo = await findPhoto(ctx.db.kysely, id, photoId);
  if (photo === undefined) throw new NotFoundError('grants.error.photoNotFound');
  if (!PUBLIC_STATUSES.includes(application.status) && application.applicantId !== user?.id) {
    const pool = await getPoolById(ctx, application.poolId);
    if (!canSeeReview(await poolStanding(ctx, pool, user)))
      throw new NotFoundError('grants.error.photoNotFound');
  }
  return { data: Buffer.from(photo.data), contentType: photo.content_type, createdAt: photo.created_at };
}
