import {
  openSponsorshipOffers,
  type SponsorshipOffer,
  sponsorshipOffersByIds,
} from '#src/modules/giving/sponsorships-service.ts';
import { SPONSOR_OFFERS_MAX } from '#src/modules/grants/limits.ts';
import { listSponsorOfferIds } from '#src/modules/grants/pools/sponsorship-queries.ts';
import type { AppContext } from '#src/platform/context.ts';
import type { FieldErrors } from '#src/platform/errors.ts';
import { readId } from '#src/platform/form-input.ts';

export type { SponsorshipOffer };

/** At most this many sponsorship offers on one application. */

function rawIds(raw: unknown): unknown[] {
  if (raw === undefined || raw === null || raw === '') return [];
  return Array.isArray(raw) ? raw : [raw];
}

/**
 * Reads the sponsorship offers chosen from the give-board. A new link must be to an open
 * sponsorship offer (not expired, not hidden, not given); one the application already links may
 * stay after it was given or expired (the sponsor may have given it to this very initiative),
 * unless a moderator hid it.
 */
export async function readSponsorOffers(
  ctx: AppContext,
  raw: unknown,
  alreadyLinked: readonly number[],
  errors: FieldErrors,
): Promise<number[]> {
  const values = rawIds(raw);
  if (values.length > SPONSOR_OFFERS_MAX) {
    errors.sponsorOfferIds = { key: 'grants.validation.sponsorTooMany', params: { max: SPONSOR_OFFERS_MAX } };
    return [];
  }
  const ids: number[] = [];
  for (const value of values) {
    const id = readId(value);
    if (id === null) {
      errors.sponsorOfferIds = { key: 'grants.validation.sponsorUnknown' };
      return [];
    }
    if (!ids.includes(id)) ids.push(id);
  }
  const offers = await sponsorshipOffersByIds(ctx, ids);
  for (const id of ids) {
    const offer = offers.find((candidate) => candidate.id === id);
    if (offer === undefined || (offer.hidden && !alreadyLinked.includes(id))) {
      errors.sponsorOfferIds = { key: 'grants.validation.sponsorUnknown' };
      return [];
    }
    if (!offer.open && (offer.hidden || !alreadyLinked.includes(id))) {
      errors.sponsorOfferIds = { key: 'grants.validation.sponsorClosed', params: { title: offer.title } };
      return [];
    }
  }
  return ids;
}

/** The ids an application links (for the API and to keep links when a draft is saved again). */
export function sponsorOfferIdsOf(ctx: AppContext, applicationId: number): Promise<number[]> {
  return listSponsorOfferIds(ctx.db.kysely, applicationId);
}

/** The linked offers as shown on the application's pages (ones hidden by a moderator left out). */
export async function sponsorsOfApplication(
  ctx: AppContext,
  applicationId: number,
): Promise<SponsorshipOffer[]> {
  const ids = await listSponsorOfferIds(ctx.db.kysely, applicationId);
  const offers = await sponsorshipOffersByIds(ctx, ids);
  return offers.filter((offer) => !offer.hidden);
}

/** What the form offers to tick: the open sponsorship offers, and the ones already linked. */
export async function sponsorChoices(
  ctx: AppContext,
  applicationId: number | null,
): Promise<SponsorshipOffer[]> {
  const [open, linked] = await Promise.all([
    openSponsorshipOffers(ctx),
    applicationId === null ? Promise.resolve([]) : sponsorsOfApplication(ctx, applicationId),
  ]);
  return [...linked.filter((offer) => !open.some((o) => o.id === offer.id)), ...open];
}
