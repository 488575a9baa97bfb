import fastifyMultipart from '@fastify/multipart';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import sharp from 'sharp';
import { ValidationError } from '#src/platform/errors.ts';

/** The largest upload accepted; what is stored is re-encoded and much smaller. */
export const PHOTO_UPLOAD_MAX_BYTES = 8 * 1024 * 1024;
/** The longest side of a stored photo. */
export const PHOTO_MAX_SIDE = 1600;
const ACCEPTED_FORMATS = new Set(['jpeg', 'png', 'webp']);
/** Refuses decompression bombs: a small file that decodes to a huge bitmap. */
const MAX_INPUT_PIXELS = 50_000_000;

/**
 * Accepts photo uploads in the calling plugin's scope only: one file per request, capped before it
 * is read whole.
 */
export async function acceptPhotoUploads(app: FastifyInstance): Promise<void> {
  await app.register(fastifyMultipart, {
    limits: { fileSize: PHOTO_UPLOAD_MAX_BYTES, files: 1, fields: 10 },
  });
}

/** A photo form as posted: the file (null when none was chosen or it was too large) and its alt text. */
export interface PhotoUpload {
  file: Buffer | null;
  tooLarge: boolean;
  altText: string;
}

/** Reads the one file and the alt text of a multipart form; a file over the cap is flagged, not read. */
export async function readPhotoUpload(request: FastifyRequest): Promise<PhotoUpload> {
  const upload: PhotoUpload = { file: null, tooLarge: false, altText: '' };
  if (!request.isMultipart()) return upload;
  try {
    for await (const part of request.parts()) {
      if (part.type === 'file') upload.file = await part.toBuffer();
      else if (part.fieldname === 'altText' && typeof part.value === 'string') upload.altText = part.value;
    }
  } catch (error) {
    // The file went over the cap: the rest of the stream is dropped and the form says so.
    if (!isFileTooLarge(error)) throw error;
    upload.file = null;
    upload.tooLarge = true;
  }
  return upload;
}

function isFileTooLarge(error: unknown): boolean {
  return (
    typeof error === 'object' && error !== null && 'code' in error && error.code === 'FST_REQ_FILE_TOO_LARGE'
  );
}

export interface EncodedPhoto {
  data: Buffer;
  contentType: 'image/webp';
  width: number;
  height: number;
}

/**
 * Re-encodes an uploaded image as WebP, at most PHOTO_MAX_SIDE on its longest side, turned
 * upright by its EXIF orientation. sharp writes no metadata unless asked, so EXIF (including GPS
 * positions), XMP and ICC comments of the original are dropped. A file that is not a JPEG, PNG or
 * WebP image is a ValidationError on the field `photo`.
 */
export async function reencodePhoto(input: Buffer): Promise<EncodedPhoto> {
  let format: string | undefined;
  try {
    format = (await sharp(input, { limitInputPixels: MAX_INPUT_PIXELS }).metadata()).format;
  } catch {
    format = undefined;
  }
  if (format === undefined || !ACCEPTED_FORMATS.has(format)) {
    throw new ValidationError({ photo: { key: 'upload.photoType' } });
  }
  try {
    const { data, info } = await sharp(input, { limitInputPixels: MAX_INPUT_PIXELS })
      .rotate()
      .resize({ width: PHOTO_MAX_SIDE, height: PHOTO_MAX_SIDE, fit: 'inside', withoutEnlargement: true })
      .webp({ quality: 80 })
      .toBuffer({ resolveWithObject: true });
    return { data, contentType: 'image/webp', width: info.width, height: info.height };
  } catch {
    // A truncated or corrupt file that still had a readable header.
    throw new ValidationError({ photo: { key: 'upload.photoType' } });
  }
}
