import { getArea } from '#src/modules/areas/service.ts';
import {
  DEFAULT_EXPIRY_DAYS,
  DESCRIPTION_MAX,
  MAX_EXPIRY_DAYS,
  TITLE_MAX,
} from '#src/modules/giving/model.ts';
import {
  DIRECTIONS,
  type Direction,
  GIVE_KINDS,
  type GiveKind,
  SPONSORSHIP_KINDS,
  type SponsorshipKind,
} from '#src/modules/giving/tables.ts';
import { membershipsOfUser } from '#src/modules/organisations/service.ts';
import { getPlaceRulesBySlug } from '#src/modules/places/service.ts';
import type { AppContext, CurrentUser } from '#src/platform/context.ts';
import { type FieldErrors, NotFoundError } from '#src/platform/errors.ts';
import { checkedValues, pickChoice, readText } from '#src/platform/form-input.ts';
import { DAY } from '#src/platform/time.ts';

/** What a form or API client sent for an offer or wish, before it is checked. */
export interface ItemInput {
  direction?: string;
  kind?: string;
  sponsorshipKind?: string;
  title?: string;
  description?: string;
  /** Slug of one of the poster's organisations; empty: the person themself. */
  organisation?: string;
  /** Slug of a neighbourhood; empty: none. */
  neighbourhood?: string;
  /** Slug of a place owned by the organisation (rooms only); empty: none. */
  place?: string;
  expiresInDays?: string | number;
}

export interface CheckedItem {
  direction: Direction;
  kind: GiveKind;
  sponsorshipKind: SponsorshipKind | null;
  title: string;
  description: string;
  organisationId: number | null;
  areaId: number | null;
  placeId: number | null;
  expiresAt: number;
}

function parseDays(raw: string | number | undefined): number | null {
  if (raw === undefined || raw === '') return DEFAULT_EXPIRY_DAYS;
  const text = String(raw).trim();
  if (!/^\d{1,3}$/.test(text)) return null;
  const days = Number(text);
  return days >= 1 && days <= MAX_EXPIRY_DAYS ? days : null;
}

async function checkOrganisation(
  ctx: AppContext,
  user: CurrentUser,
  slug: string | undefined,
  errors: FieldErrors,
): Promise<number | null> {
  if (slug === undefined || slug === '') return null;
  const memberships = await membershipsOfUser(ctx, user.id);
  const membership = memberships.find((candidate) => candidate.slug === slug);
  if (membership === undefined) {
    errors.organisation = { key: 'giving.error.notMember' };
    return null;
  }
  return membership.organisationId;
}

async function checkNeighbourhood(
  ctx: AppContext,
  slug: string | undefined,
  errors: FieldErrors,
): Promise<number | null> {
  if (slug === undefined || slug === '') return null;
  const area = await getArea(ctx, slug);
  if (area === null || area.kind !== 'neighbourhood') {
    errors.neighbourhood = { key: 'giving.error.neighbourhoodUnknown' };
    return null;
  }
  return area.id;
}

async function checkPlace(
  ctx: AppContext,
  slug: string | undefined,
  kind: GiveKind | null,
  organisationId: number | null,
  errors: FieldErrors,
): Promise<number | null> {
  if (slug === undefined || slug === '') return null;
  if (kind !== 'room') {
    errors.place = { key: 'giving.error.placeOnlyForRooms' };
    return null;
  }
  try {
    const place = await getPlaceRulesBySlug(ctx, slug);
    if (place.organisationId !== organisationId) {
      errors.place = { key: 'giving.error.placeNeedsOrganisation' };
      return null;
    }
    return place.id;
  } catch (error) {
    if (!(error instanceof NotFoundError)) throw error;
    errors.place = { key: 'giving.error.placeUnknown' };
    return null;
  }
}

/**
 * Checks an offer or wish, collecting one message per field. `fixedOrganisationId` is given when
 * editing: who an item is posted for does not change afterwards.
 */
export async function checkItemInput(
  ctx: AppContext,
  user: CurrentUser,
  input: ItemInput,
  fixedOrganisationId?: number | null,
): Promise<CheckedItem> {
  const errors: FieldErrors = {};
  const direction = pickChoice(DIRECTIONS, input.direction);
  if (direction === null) errors.direction = { key: 'giving.error.directionRequired' };
  const kind = pickChoice(GIVE_KINDS, input.kind);
  if (kind === null) errors.kind = { key: 'giving.error.kindRequired' };
  const sponsorshipKind = pickChoice(SPONSORSHIP_KINDS, input.sponsorshipKind);
  if (kind === 'sponsorship' && sponsorshipKind === null) {
    errors.sponsorshipKind = { key: 'giving.error.sponsorshipKindRequired' };
  } else if (kind !== null && kind !== 'sponsorship' && (input.sponsorshipKind ?? '') !== '') {
    errors.sponsorshipKind = { key: 'giving.error.sponsorshipKindOnlyForSponsorship' };
  }
  const title = readText(errors, 'title', input.title, {
    max: TITLE_MAX,
    required: 'giving.error.titleRequired',
    tooLong: 'giving.error.titleTooLong',
  }).replace(/\s+/g, ' ');
  const description = readText(errors, 'description', input.description, {
    max: DESCRIPTION_MAX,
    required: 'giving.error.descriptionRequired',
    tooLong: 'giving.error.descriptionTooLong',
    multiline: true,
  });
  const organisationId =
    fixedOrganisationId === undefined
      ? await checkOrganisation(ctx, user, input.organisation, errors)
      : fixedOrganisationId;
  const areaId = await checkNeighbourhood(ctx, input.neighbourhood, errors);
  const placeId = await checkPlace(ctx, input.place, kind, organisationId, errors);
  const expiresInDays = parseDays(input.expiresInDays);
  if (expiresInDays === null) errors.expiresInDays = { key: 'giving.error.expiresInvalid' };
  const checked = checkedValues(errors, { direction, kind, expiresInDays });
  return {
    direction: checked.direction,
    kind: checked.kind,
    sponsorshipKind: kind === 'sponsorship' ? sponsorshipKind : null,
    title,
    description,
    organisationId,
    areaId,
    placeId,
    expiresAt: ctx.clock.now() + checked.expiresInDays * DAY,
  };
}
