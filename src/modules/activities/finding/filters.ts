import type { ActivityFilter } from '#src/modules/activities/queries.ts';
import type { ActivityKind } from '#src/modules/activities/tables.ts';
import { ACTIVITY_LANGUAGES, isActivityKind } from '#src/modules/activities/templates.ts';
import { getArea } from '#src/modules/areas/service.ts';
import { getOrganisation } from '#src/modules/organisations/service.ts';
import { getPlaceRulesBySlug } from '#src/modules/places/service.ts';
import type { AppContext } from '#src/platform/context.ts';
import { readDateField } from '#src/platform/dates/parse.ts';
import { type FieldErrors, NotFoundError } from '#src/platform/errors.ts';
import { addDays, localParts, localToEpoch } from '#src/platform/local-time.ts';

/** The list's query string, as typed (Danish parameter names, all optional). */
export interface RawActivityQuery {
  omraade?: string;
  type?: string | string[];
  fra?: string;
  til?: string;
  boernevenligt?: string;
  trinfrit?: string;
  gratis?: string;
  sprog?: string;
  organisation?: string;
  sted?: string;
  side?: string | number;
}

export interface ParsedQuery {
  filter: ActivityFilter;
  /** Local dates, inclusive. */
  fromDate: string;
  toDate: string;
  from: number;
  to: number;
  page: number;
  /** The request's local date, and the dates typed that could not be read (the list then starts today). */
  today: string;
  errors: FieldErrors;
  /** The query as it was understood, to fill the filter form and the paging links. */
  values: {
    omraade: string;
    type: ActivityKind[];
    fra: string;
    til: string;
    boernevenligt: boolean;
    trinfrit: boolean;
    gratis: boolean;
    sprog: string;
    organisation: string;
    sted: string;
  };
  /** Names of the organisation or place filtered by, for the heading. */
  organisationName: string | null;
  placeName: string | null;
}

/** How far ahead the list reaches when no end date is given. */
export const DEFAULT_DAYS_AHEAD = 365;
const NOTHING = -1;

function flag(value: string | undefined): boolean {
  return value === '1' || value === 'on' || value === 'true';
}

async function orNothing<T>(lookup: () => Promise<T>): Promise<T | null> {
  try {
    return await lookup();
  } catch (error) {
    if (error instanceof NotFoundError) return null;
    throw error;
  }
}

/** Reads the filters; an unknown area, organisation or place matches nothing rather than everything. */
export async function parseActivityQuery(ctx: AppContext, raw: RawActivityQuery): Promise<ParsedQuery> {
  const today = localParts(ctx.clock.now()).date;
  const errors: FieldErrors = {};
  const fromDate = readDateField(errors, 'fra', raw.fra, today, { optional: true }) ?? today;
  const defaultTo = addDays(fromDate, DEFAULT_DAYS_AHEAD);
  const typedTo = readDateField(errors, 'til', raw.til, today, { optional: true });
  const toDate = typedTo !== null && typedTo >= fromDate ? typedTo : defaultTo;
  const types = (Array.isArray(raw.type) ? raw.type : raw.type === undefined ? [] : [raw.type]).filter(
    isActivityKind,
  );
  const filter: ActivityFilter = {
    kinds: types,
    childFriendly: flag(raw.boernevenligt),
    stepFree: flag(raw.trinfrit),
    freeOfCharge: flag(raw.gratis),
  };
  const language = ACTIVITY_LANGUAGES.find((code) => code === raw.sprog);
  if (language !== undefined) filter.language = language;
  const areaSlug = (raw.omraade ?? '').trim();
  if (areaSlug !== '') {
    const area = await getArea(ctx, areaSlug);
    if (area === null) filter.neighbourhoodId = NOTHING;
    else if (area.kind === 'district') filter.districtId = area.id;
    else filter.neighbourhoodId = area.id;
  }
  let organisationName: string | null = null;
  const organisationSlug = (raw.organisation ?? '').trim();
  if (organisationSlug !== '') {
    const organisation = await orNothing(() => getOrganisation(ctx, organisationSlug));
    filter.organisationId = organisation?.id ?? NOTHING;
    organisationName = organisation?.name ?? null;
  }
  let placeName: string | null = null;
  const placeSlug = (raw.sted ?? '').trim();
  if (placeSlug !== '') {
    const place = await orNothing(() => getPlaceRulesBySlug(ctx, placeSlug));
    filter.placeId = place?.id ?? NOTHING;
    placeName = place?.name ?? null;
  }
  const page = Math.max(1, Math.min(10_000, Math.floor(Number(raw.side ?? 1)) || 1));
  const fromInstant = localToEpoch(fromDate, 0);
  // The list starts now when it starts today: what is over is not shown.
  const from = fromDate === today ? Math.max(fromInstant, ctx.clock.now() - 60 * 60_000) : fromInstant;
  return {
    filter,
    fromDate,
    toDate,
    from,
    to: localToEpoch(addDays(toDate, 1), 0),
    page,
    today,
    errors,
    values: {
      omraade: areaSlug,
      type: types,
      fra: (raw.fra ?? '').trim(),
      til: (raw.til ?? '').trim(),
      boernevenligt: filter.childFriendly === true,
      trinfrit: filter.stepFree === true,
      gratis: filter.freeOfCharge === true,
      sprog: language ?? '',
      organisation: organisationSlug,
      sted: placeSlug,
    },
    organisationName,
    placeName,
  };
}

/** The query string of a parsed query, for links to other pages of the same list. */
export function queryString(values: ParsedQuery['values'], extra: Record<string, string> = {}): string {
  const params = new URLSearchParams();
  if (values.omraade !== '') params.set('omraade', values.omraade);
  for (const type of values.type) params.append('type', type);
  if (values.fra !== '') params.set('fra', values.fra);
  if (values.til !== '') params.set('til', values.til);
  if (values.boernevenligt) params.set('boernevenligt', '1');
  if (values.trinfrit) params.set('trinfrit', '1');
  if (values.gratis) params.set('gratis', '1');
  if (values.sprog !== '') params.set('sprog', values.sprog);
  if (values.organisation !== '') params.set('organisation', values.organisation);
  if (values.sted !== '') params.set('sted', values.sted);
  for (const [name, value] of Object.entries(extra)) params.set(name, value);
  const text = params.toString();
  return text === '' ? '' : `?${text}`;
}
