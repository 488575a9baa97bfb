import { oreToInput } from '#src/modules/grants/amounts.ts';
import type { ApplicationInput } from '#src/modules/grants/applications/input.ts';
import { BUDGET_LINES } from '#src/modules/grants/limits.ts';
import type { Application, Pool } from '#src/modules/grants/model.ts';
import type { PoolInput } from '#src/modules/grants/pools/service.ts';
import { formatInputDate } from '#src/platform/dates/parse.ts';

/** Between HTML form bodies and the services' inputs, and back to form values for re-rendering. */

export type FormValues = Record<string, string | string[]>;

/** What the person typed (strings and repeated fields), without the CSRF token. */
export function typedValues(body: Record<string, unknown>): FormValues {
  const values: FormValues = {};
  for (const [name, value] of Object.entries(body)) {
    if (name === '_csrf') continue;
    if (typeof value === 'string') values[name] = value;
    else if (Array.isArray(value))
      values[name] = value.filter((item): item is string => typeof item === 'string');
  }
  return values;
}

export function poolInputFromForm(body: Record<string, unknown>, today: string): PoolInput {
  return {
    formToday: today,
    title: body.title,
    description: body.description,
    criteria: body.criteria,
    opensOn: body.opensOn,
    closesOn: body.closesOn,
    budget: { text: body.budget },
    maxGrant: { text: body.maxGrant },
    categories: body.categories,
    reviewers: body.reviewers,
    decisionRule: body.decisionRule,
    chairUserId: body.chairUserId,
    targetDays: body.targetDays,
  };
}

export function poolFormValues(pool: Pool): FormValues {
  return {
    title: pool.title,
    description: pool.description,
    criteria: pool.criteria,
    opensOn: formatInputDate(pool.opensOn),
    closesOn: formatInputDate(pool.closesOn),
    budget: oreToInput(pool.budgetOre),
    maxGrant: oreToInput(pool.maxGrantOre),
    categories: [...pool.categories],
    reviewers: pool.reviewers.map((reviewer) => String(reviewer.userId)),
    decisionRule: pool.decisionRule,
    chairUserId: pool.chairUserId === null ? '' : String(pool.chairUserId),
    targetDays: String(pool.targetDays),
  };
}

export function applicationInputFromForm(body: Record<string, unknown>, today: string): ApplicationInput {
  return {
    formToday: today,
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
    requested: { text: body.requested },
    cofunding: { text: body.cofunding },
    sponsorNote: body.sponsorNote,
    sponsorOfferIds: body.sponsorOfferIds,
    organisationId: body.organisationId,
    budgetLines: Array.from({ length: BUDGET_LINES }, (_, index) => ({
      description: body[`line${index + 1}Description`],
      amount: { text: body[`line${index + 1}Amount`] },
    })),
    termsAccepted: body.terms === 'ja',
  };
}

export function applicationFormValues(application: Application, sponsorOfferIds: number[] = []): FormValues {
  const values: FormValues = {
    title: application.title,
    idea: application.idea,
    category: application.category,
    placeSlug: application.placeSlug ?? '',
    areaSlug: application.placeId === null && application.lat === null ? (application.areaSlug ?? '') : '',
    lat: application.lat === null ? '' : String(application.lat),
    lon: application.lon === null ? '' : String(application.lon),
    whereText: application.whereText,
    startsOn: application.startsOn === null ? '' : formatInputDate(application.startsOn),
    endsOn: application.endsOn === null ? '' : formatInputDate(application.endsOn),
    requested: application.requestedOre === 0 ? '' : oreToInput(application.requestedOre),
    cofunding: application.cofundingOre === 0 ? '' : oreToInput(application.cofundingOre),
    sponsorNote: application.sponsorNote,
    sponsorOfferIds: sponsorOfferIds.map(String),
    organisationId: application.organisationId === null ? '' : String(application.organisationId),
  };
  application.budgetLines.forEach((line, index) => {
    values[`line${index + 1}Description`] = line.description;
    values[`line${index + 1}Amount`] = oreToInput(line.amountOre);
  });
  return values;
}
