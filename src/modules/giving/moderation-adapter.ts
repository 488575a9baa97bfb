import { authorName, itemPath } from '#src/modules/giving/model.ts';
import { findItem, setItemHiddenAt } from '#src/modules/giving/queries.ts';
import { toGiveItem } from '#src/modules/giving/service.ts';
import type { Direction } from '#src/modules/giving/tables.ts';
import type { AppContext } from '#src/platform/context.ts';
import { NotFoundError } from '#src/platform/errors.ts';
import type { ModerationAdapter } from '#src/platform/moderation.ts';

/** What moderation needs to see of an offer or wish, hidden or not. */
export interface GiveItemModerationSummary {
  title: string;
  path: string;
  hidden: boolean;
  ownerUserId: number;
  ownerName: string;
}

/** An offer (or wish) as the moderation queue shows it; null when none has this id and direction. */
export async function describeGiveItemForModeration(
  ctx: AppContext,
  direction: Direction,
  id: number,
): Promise<GiveItemModerationSummary | null> {
  const row = await findItem(ctx.db.kysely, id);
  if (row === undefined || row.direction !== direction) return null;
  const item = toGiveItem(row);
  return {
    title: item.title,
    path: itemPath(item.id),
    hidden: item.hiddenAt !== null,
    ownerUserId: item.posterId,
    ownerName: authorName(item),
  };
}

/**
 * Hides or restores an offer or wish. Hidden items leave the list, their page (404 for others) and
 * the API; nothing else changes, so restoring brings the item back as it was.
 */
export async function setGiveItemHidden(
  ctx: AppContext,
  direction: Direction,
  id: number,
  hidden: boolean,
): Promise<void> {
  const row = await findItem(ctx.db.kysely, id);
  if (row === undefined || row.direction !== direction) throw new NotFoundError('giving.error.notFound');
  await setItemHiddenAt(ctx.db.kysely, id, hidden ? ctx.clock.now() : null);
}

/** Offers as moderation reads and hides them, for `src/moderation-adapters.ts`. */
export const offerModerationAdapter: ModerationAdapter = {
  describe: (ctx, id) => describeGiveItemForModeration(ctx, 'offer', id),
  setHidden: (ctx, id, hidden) => setGiveItemHidden(ctx, 'offer', id, hidden),
};

/** Wishes as moderation reads and hides them, for `src/moderation-adapters.ts`. */
export const wishModerationAdapter: ModerationAdapter = {
  describe: (ctx, id) => describeGiveItemForModeration(ctx, 'wish', id),
  setHidden: (ctx, id, hidden) => setGiveItemHidden(ctx, 'wish', id, hidden),
};
