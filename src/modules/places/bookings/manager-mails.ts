import type { Kysely } from 'kysely';
import type { Database } from '#src/db/schema.ts';
import {
  type BookerSummary,
  managerSummaryMail,
  type SummaryBooking,
} from '#src/modules/places/bookings/mails.ts';
import {
  type BookingDetailsRow,
  type Contact,
  listManagerContacts,
} from '#src/modules/places/bookings/queries.ts';
import type { AppContext } from '#src/platform/context.ts';
import { nextFoldSlot, queueFoldedMail } from '#src/platform/folded-mail.ts';
import { translator } from '#src/platform/i18n.ts';
import { type MailMessage, queueMail } from '#src/platform/mail.ts';
import { MINUTE } from '#src/platform/time.ts';

type Db = Kysely<Database>;

/**
 * The managers' mails about one booker at one place (requests, and the booker's cancellations)
 * are folded per manager (see folded-mail.ts): requesting and cancelling thirty times brings each
 * manager at most one mail per interval. The first goes at once as it always did; a folded one is
 * a summary read at queue time, so what it says is true when it is sent.
 */
export const MANAGER_MAIL_INTERVAL = 10 * MINUTE;

function managerMailKey(placeId: number, bookerId: number, managerId: number): string {
  return `booking-managers:${placeId}:${bookerId}:${managerId}`;
}

/** The booker's requests at the place that still wait for a decision, soonest first. */
export function listPendingRequestsOf(
  db: Db,
  placeId: number,
  bookerId: number,
  now: number,
): Promise<SummaryBooking[]> {
  return db
    .selectFrom('bookings')
    .select(['title', 'starts_at', 'ends_at'])
    .where('place_id', '=', placeId)
    .where('booker_id', '=', bookerId)
    .where('status', '=', 'requested')
    .where('starts_at', '>', now)
    .orderBy('starts_at')
    .orderBy('id')
    .execute();
}

/** What the booker cancelled themself at the place from `since` on, soonest first. */
export function listCancelledByBookerSince(
  db: Db,
  placeId: number,
  bookerId: number,
  since: number,
): Promise<SummaryBooking[]> {
  return db
    .selectFrom('bookings')
    .select(['title', 'starts_at', 'ends_at'])
    .where('place_id', '=', placeId)
    .where('booker_id', '=', bookerId)
    .where('status', '=', 'cancelled')
    .where('cancelled_by', '=', bookerId)
    .where('cancelled_at', '>=', since)
    .orderBy('starts_at')
    .orderBy('id')
    .execute();
}

/**
 * Tells every manager of the booking's place about something its booker did: `firstMail` when the
 * manager's last mail about this booker is older than the interval, otherwise a summary that
 * replaces (or becomes) the mail waiting for the end of the interval. Call in the action's
 * transaction, after its writes, so the summary sees them.
 */
export async function queueMailsToManagers(
  db: Db,
  ctx: AppContext,
  about: BookingDetailsRow,
  firstMail: (manager: Contact) => MailMessage,
  now: number,
): Promise<void> {
  const managers = await listManagerContacts(db, about.place_id, about.place_organisation_id);
  const bookerId = about.booker_id;
  if (bookerId === null) {
    for (const manager of managers) await queueMail(db, now, firstMail(manager));
    return;
  }
  let pending: SummaryBooking[] | null = null;
  const withdrawnSince = new Map<number, SummaryBooking[]>();
  const summarySince = async (since: number, manager: Contact): Promise<BookerSummary> => {
    pending ??= await listPendingRequestsOf(db, about.place_id, bookerId, now);
    let withdrawn = withdrawnSince.get(since);
    if (withdrawn === undefined) {
      withdrawn = await listCancelledByBookerSince(db, about.place_id, bookerId, since);
      withdrawnSince.set(since, withdrawn);
    }
    return {
      booker: about.booker_name ?? translator(manager.locale).t('bookings.deletedUser'),
      place: { name: about.place_name, slug: about.place_slug },
      pending,
      withdrawn,
    };
  };
  for (const manager of managers) {
    const key = managerMailKey(about.place_id, bookerId, manager.id);
    const slot = await nextFoldSlot(db, key, MANAGER_MAIL_INTERVAL, now);
    const message =
      slot.folded && slot.previousAt !== null
        ? managerSummaryMail(manager, await summarySince(slot.previousAt, manager), ctx.config.baseUrl)
        : firstMail(manager);
    await queueFoldedMail(db, now, { key, intervalMs: MANAGER_MAIL_INTERVAL, message });
  }
}
