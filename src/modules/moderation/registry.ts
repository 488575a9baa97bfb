import type { ModerationAdapter } from '#src/platform/moderation.ts';

export type { ModeratedContent, ModerationAdapter } from '#src/platform/moderation.ts';

/**
 * Every content type that can be reported. A module that adds reportable content adds its type
 * here (and `moderation.type.<type>` / `moderation.yourType.<type>` to the catalogue) and its
 * adapter to `src/moderation-adapters.ts`; the compiler then asks for nothing else.
 */
export const CONTENT_TYPES = ['activity', 'offer', 'wish'] as const;
export type ContentType = (typeof CONTENT_TYPES)[number];

/** One adapter for each content type, composed at the app's level (`src/moderation-adapters.ts`). */
export type ModerationAdapters = Readonly<Record<ContentType, ModerationAdapter>>;

/** What the app gives moderation's routes and API. */
export interface ModerationOptions {
  adapters: ModerationAdapters;
}

export function isContentType(value: unknown): value is ContentType {
  return typeof value === 'string' && (CONTENT_TYPES as readonly string[]).includes(value);
}
