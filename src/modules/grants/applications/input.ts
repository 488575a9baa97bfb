import { getArea, resolvePoint } from '#src/modules/areas/service.ts';
import { amountParam } from '#src/modules/grants/amounts.ts';
import {
  type AmountInput,
  isCategory,
  readAmountInput,
  readCoordinate,
  readDate,
  readText,
} from '#src/modules/grants/input.ts';
import {
  APPLICATION_TITLE_MAX,
  BUDGET_LINES,
  IDEA_MAX,
  SHORT_TEXT_MAX,
  SPONSOR_NOTE_MAX,
} from '#src/modules/grants/limits.ts';
import { type Pool, poolPhase } from '#src/modules/grants/model.ts';
import { readSponsorOffers } from '#src/modules/grants/pools/sponsorships-service.ts';
import type { GrantCategory } from '#src/modules/grants/tables.ts';
import { membershipRole } from '#src/modules/organisations/service.ts';
import { getPlaceRulesBySlug } from '#src/modules/places/service.ts';
import type { AppContext, CurrentUser } from '#src/platform/context.ts';
import { type FieldErrors, NotFoundError } from '#src/platform/errors.ts';
import { readId } from '#src/platform/form-input.ts';

/** What the application form or the API sent, before it is checked. */
export interface ApplicationInput {
  title?: unknown;
  idea?: unknown;
  category?: unknown;
  placeSlug?: unknown;
  areaSlug?: unknown;
  lat?: unknown;
  lon?: unknown;
  whereText?: unknown;
  startsOn?: unknown;
  endsOn?: unknown;
  /** Set by the HTML form (the request's local date): dates are then read as typed; the API sends ISO. */
  formToday?: string;
  requested: AmountInput;
  cofunding: AmountInput;
  /** Sponsor pledges in free text, beside the give-board offers linked below. */
  sponsorNote?: unknown;
  /** Ids of sponsorship offers on the give-board (one id, or a list). */
  sponsorOfferIds?: unknown;
  /** Empty for a person applying for themself, or the id of one of their organisations. */
  organisationId?: unknown;
  budgetLines: Array<{ description: unknown; amount: AmountInput }>;
  termsAccepted: boolean;
}

/** The application's fields once read; `null` where the person left something for later. */
export interface ApplicationFields {
  title: string;
  idea: string;
  category: GrantCategory | null;
  placeId: number | null;
  areaId: number | null;
  lat: number | null;
  lon: number | null;
  whereText: string;
  startsOn: string | null;
  endsOn: string | null;
  requestedOre: number | null;
  cofundingOre: number;
  sponsorNote: string;
  sponsorOfferIds: number[];
  organisationId: number | null;
  budgetLines: Array<{ description: string; amountOre: number }>;
  termsAccepted: boolean;
}

async function readWhere(ctx: AppContext, input: ApplicationInput, errors: FieldErrors) {
  let placeId: number | null = null;
  let placeAreaId: number | null = null;
  const placeSlug = typeof input.placeSlug === 'string' ? input.placeSlug.trim() : '';
  if (placeSlug !== '') {
    try {
      const place = await getPlaceRulesBySlug(ctx, placeSlug);
      placeId = place.id;
      placeAreaId = place.neighbourhoodId ?? place.districtId;
    } catch (error) {
      if (!(error instanceof NotFoundError)) throw error;
      errors.placeSlug = { key: 'grants.validation.placeUnknown' };
    }
  }
  let areaId: number | null = null;
  const areaSlug = typeof input.areaSlug === 'string' ? input.areaSlug.trim() : '';
  if (areaSlug !== '') {
    const area = await getArea(ctx, areaSlug);
    if (area === null) errors.areaSlug = { key: 'grants.validation.areaUnknown' };
    else areaId = area.id;
  }
  const lat = readCoordinate(input.lat, 90);
  const lon = readCoordinate(input.lon, 180);
  let point: { lat: number; lon: number } | null = null;
  let pointAreaId: number | null = null;
  if (lat === 'invalid' || lon === 'invalid' || (lat === null) !== (lon === null)) {
    errors.lat = { key: 'grants.validation.pointInvalid' };
  } else if (lat !== null && lon !== null) {
    const resolved = await resolvePoint(ctx, { lat, lon });
    if (resolved.district === null) errors.lat = { key: 'grants.validation.pointOutside' };
    else {
      point = { lat, lon };
      pointAreaId = resolved.neighbourhood?.id ?? resolved.district.id;
    }
  }
  return {
    placeId,
    areaId: areaId ?? placeAreaId ?? pointAreaId,
    lat: point?.lat ?? null,
    lon: point?.lon ?? null,
    chosen: placeId !== null || areaId !== null || point !== null,
  };
}

function readBudgetLines(input: ApplicationInput, errors: FieldErrors) {
  const lines: Array<{ description: string; amountOre: number }> = [];
  input.budgetLines.slice(0, BUDGET_LINES).forEach((line, index) => {
    const n = index + 1;
    const description = readText(errors, `line${n}Description`, line.description, { max: SHORT_TEXT_MAX });
    const amountEmpty =
      'text' in line.amount ? String(line.amount.text ?? '').trim() === '' : line.amount.ore === undefined;
    if (description === '' && amountEmpty && errors[`line${n}Description`] === undefined) return;
    if (description === '' && errors[`line${n}Description`] === undefined) {
      errors[`line${n}Description`] = { key: 'grants.validation.lineDescriptionRequired', params: { n } };
    }
    const amountOre = readAmountInput(errors, `line${n}Amount`, line.amount, { required: true });
    if (amountOre !== null && description !== '') lines.push({ description, amountOre });
  });
  if (input.budgetLines.length > BUDGET_LINES) {
    errors.line1Description = { key: 'grants.validation.tooManyLines', params: { max: BUDGET_LINES } };
  }
  return lines;
}

/** Reads every field, recording what is malformed (in a draft as much as in a submission). */
export async function readApplication(
  ctx: AppContext,
  user: CurrentUser,
  input: ApplicationInput,
  errors: FieldErrors,
  linkedOfferIds: readonly number[] = [],
): Promise<ApplicationFields> {
  const title = readText(errors, 'title', input.title, {
    max: APPLICATION_TITLE_MAX,
    required: 'grants.validation.titleRequired',
  });
  const idea = readText(errors, 'idea', input.idea, { max: IDEA_MAX });
  const rawCategory = typeof input.category === 'string' ? input.category : '';
  const category = isCategory(rawCategory) ? rawCategory : null;
  if (rawCategory !== '' && category === null)
    errors.category = { key: 'grants.validation.categoryRequired' };
  const where = await readWhere(ctx, input, errors);
  const whereText = readText(errors, 'whereText', input.whereText, { max: SHORT_TEXT_MAX });
  const startsOn = readDate(errors, 'startsOn', input.startsOn, false, input.formToday);
  const endsOn = readDate(errors, 'endsOn', input.endsOn, false, input.formToday);
  if (startsOn !== null && endsOn !== null && endsOn < startsOn)
    errors.endsOn = { key: 'grants.validation.endBeforeStart' };
  const requestedOre = readAmountInput(errors, 'requested', input.requested);
  const cofundingOre = readAmountInput(errors, 'cofunding', input.cofunding) ?? 0;
  const sponsorNote = readText(errors, 'sponsorNote', input.sponsorNote, { max: SPONSOR_NOTE_MAX });
  const sponsorOfferIds = await readSponsorOffers(ctx, input.sponsorOfferIds, linkedOfferIds, errors);
  const rawOrganisation = input.organisationId;
  let organisationId: number | null = null;
  if (rawOrganisation !== undefined && rawOrganisation !== null && rawOrganisation !== '') {
    organisationId = readId(rawOrganisation);
    const role = organisationId === null ? null : await membershipRole(ctx, organisationId, user.id);
    if (role === null) {
      errors.organisationId = { key: 'grants.validation.notYourOrganisation' };
      organisationId = null;
    }
  }
  return {
    title,
    idea,
    category,
    placeId: where.placeId,
    areaId: where.areaId,
    lat: where.lat,
    lon: where.lon,
    whereText,
    startsOn,
    endsOn,
    requestedOre,
    cofundingOre,
    sponsorNote,
    sponsorOfferIds,
    organisationId,
    budgetLines: readBudgetLines(input, errors),
    termsAccepted: input.termsAccepted,
  };
}

/** True when a place, an area or a map point was given. */
export function hasWhere(fields: ApplicationFields): boolean {
  return fields.placeId !== null || fields.areaId !== null || fields.lat !== null;
}

/**
 * What submitting needs beyond a draft, and the pool's eligibility rules. The budget lines must
 * add up to the amount requested plus co-funding: refused, not just warned, since the reviewers
 * decide on that budget and a mismatch is nearly always a typing slip.
 */
export function checkSubmission(
  pool: Pool,
  fields: ApplicationFields,
  now: number,
  errors: FieldErrors,
): void {
  const phase = poolPhase(pool, now);
  if (phase === 'upcoming')
    errors.pool = { key: 'grants.eligibility.notYetOpen', params: { date: pool.opensOn } };
  if (phase === 'closed') errors.pool = { key: 'grants.eligibility.closed', params: { date: pool.closesOn } };
  if (fields.idea === '' && errors.idea === undefined)
    errors.idea = { key: 'grants.validation.ideaRequired' };
  if (errors.category === undefined) {
    if (fields.category === null) errors.category = { key: 'grants.validation.categoryRequired' };
    else if (!pool.categories.includes(fields.category))
      errors.category = { key: 'grants.validation.categoryNotInPool' };
  }
  if (
    !hasWhere(fields) &&
    errors.placeSlug === undefined &&
    errors.areaSlug === undefined &&
    errors.lat === undefined
  ) {
    errors.placeSlug = { key: 'grants.validation.whereRequired' };
  }
  if (fields.startsOn === null && errors.startsOn === undefined)
    errors.startsOn = { key: 'grants.validation.dateRequired' };
  if (fields.endsOn === null && errors.endsOn === undefined)
    errors.endsOn = { key: 'grants.validation.dateRequired' };
  checkRequestedAmount(pool, fields, errors);
  if (!fields.termsAccepted) errors.terms = { key: 'grants.validation.termsRequired' };
}

function checkRequestedAmount(pool: Pool, fields: ApplicationFields, errors: FieldErrors): void {
  if (errors.requested !== undefined) return;
  const requested = fields.requestedOre;
  if (requested === null) errors.requested = { key: 'grants.amount.required' };
  else if (requested === 0) errors.requested = { key: 'grants.amount.zero' };
  else if (requested > pool.maxGrantOre) {
    errors.requested = { key: 'grants.eligibility.aboveMax', params: { max: amountParam(pool.maxGrantOre) } };
  } else if (requested > pool.remainingOre) {
    errors.requested = {
      key: 'grants.eligibility.aboveRemaining',
      params: { remaining: amountParam(pool.remainingOre) },
    };
  }
  const lineErrors = Object.keys(errors).some((field) => field.startsWith('line'));
  if (lineErrors || requested === null || errors.cofunding !== undefined) return;
  if (fields.budgetLines.length === 0) {
    errors.line1Description = { key: 'grants.validation.linesRequired' };
    return;
  }
  const total = fields.budgetLines.reduce((sum, line) => sum + line.amountOre, 0);
  const expected = requested + fields.cofundingOre;
  if (total !== expected) {
    errors.line1Amount = {
      key: 'grants.validation.linesDoNotAddUp',
      params: { total: amountParam(total), expected: amountParam(expected) },
    };
  }
}
