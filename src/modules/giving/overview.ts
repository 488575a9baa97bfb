import { itemPath } from '#src/modules/giving/model.ts';
import { postsOf } from '#src/modules/giving/service.ts';
import type { Direction } from '#src/modules/giving/tables.ts';
import type { AppContext, CurrentUser } from '#src/platform/context.ts';

export interface GivingOverview {
  /** Her posts still on the board, newest first, at most `limit`. */
  openPosts: Array<{ id: number; title: string; direction: Direction; path: string; expiresAt: number }>;
  openCount: number;
  /** Contact requests on her posts that wait for her answer. */
  waitingContacts: number;
}

/** Counts the pending contact requests on posts of this person that are not hidden. */
async function countWaitingContacts(ctx: AppContext, userId: number): Promise<number> {
  const row = await ctx.db.kysely
    .selectFrom('give_contacts')
    .innerJoin('give_items', 'give_items.id', 'give_contacts.item_id')
    .innerJoin('users as requester', 'requester.id', 'give_contacts.requester_id')
    .where('give_items.user_id', '=', userId)
    .where('give_items.hidden_at', 'is', null)
    .where('give_contacts.status', '=', 'pending')
    .where('requester.deleted_at', 'is', null)
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .executeTakeFirst();
  return Number(row?.n ?? 0);
}

/** What waits for this person on the give-board, for "Mit overblik". */
export async function givingOverviewFor(
  ctx: AppContext,
  user: CurrentUser,
  limit: number,
): Promise<GivingOverview> {
  const [posts, waitingContacts] = await Promise.all([
    postsOf(ctx, user),
    countWaitingContacts(ctx, user.id),
  ]);
  const open = posts.filter(({ item, status }) => status === 'open' && item.hiddenAt === null);
  return {
    openPosts: open.slice(0, limit).map(({ item }) => ({
      id: item.id,
      title: item.title,
      direction: item.direction,
      path: itemPath(item.id),
      expiresAt: item.expiresAt,
    })),
    openCount: open.length,
    waitingContacts,
  };
}
