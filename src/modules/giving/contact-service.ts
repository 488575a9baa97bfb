import { isUniqueViolation } from '#src/db/constraint-errors.ts';
import { getProfile } from '#src/modules/accounts/service.ts';
import {
  type ContactRow,
  decideContact,
  findContact,
  findContactOf,
  insertContact,
  listContactsOfItem,
  listContactsOfRequester,
} from '#src/modules/giving/contact-queries.ts';
import { contactAcceptedMail, contactDeclinedMail, contactRequestMail } from '#src/modules/giving/mails.ts';
import { MESSAGE_MAX } from '#src/modules/giving/model.ts';
import { viewItem } from '#src/modules/giving/service.ts';
import type { ContactStatus, Direction } from '#src/modules/giving/tables.ts';
import type { AppContext, CurrentUser } from '#src/platform/context.ts';
import {
  ConflictError,
  type FieldErrors,
  ForbiddenError,
  NotFoundError,
  throwIfInvalid,
} from '#src/platform/errors.ts';
import { readText } from '#src/platform/form-input.ts';
import { queueMail } from '#src/platform/mail.ts';
import { consumeRateLimit } from '#src/platform/rate-limit.ts';
import { DAY, HOUR } from '#src/platform/time.ts';

const REQUESTS_PER_HOUR = 5;
const REQUESTS_PER_DAY = 20;

/**
 * A contact request as one of its two people sees it. `counterpartEmail` is the other person's
 * address, and is set only once the poster has accepted: the requester consented by sending the
 * request (the form says so), the poster by accepting it.
 */
export interface ContactView {
  id: number;
  itemId: number;
  itemTitle: string;
  itemDirection: Direction;
  itemHidden: boolean;
  message: string;
  status: ContactStatus;
  createdAt: number;
  decidedAt: number | null;
  /** Whether the viewer is the poster (who decides) or the requester. */
  role: 'poster' | 'requester';
  requesterName: string;
  posterName: string;
  counterpartName: string;
  counterpartEmail: string | null;
}

async function toView(ctx: AppContext, row: ContactRow, viewerId: number): Promise<ContactView> {
  const role = row.poster_id === viewerId ? 'poster' : 'requester';
  const counterpartId = role === 'poster' ? row.requester_id : row.poster_id;
  const counterpartEmail = row.status === 'accepted' ? (await getProfile(ctx, counterpartId)).email : null;
  return {
    id: row.id,
    itemId: row.item_id,
    itemTitle: row.item_title,
    itemDirection: row.item_direction,
    itemHidden: row.item_hidden_at !== null,
    message: row.message,
    status: row.status,
    createdAt: row.created_at,
    decidedAt: row.decided_at,
    role,
    requesterName: row.requester_name ?? '',
    posterName: row.poster_name ?? '',
    counterpartName: (role === 'poster' ? row.requester_name : row.poster_name) ?? '',
    counterpartEmail,
  };
}

function checkMessage(raw: string | undefined): string {
  const errors: FieldErrors = {};
  const message = readText(errors, 'message', raw, {
    max: MESSAGE_MAX,
    required: 'giving.contact.messageRequired',
    tooLong: 'giving.contact.messageTooLong',
    multiline: true,
  });
  throwIfInvalid(errors);
  return message;
}

/**
 * "Det vil jeg gerne" / "Det kan jeg hjælpe med": records the request and e-mails the poster through
 * Byliv, without either address. Rate-limited per person, since each request sends mail.
 */
export async function requestContact(
  ctx: AppContext,
  user: CurrentUser,
  itemId: number,
  rawMessage: string | undefined,
): Promise<number> {
  const { item, status, hidden } = await viewItem(ctx, itemId, user);
  if (item.posterId === user.id) throw new ConflictError('own_item', 'giving.contact.ownItem');
  if (status !== 'open' || hidden) throw new ConflictError('not_open', 'giving.contact.notOpen');
  const message = checkMessage(rawMessage);
  if ((await findContactOf(ctx.db.kysely, itemId, user.id)) !== undefined) {
    throw new ConflictError('already_requested', 'giving.contact.alreadySent');
  }
  await consumeRateLimit(ctx, {
    key: `giving:contact:hour:${user.id}`,
    limit: REQUESTS_PER_HOUR,
    windowMs: HOUR,
  });
  await consumeRateLimit(ctx, {
    key: `giving:contact:day:${user.id}`,
    limit: REQUESTS_PER_DAY,
    windowMs: DAY,
  });
  const poster = await getProfile(ctx, item.posterId);
  const now = ctx.clock.now();
  try {
    return await ctx.db.kysely.transaction().execute(async (trx) => {
      const contactId = await insertContact(trx, { itemId, requesterId: user.id, message, now });
      await queueMail(
        trx,
        now,
        contactRequestMail(
          poster,
          { requesterName: user.name, title: item.title, message, contactId },
          ctx.config.baseUrl,
        ),
      );
      return contactId;
    });
  } catch (error) {
    if (isUniqueViolation(error)) throw new ConflictError('already_requested', 'giving.contact.alreadySent');
    throw error;
  }
}

async function partyRow(ctx: AppContext, user: CurrentUser, contactId: number): Promise<ContactRow> {
  const row = await findContact(ctx.db.kysely, contactId);
  if (row === undefined) throw new NotFoundError();
  if (row.poster_id !== user.id && row.requester_id !== user.id) {
    throw new ForbiddenError('giving.contact.notParty');
  }
  return row;
}

/** A request for one of its two people; ForbiddenError for anyone else. */
export async function viewContact(
  ctx: AppContext,
  user: CurrentUser,
  contactId: number,
): Promise<ContactView> {
  return toView(ctx, await partyRow(ctx, user, contactId), user.id);
}

/** The request this person sent about an item, if any (for the item page). */
export async function ownRequestFor(
  ctx: AppContext,
  user: CurrentUser,
  itemId: number,
): Promise<ContactView | null> {
  const row = await findContactOf(ctx.db.kysely, itemId, user.id);
  return row === undefined ? null : toView(ctx, row, user.id);
}

/** The requests about an item, for the person who posted it. */
export async function requestsForItem(
  ctx: AppContext,
  user: CurrentUser,
  itemId: number,
): Promise<ContactView[]> {
  const rows = await listContactsOfItem(ctx.db.kysely, itemId);
  return Promise.all(rows.filter((row) => row.poster_id === user.id).map((row) => toView(ctx, row, user.id)));
}

/** The requests this person has sent. */
export async function requestsSentBy(ctx: AppContext, user: CurrentUser): Promise<ContactView[]> {
  const rows = await listContactsOfRequester(ctx.db.kysely, user.id);
  return Promise.all(rows.map((row) => toView(ctx, row, user.id)));
}

async function posterRow(ctx: AppContext, user: CurrentUser, contactId: number): Promise<ContactRow> {
  const row = await partyRow(ctx, user, contactId);
  if (row.poster_id !== user.id) throw new ForbiddenError('giving.contact.notParty');
  if (row.status !== 'pending') throw new ConflictError('already_decided', 'giving.contact.alreadyDecided');
  return row;
}

/** The poster says yes: both get the other's address, on the page and by e-mail. */
export async function acceptContact(ctx: AppContext, user: CurrentUser, contactId: number): Promise<void> {
  const row = await posterRow(ctx, user, contactId);
  if (row.item_hidden_at !== null) throw new ConflictError('item_hidden', 'giving.contact.itemHidden');
  const [poster, requester] = await Promise.all([
    getProfile(ctx, row.poster_id),
    getProfile(ctx, row.requester_id),
  ]);
  const now = ctx.clock.now();
  const request = { title: row.item_title, contactId };
  await ctx.db.kysely.transaction().execute(async (trx) => {
    if (!(await decideContact(trx, contactId, 'accepted', now))) {
      throw new ConflictError('already_decided', 'giving.contact.alreadyDecided');
    }
    await queueMail(trx, now, contactAcceptedMail(poster, requester, request, ctx.config.baseUrl));
    await queueMail(trx, now, contactAcceptedMail(requester, poster, request, ctx.config.baseUrl));
  });
}

/** The poster says no thanks: the requester is told, and no address is shared. */
export async function declineContact(ctx: AppContext, user: CurrentUser, contactId: number): Promise<void> {
  const row = await posterRow(ctx, user, contactId);
  const requester = await getProfile(ctx, row.requester_id);
  const now = ctx.clock.now();
  await ctx.db.kysely.transaction().execute(async (trx) => {
    if (!(await decideContact(trx, contactId, 'declined', now))) {
      throw new ConflictError('already_decided', 'giving.contact.alreadyDecided');
    }
    await queueMail(
      trx,
      now,
      contactDeclinedMail(
        requester,
        { posterName: row.poster_name ?? '', title: row.item_title },
        ctx.config.baseUrl,
      ),
    );
  });
}
