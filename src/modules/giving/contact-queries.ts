import type { Kysely, Transaction } from 'kysely';
import type { Database } from '#src/db/schema.ts';
import type { ContactStatus } from '#src/modules/giving/tables.ts';

type Db = Kysely<Database> | Transaction<Database>;

/** A contact request with the item's title and both people's names; never an e-mail address. */
function contactsWithNames(db: Db) {
  return db
    .selectFrom('give_contacts')
    .innerJoin('give_items', 'give_items.id', 'give_contacts.item_id')
    .innerJoin('users as requester', 'requester.id', 'give_contacts.requester_id')
    .innerJoin('users as poster', 'poster.id', 'give_items.user_id')
    .select([
      'give_contacts.id',
      'give_contacts.item_id',
      'give_contacts.requester_id',
      'give_contacts.message',
      'give_contacts.status',
      'give_contacts.created_at',
      'give_contacts.decided_at',
      'give_items.title as item_title',
      'give_items.direction as item_direction',
      'give_items.user_id as poster_id',
      'give_items.hidden_at as item_hidden_at',
      'requester.name as requester_name',
      'poster.name as poster_name',
    ])
    .where('requester.deleted_at', 'is', null)
    .where('poster.deleted_at', 'is', null);
}

export type ContactRow = NonNullable<
  Awaited<ReturnType<ReturnType<typeof contactsWithNames>['executeTakeFirst']>>
>;

export function findContact(db: Db, id: number): Promise<ContactRow | undefined> {
  return contactsWithNames(db).where('give_contacts.id', '=', id).executeTakeFirst();
}

export function findContactOf(db: Db, itemId: number, requesterId: number): Promise<ContactRow | undefined> {
  return contactsWithNames(db)
    .where('give_contacts.item_id', '=', itemId)
    .where('give_contacts.requester_id', '=', requesterId)
    .executeTakeFirst();
}

export function listContactsOfItem(db: Db, itemId: number): Promise<ContactRow[]> {
  return contactsWithNames(db)
    .where('give_contacts.item_id', '=', itemId)
    .orderBy('give_contacts.created_at')
    .orderBy('give_contacts.id')
    .execute();
}

export function listContactsOfRequester(db: Db, requesterId: number): Promise<ContactRow[]> {
  return contactsWithNames(db)
    .where('give_contacts.requester_id', '=', requesterId)
    .orderBy('give_contacts.created_at', 'desc')
    .orderBy('give_contacts.id', 'desc')
    .execute();
}

export async function insertContact(
  db: Db,
  values: { itemId: number; requesterId: number; message: string; now: number },
): Promise<number> {
  const row = await db
    .insertInto('give_contacts')
    .values({
      item_id: values.itemId,
      requester_id: values.requesterId,
      message: values.message,
      status: 'pending',
      created_at: values.now,
      decided_at: null,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return row.id;
}

/** Answers a pending request; false when it was already answered (a second click, a race). */
export async function decideContact(
  db: Db,
  id: number,
  status: Exclude<ContactStatus, 'pending'>,
  now: number,
): Promise<boolean> {
  const result = await db
    .updateTable('give_contacts')
    .set({ status, decided_at: now })
    .where('id', '=', id)
    .where('status', '=', 'pending')
    .executeTakeFirst();
  return Number(result.numUpdatedRows) > 0;
}
