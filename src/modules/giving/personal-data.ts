import { Type } from 'typebox';
import type { AppContext } from '#src/platform/context.ts';
import { InstantJson, OptionalInstantJson, type PersonalDataSection } from '#src/platform/personal-data.ts';

/** What the give-board holds about one person, for their data download (GDPR art. 15/20). */
export interface GiveBoardPersonalData {
  items: Array<{
    id: number;
    direction: string;
    kind: string;
    sponsorshipKind: string | null;
    title: string;
    description: string;
    organisationName: string | null;
    expiresAt: string;
    completedAt: string | null;
    hiddenAt: string | null;
    createdAt: string;
  }>;
  /** Requests they sent; the poster only by name (null: a deleted account). */
  contactRequestsSent: Array<ContactJson & { posterName: string | null }>;
  /** Requests others sent about their items; the requester only by name (null: a deleted account). */
  contactRequestsReceived: Array<ContactJson & { requesterName: string | null }>;
}

interface ContactJson {
  itemId: number;
  itemTitle: string;
  message: string;
  status: string;
  createdAt: string;
  decidedAt: string | null;
}

function iso(epochMs: number): string {
  return new Date(epochMs).toISOString();
}

function isoOrNull(epochMs: number | null): string | null {
  return epochMs === null ? null : iso(epochMs);
}

/**
 * Items a person posted and the contact requests they sent and received, with messages. Queries
 * are here rather than in queries.ts as they serve only this export; other people appear by
 * name only, never by e-mail address.
 */
export async function personalDataOf(
  ctx: AppContext,
  userId: number,
  _email: string,
): Promise<GiveBoardPersonalData> {
  const db = ctx.db.kysely;
  const contactColumns = [
    'give_contacts.item_id',
    'give_items.title as item_title',
    'give_contacts.message',
    'give_contacts.status',
    'give_contacts.created_at',
    'give_contacts.decided_at',
  ] as const;
  const [items, sent, received] = await Promise.all([
    db
      .selectFrom('give_items')
      .leftJoin('organisations', 'organisations.id', 'give_items.organisation_id')
      .where('give_items.user_id', '=', userId)
      .select([
        'give_items.id',
        'give_items.direction',
        'give_items.kind',
        'give_items.sponsorship_kind',
        'give_items.title',
        'give_items.description',
        'organisations.name as organisation_name',
        'give_items.expires_at',
        'give_items.completed_at',
        'give_items.hidden_at',
        'give_items.created_at',
      ])
      .orderBy('give_items.created_at')
      .orderBy('give_items.id')
      .execute(),
    db
      .selectFrom('give_contacts')
      .innerJoin('give_items', 'give_items.id', 'give_contacts.item_id')
      .innerJoin('users', 'users.id', 'give_items.user_id')
      .where('give_contacts.requester_id', '=', userId)
      .select([...contactColumns, 'users.name as other_name'])
      .orderBy('give_contacts.created_at')
      .orderBy('give_contacts.id')
      .execute(),
    db
      .selectFrom('give_contacts')
      .innerJoin('give_items', 'give_items.id', 'give_contacts.item_id')
      .innerJoin('users', 'users.id', 'give_contacts.requester_id')
      .where('give_items.user_id', '=', userId)
      .select([...contactColumns, 'users.name as other_name'])
      .orderBy('give_contacts.created_at')
      .orderBy('give_contacts.id')
      .execute(),
  ]);
  const contact = (row: (typeof sent)[number]): ContactJson => ({
    itemId: row.item_id,
    itemTitle: row.item_title,
    message: row.message,
    status: row.status,
    createdAt: iso(row.created_at),
    decidedAt: isoOrNull(row.decided_at),
  });
  return {
    items: items.map((row) => ({
      id: row.id,
      direction: row.direction,
      kind: row.kind,
      sponsorshipKind: row.sponsorship_kind,
      title: row.title,
      description: row.description,
      organisationName: row.organisation_name,
      expiresAt: iso(row.expires_at),
      completedAt: isoOrNull(row.completed_at),
      hiddenAt: isoOrNull(row.hidden_at),
      createdAt: iso(row.created_at),
    })),
    contactRequestsSent: sent.map((row) => ({ ...contact(row), posterName: row.other_name })),
    contactRequestsReceived: received.map((row) => ({ ...contact(row), requesterName: row.other_name })),
  };
}

const otherName = Type.Union([Type.String(), Type.Null()], {
  description: 'Another person, by name only; null for a deleted account.',
});
const contactJson = {
  itemId: Type.Integer(),
  itemTitle: Type.String(),
  message: Type.String(),
  status: Type.String(),
  createdAt: InstantJson,
  decidedAt: OptionalInstantJson,
};

/** The JSON shape of the section, as the API documents it; every instant an ISO string. */
const GiveBoardPersonalDataJson = Type.Object({
  items: Type.Array(
    Type.Object({
      id: Type.Integer(),
      direction: Type.String(),
      kind: Type.String(),
      sponsorshipKind: Type.Union([Type.String(), Type.Null()]),
      title: Type.String(),
      description: Type.String(),
      organisationName: Type.Union([Type.String(), Type.Null()]),
      expiresAt: InstantJson,
      completedAt: OptionalInstantJson,
      hiddenAt: OptionalInstantJson,
      createdAt: InstantJson,
    }),
  ),
  contactRequestsSent: Type.Array(Type.Object({ ...contactJson, posterName: otherName })),
  contactRequestsReceived: Type.Array(Type.Object({ ...contactJson, requesterName: otherName })),
});

/** The give-board's section of the data download. */
export const giveBoardPersonalData: PersonalDataSection<typeof GiveBoardPersonalDataJson> = {
  key: 'giveBoard',
  schema: GiveBoardPersonalDataJson,
  collect: (ctx, person) => personalDataOf(ctx, person.id, person.email),
};
