import { authorName, type GiveItem, itemPath, itemStatus } from '#src/modules/giving/model.ts';
import { findItems, listOpenItems } from '#src/modules/giving/queries.ts';
import { toGiveItem } from '#src/modules/giving/service.ts';
import type { AppContext } from '#src/platform/context.ts';

/** At most this many open sponsorship offers are offered to link at once. */
const OPEN_OFFERS_LIMIT = 100;

/** A sponsorship offer as another module shows it: only what the give-board shows publicly. */
export interface SponsorshipOffer {
  id: number;
  title: string;
  /** The organisation when posted for one, else the person (as on the give-board). */
  sponsorName: string;
  path: string;
  /** Open: not expired, not hidden, not given. */
  open: boolean;
  hidden: boolean;
  /** Shown to anyone on the give-board: not hidden and not expired (open or given). */
  public: boolean;
}

function toOffer(item: GiveItem, now: number): SponsorshipOffer {
  return {
    id: item.id,
    title: item.title,
    sponsorName: authorName(item),
    path: itemPath(item.id),
    open: item.hiddenAt === null && itemStatus(item, now) === 'open',
    hidden: item.hiddenAt !== null,
    public: item.hiddenAt === null && itemStatus(item, now) !== 'expired',
  };
}

function isSponsorshipOffer(item: GiveItem): boolean {
  return item.direction === 'offer' && item.kind === 'sponsorship';
}

/** Open sponsorship offers (not expired, not hidden, not given), newest first. */
export async function openSponsorshipOffers(ctx: AppContext): Promise<SponsorshipOffer[]> {
  const now = ctx.clock.now();
  const rows = await listOpenItems(
    ctx.db.kysely,
    { direction: 'offer', kind: 'sponsorship', areaId: null },
    now,
    { limit: OPEN_OFFERS_LIMIT, offset: 0 },
  );
  return rows.map((row) => toOffer(toGiveItem(row), now));
}

/**
 * These sponsorship offers, whatever their state, in the order asked; ids that are not a
 * sponsorship offer (or do not exist) are left out.
 */
export async function sponsorshipOffersByIds(ctx: AppContext, ids: number[]): Promise<SponsorshipOffer[]> {
  const now = ctx.clock.now();
  const wanted = [...new Set(ids)];
  const rows = new Map((await findItems(ctx.db.kysely, wanted)).map((row) => [row.id, row]));
  return wanted.flatMap((id) => {
    const row = rows.get(id);
    if (row === undefined) return [];
    const item = toGiveItem(row);
    return isSponsorshipOffer(item) ? [toOffer(item, now)] : [];
  });
}
