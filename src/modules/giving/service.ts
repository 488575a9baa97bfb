import { getArea } from '#src/modules/areas/service.ts';
import { type CheckedItem, checkItemInput, type ItemInput } from '#src/modules/giving/input.ts';
import {
  DEFAULT_EXPIRY_DAYS,
  daysLeft,
  type GiveItem,
  ITEMS_PER_PAGE,
  type ItemStatus,
  itemStatus,
} from '#src/modules/giving/model.ts';
import {
  countOpenItems,
  findItem,
  type ItemFilter,
  type ItemRow,
  insertItem,
  listItemsOfPoster,
  listOpenItems,
  markCompleted,
  updateItem,
} from '#src/modules/giving/queries.ts';
import { DIRECTIONS, GIVE_KINDS } from '#src/modules/giving/tables.ts';
import { membershipRole } from '#src/modules/organisations/service.ts';
import type { AppContext, CurrentUser } from '#src/platform/context.ts';
import { ConflictError, ForbiddenError, NotFoundError } from '#src/platform/errors.ts';
import { consumeRateLimit } from '#src/platform/rate-limit.ts';
import { DAY } from '#src/platform/time.ts';

/** How long an offer stays up by default and at most; the privacy notice states both. */
export { DEFAULT_EXPIRY_DAYS, MAX_EXPIRY_DAYS } from '#src/modules/giving/model.ts';

const POSTS_PER_DAY = 20;

function ref(id: number | null, slug: string | null, name: string | null) {
  return id === null || slug === null || name === null ? null : { id, slug, name };
}

export function toGiveItem(row: ItemRow): GiveItem {
  return {
    id: row.id,
    direction: row.direction,
    kind: row.kind,
    sponsorshipKind: row.sponsorship_kind,
    title: row.title,
    description: row.description,
    posterId: row.user_id,
    posterName: row.poster_name ?? '',
    organisation: ref(row.organisation_id, row.organisation_slug, row.organisation_name),
    neighbourhood: ref(row.area_id, row.area_slug, row.area_name),
    place: ref(row.place_id, row.place_slug, row.place_name),
    expiresAt: row.expires_at,
    completedAt: row.completed_at,
    hiddenAt: row.hidden_at,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}

/** What a list or API query asked for, before it is checked. */
export interface RawBoardFilter {
  direction?: string;
  kind?: string;
  neighbourhood?: string;
}

/** Reads a filter; an unknown neighbourhood matches nothing rather than everything. */
export async function parseBoardFilter(ctx: AppContext, raw: RawBoardFilter): Promise<ItemFilter> {
  let areaId: number | null = null;
  if (raw.neighbourhood !== undefined && raw.neighbourhood !== '') {
    areaId = (await getArea(ctx, raw.neighbourhood))?.id ?? -1;
  }
  return {
    direction: DIRECTIONS.find((value) => value === raw.direction) ?? null,
    kind: GIVE_KINDS.find((value) => value === raw.kind) ?? null,
    areaId,
  };
}

export interface BoardPage {
  items: GiveItem[];
  total: number;
  page: number;
  pages: number;
}

/** One page of open offers and wishes (hidden, given, fulfilled and expired ones left out), newest first. */
export async function listBoard(ctx: AppContext, filter: ItemFilter, page: number): Promise<BoardPage> {
  const now = ctx.clock.now();
  const total = await countOpenItems(ctx.db.kysely, filter, now);
  const pages = Math.max(1, Math.ceil(total / ITEMS_PER_PAGE));
  const current = Math.min(Math.max(1, Math.floor(page)), pages);
  const rows = await listOpenItems(ctx.db.kysely, filter, now, {
    limit: ITEMS_PER_PAGE,
    offset: (current - 1) * ITEMS_PER_PAGE,
  });
  return { items: rows.map(toGiveItem), total, page: current, pages };
}

/** The poster, and the admins of the organisation it is posted for, manage an item. */
export async function canManageItem(
  ctx: AppContext,
  item: GiveItem,
  user: CurrentUser | null,
): Promise<boolean> {
  if (user === null) return false;
  if (item.posterId === user.id) return true;
  if (item.organisation === null) return false;
  return (await membershipRole(ctx, item.organisation.id, user.id)) === 'admin';
}

export interface ItemView {
  item: GiveItem;
  status: ItemStatus;
  hidden: boolean;
  canManage: boolean;
}

/**
 * An item as this person may see it. Everyone sees open, given and fulfilled items; an expired or
 * hidden one is a 404 except for those who manage it and for administrators.
 */
export async function viewItem(ctx: AppContext, id: number, user: CurrentUser | null): Promise<ItemView> {
  const row = await findItem(ctx.db.kysely, id);
  if (row === undefined) throw new NotFoundError('giving.error.notFound');
  const item = toGiveItem(row);
  const status = itemStatus(item, ctx.clock.now());
  const hidden = item.hiddenAt !== null;
  const canManage = await canManageItem(ctx, item, user);
  const publiclyVisible = !hidden && status !== 'expired';
  if (!publiclyVisible && !canManage && user?.isAdmin !== true)
    throw new NotFoundError('giving.error.notFound');
  return { item, status, hidden, canManage };
}

/** The item for its edit form; ForbiddenError unless the person manages it. */
export async function itemForEditing(ctx: AppContext, user: CurrentUser, id: number): Promise<GiveItem> {
  const view = await viewItem(ctx, id, user);
  if (!view.canManage) throw new ForbiddenError('giving.error.notOwner');
  return view.item;
}

function columns(checked: CheckedItem, now: number) {
  return {
    direction: checked.direction,
    kind: checked.kind,
    sponsorship_kind: checked.sponsorshipKind,
    title: checked.title,
    description: checked.description,
    area_id: checked.areaId,
    place_id: checked.placeId,
    expires_at: checked.expiresAt,
    updated_at: now,
  };
}

/** Posts an offer or wish for the person or one of their organisations; returns its id. */
export async function createItem(ctx: AppContext, user: CurrentUser, input: ItemInput): Promise<number> {
  const checked = await checkItemInput(ctx, user, input);
  await consumeRateLimit(ctx, { key: `giving:post:user:${user.id}`, limit: POSTS_PER_DAY, windowMs: DAY });
  const now = ctx.clock.now();
  return insertItem(ctx.db.kysely, {
    ...columns(checked, now),
    user_id: user.id,
    organisation_id: checked.organisationId,
    completed_at: null,
    hidden_at: null,
    created_at: now,
  });
}

/** The current values as input, so a partial API update is checked by the same rules as a form. */
export function inputOf(item: GiveItem, now: number): ItemInput {
  return {
    direction: item.direction,
    kind: item.kind,
    sponsorshipKind: item.sponsorshipKind ?? '',
    title: item.title,
    description: item.description,
    organisation: item.organisation?.slug ?? '',
    neighbourhood: item.neighbourhood?.slug ?? '',
    place: item.place?.slug ?? '',
    expiresInDays: String(item.expiresAt > now ? daysLeft(item, now) : DEFAULT_EXPIRY_DAYS),
  };
}

/** Changes an item; the expiry counts again from now, so editing an expired item brings it back. */
export async function editItem(
  ctx: AppContext,
  user: CurrentUser,
  id: number,
  input: ItemInput,
): Promise<void> {
  const item = await itemForEditing(ctx, user, id);
  const checked = await checkItemInput(ctx, user, input, item.organisation?.id ?? null);
  await updateItem(ctx.db.kysely, id, columns(checked, ctx.clock.now()));
}

/** Marks an offer given or a wish fulfilled: it leaves the list, its page says so. */
export async function completeItem(ctx: AppContext, user: CurrentUser, id: number): Promise<GiveItem> {
  const item = await itemForEditing(ctx, user, id);
  if (!(await markCompleted(ctx.db.kysely, id, ctx.clock.now()))) {
    throw new ConflictError('already_completed', 'giving.error.alreadyCompleted');
  }
  return item;
}

/** A person's own posts, also expired, given and hidden ones, newest first. */
export async function postsOf(
  ctx: AppContext,
  user: CurrentUser,
): Promise<Array<{ item: GiveItem; status: ItemStatus }>> {
  const now = ctx.clock.now();
  const rows = await listItemsOfPoster(ctx.db.kysely, user.id);
  return rows.map((row) => {
    const item = toGiveItem(row);
    return { item, status: itemStatus(item, now) };
  });
}
