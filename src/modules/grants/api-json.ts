import type { Static } from 'typebox';
import { oreToDkkString } from '#src/modules/grants/amounts.ts';
import type { ApplicationInput } from '#src/modules/grants/applications/input.ts';
import type { Application, Pool } from '#src/modules/grants/model.ts';
import { poolPhase } from '#src/modules/grants/model.ts';
import type { PoolInput } from '#src/modules/grants/pools/service.ts';
import type { QueueItem } from '#src/modules/grants/review/service.ts';
import type {
  ApplicationInputJson,
  ApplicationJson,
  PoolInputJson,
  PoolJson,
  QueueItemJson,
} from '#src/modules/grants/schemas.ts';
import { ValidationError } from '#src/platform/errors.ts';

/** Domain objects to the API's shapes (explicitly, field by field) and API bodies to service inputs. */

function iso(epochMs: number | null): string | null {
  return epochMs === null ? null : new Date(epochMs).toISOString();
}

export function poolJson(pool: Pool, now: number, baseUrl: string): Static<typeof PoolJson> {
  return {
    slug: pool.slug,
    title: pool.title,
    organisation: { slug: pool.organisationSlug, name: pool.organisationName },
    description: pool.description,
    criteria: pool.criteria,
    opensOn: pool.opensOn,
    closesOn: pool.closesOn,
    phase: poolPhase(pool, now),
    budgetOre: pool.budgetOre,
    budgetDkk: oreToDkkString(pool.budgetOre),
    maxGrantOre: pool.maxGrantOre,
    maxGrantDkk: oreToDkkString(pool.maxGrantOre),
    committedOre: pool.committedOre,
    committedDkk: oreToDkkString(pool.committedOre),
    paidOre: pool.paidOre,
    paidDkk: oreToDkkString(pool.paidOre),
    remainingOre: pool.remainingOre,
    remainingDkk: oreToDkkString(pool.remainingOre),
    decisionRule: pool.decisionRule,
    chairUserId: pool.chairUserId,
    targetDays: pool.targetDays,
    categories: pool.categories,
    reviewers: pool.reviewers.map((reviewer) => ({ userId: reviewer.userId, name: reviewer.name })),
    url: `${baseUrl}/puljer/${encodeURIComponent(pool.slug)}`,
  };
}

export function applicationJson(application: Application): Static<typeof ApplicationJson> {
  return {
    id: application.id,
    pool: { slug: application.poolSlug, title: application.poolTitle },
    status: application.status,
    title: application.title,
    idea: application.idea,
    category: application.category,
    applicantName: application.applicantName,
    organisation:
      application.organisationId === null
        ? null
        : { id: application.organisationId, name: application.organisationName },
    place: application.placeId === null ? null : { slug: application.placeSlug, name: application.placeName },
    area: application.areaId === null ? null : { slug: application.areaSlug, name: application.areaName },
    lat: application.lat,
    lon: application.lon,
    whereText: application.whereText,
    startsOn: application.startsOn,
    endsOn: application.endsOn,
    requestedOre: application.requestedOre,
    requestedDkk: oreToDkkString(application.requestedOre),
    cofundingOre: application.cofundingOre,
    cofundingDkk: oreToDkkString(application.cofundingOre),
    sponsorNote: application.sponsorNote,
    grantedOre: application.grantedOre,
    grantedDkk: application.grantedOre === null ? null : oreToDkkString(application.grantedOre),
    budgetLines: application.budgetLines.map((line) => ({
      description: line.description,
      amountOre: line.amountOre,
      amountDkk: oreToDkkString(line.amountOre),
    })),
    submittedAt: iso(application.submittedAt),
    decidedAt: iso(application.decidedAt),
    decisionReason: application.decisionReason,
    actualSpendOre: application.actualSpendOre,
    reportText: application.reportText,
    reportedAt: iso(application.reportedAt),
  };
}

export function queueItemJson(item: QueueItem): Static<typeof QueueItemJson> {
  return {
    application: applicationJson(item.application),
    daysWaiting: item.daysWaiting,
    targetDays: item.application.targetDays,
    votes: { ...item.tally },
    myVote: item.myVote,
  };
}

export function poolInputFromJson(body: Static<typeof PoolInputJson>): PoolInput {
  return {
    title: body.title,
    description: body.description,
    criteria: body.criteria,
    opensOn: body.opensOn,
    closesOn: body.closesOn,
    budget: { ore: body.budgetOre },
    maxGrant: { ore: body.maxGrantOre },
    categories: body.categories,
    reviewers: body.reviewerIds.map(String),
    decisionRule: body.decisionRule,
    chairUserId: body.chairUserId ?? null,
    targetDays: body.targetDays,
  };
}

export function applicationInputFromJson(body: Static<typeof ApplicationInputJson>): ApplicationInput {
  return {
    title: body.title,
    idea: body.idea,
    category: body.category,
    placeSlug: body.placeSlug,
    areaSlug: body.areaSlug,
    lat: body.lat,
    lon: body.lon,
    whereText: body.whereText,
    startsOn: body.startsOn,
    endsOn: body.endsOn,
    requested: { ore: body.requestedOre },
    cofunding: { ore: body.cofundingOre },
    sponsorNote: body.sponsorNote,
    sponsorOfferIds: body.sponsorOfferIds ?? [],
    organisationId: body.organisationId ?? null,
    budgetLines: (body.budgetLines ?? []).map((line) => ({
      description: line.description,
      amount: { ore: line.amountOre },
    })),
    termsAccepted: body.termsAccepted === true,
  };
}

/** The form's field names as the API's (budget line n → budgetLines/n-1/…, amounts → …Ore). */
export function apiField(field: string): string {
  const line = /^line(\d+)(Description|Amount)$/.exec(field);
  if (line !== null)
    return `budgetLines/${Number(line[1]) - 1}/${line[2] === 'Amount' ? 'amountOre' : 'description'}`;
  const renamed: Record<string, string> = {
    requested: 'requestedOre',
    cofunding: 'cofundingOre',
    budget: 'budgetOre',
    maxGrant: 'maxGrantOre',
    amount: 'amountOre',
    reviewers: 'reviewerIds',
    lat: 'lat',
    actualSpend: 'actualSpendOre',
  };
  return renamed[field] ?? field;
}

/** Rethrows a form-shaped ValidationError with the API's field names. */
export function withApiFields(error: unknown): unknown {
  if (!(error instanceof ValidationError)) return error;
  return new ValidationError(
    Object.fromEntries(Object.entries(error.fieldErrors).map(([field, value]) => [apiField(field), value])),
    error.summaryKey,
  );
}
