import type { Direction, GiveKind, SponsorshipKind } from '#src/modules/giving/tables.ts';
import { DAY } from '#src/platform/time.ts';

export const DEFAULT_EXPIRY_DAYS = 30;
export const MAX_EXPIRY_DAYS = 180;
export const TITLE_MAX = 120;
export const DESCRIPTION_MAX = 4000;
export const MESSAGE_MAX = 1000;
export const ITEMS_PER_PAGE = 20;

/** open: on the list; completed: given or fulfilled (its page stays); expired: gone from the list. */
export type ItemStatus = 'open' | 'completed' | 'expired';

export interface NamedRef {
  id: number;
  slug: string;
  name: string;
}

/** An offer or wish as the services hand it on; never the poster's e-mail address. */
export interface GiveItem {
  id: number;
  direction: Direction;
  kind: GiveKind;
  sponsorshipKind: SponsorshipKind | null;
  title: string;
  description: string;
  posterId: number;
  posterName: string;
  organisation: NamedRef | null;
  neighbourhood: NamedRef | null;
  place: NamedRef | null;
  expiresAt: number;
  completedAt: number | null;
  hiddenAt: number | null;
  createdAt: number;
  updatedAt: number;
}

export function itemStatus(item: GiveItem, now: number): ItemStatus {
  if (item.completedAt !== null) return 'completed';
  return item.expiresAt > now ? 'open' : 'expired';
}

/** What the public sees as the author: the organisation when posted for one, else the person. */
export function authorName(item: GiveItem): string {
  return item.organisation?.name ?? item.posterName;
}

/** Whole days left, at least 1: what the edit form offers to keep the expiry as it is. */
export function daysLeft(item: GiveItem, now: number): number {
  return Math.min(MAX_EXPIRY_DAYS, Math.max(1, Math.ceil((item.expiresAt - now) / DAY)));
}

export function itemPath(id: number): string {
  return `/giv/${id}`;
}

export function contactPath(id: number): string {
  return `/giv/henvendelser/${id}`;
}
