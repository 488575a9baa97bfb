import type { Generated } from 'kysely';

/** An offer (tilbud) gives something; a wish (ønske) asks for it. */
export const DIRECTIONS = ['offer', 'wish'] as const;
export type Direction = (typeof DIRECTIONS)[number];

export const GIVE_KINDS = ['time', 'skill', 'thing', 'room', 'sponsorship'] as const;
export type GiveKind = (typeof GIVE_KINDS)[number];

/** What a sponsorship (sponsorat) is of. */
export const SPONSORSHIP_KINDS = ['money', 'bench', 'plants', 'food', 'other'] as const;
export type SponsorshipKind = (typeof SPONSORSHIP_KINDS)[number];

export const CONTACT_STATUSES = ['pending', 'accepted', 'declined'] as const;
export type ContactStatus = (typeof CONTACT_STATUSES)[number];

export interface GiveItemsTable {
  id: Generated<number>;
  direction: Direction;
  kind: GiveKind;
  /** Set exactly when `kind` is `sponsorship`. */
  sponsorship_kind: SponsorshipKind | null;
  title: string;
  description: string;
  /** The person who posted it and receives the contact requests. */
  user_id: number;
  /** Set when posted on behalf of one of the poster's organisations. */
  organisation_id: number | null;
  /** A neighbourhood (kvarter). */
  area_id: number | null;
  /** For a room: the registered place, owned by `organisation_id`. */
  place_id: number | null;
  expires_at: number;
  /** An offer given (givet) or a wish fulfilled (opfyldt). */
  completed_at: number | null;
  /** Hidden by a moderator: gone from lists, pages and the API. */
  hidden_at: number | null;
  created_at: number;
  updated_at: number;
}

/** "Det vil jeg gerne": a request to be put in touch; addresses are shown only once accepted. */
export interface GiveContactsTable {
  id: Generated<number>;
  item_id: number;
  requester_id: number;
  message: string;
  status: ContactStatus;
  created_at: number;
  decided_at: number | null;
}
