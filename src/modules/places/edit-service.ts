import type { Transaction } from 'kysely';
import type { Database } from '#src/db/schema.ts';
import { resolvePoint } from '#src/modules/areas/service.ts';
import { getOrganisation, membershipsOfUser } from '#src/modules/organisations/service.ts';
import { type FactsInput, factsInputOf, type PlaceFacts, validateFacts } from '#src/modules/places/facts.ts';
import { assertPlaceManager } from '#src/modules/places/policy.ts';
import {
  findPlaceBySlug,
  insertManager,
  insertPlace,
  listSlugsStartingWith,
  replaceAllowedKinds,
  replaceClosedDates,
  replaceFacilities,
  replaceWindows,
  updatePlace,
} from '#src/modules/places/queries.ts';
import {
  DEFAULT_RULES,
  type EditableRules,
  type RulesInput,
  rulesInputOf,
  validateRules,
  WINDOW_FIELDS,
} from '#src/modules/places/rules-input.ts';
import { getPlaceRulesBySlug } from '#src/modules/places/service.ts';
import type { AppContext, CurrentUser } from '#src/platform/context.ts';
import { type FieldErrors, NotFoundError, ValidationError } from '#src/platform/errors.ts';
import type { RawValue } from '#src/platform/form-input.ts';
import { consumeRateLimit } from '#src/platform/rate-limit.ts';
import { slugify, writeUnderFreeSlug } from '#src/platform/slugs.ts';
import { DAY } from '#src/platform/time.ts';

type Trx = Transaction<Database>;
const CREATIONS_PER_DAY = 30;

async function areaOf(ctx: AppContext, facts: PlaceFacts) {
  const resolved = await resolvePoint(ctx, { lat: facts.lat, lon: facts.lon });
  return { district_id: resolved.district?.id ?? null, neighbourhood_id: resolved.neighbourhood?.id ?? null };
}

function factColumns(facts: PlaceFacts) {
  return {
    name: facts.name,
    kind: facts.kind,
    description: facts.description,
    address: facts.address,
    lat: facts.lat,
    lon: facts.lon,
    capacity: facts.capacity,
    step_free: facts.stepFree ? 1 : 0,
    accessible_toilet: facts.accessibleToilet ? 1 : 0,
    hearing_loop: facts.hearingLoop ? 1 : 0,
    house_rules: facts.houseRules,
    price_note: facts.priceNote,
    access_mode: facts.accessMode,
    closed_reason: facts.closedReason,
  } as const;
}

function ruleColumns(rules: EditableRules) {
  return {
    min_duration_minutes: rules.minDurationMinutes,
    max_duration_minutes: rules.maxDurationMinutes,
    max_advance_days: rules.maxAdvanceDays,
    min_notice_hours: rules.minNoticeHours,
    buffer_minutes: rules.bufferMinutes,
    booker_scope: rules.bookerScope,
    approval_required: rules.approvalRequired ? 1 : 0,
    responsible_host_required: rules.responsibleHostRequired ? 1 : 0,
    cancellation_deadline_hours: rules.cancellationDeadlineHours,
    key_handover: rules.keyHandover,
    key_instructions: rules.keyInstructions,
    code_visible_minutes_before: rules.codeVisibleMinutesBefore,
  } as const;
}

async function writeRuleRows(trx: Trx, placeId: number, rules: EditableRules): Promise<void> {
  await replaceWindows(trx, placeId, rules.windows);
  await replaceClosedDates(trx, placeId, rules.closedDates);
  await replaceAllowedKinds(trx, placeId, rules.allowedKinds);
}

/** The organisation the creator chose, by slug, if they are one of its admins. */
async function chosenOrganisation(ctx: AppContext, user: CurrentUser, raw: RawValue): Promise<number> {
  const slug = typeof raw === 'string' ? raw.trim() : '';
  const administered = (await membershipsOfUser(ctx, user.id)).filter(
    (membership) => membership.role === 'admin',
  );
  const found = administered.find((membership) => membership.slug === slug);
  if (found !== undefined) return found.organisationId;
  throw new ValidationError({
    organisation: {
      key: slug === '' ? 'places.validation.organisationRequired' : 'places.validation.organisation',
    },
  });
}

/**
 * Creates a place owned by an organisation the creator administers, with its facts and (from the
 * API) its rules; the creator becomes its first manager. One transaction.
 */
export async function createPlace(
  ctx: AppContext,
  creator: CurrentUser,
  input: FactsInput & { organisation?: RawValue },
  rulesInput: RulesInput | null = null,
): Promise<string> {
  const collected: FieldErrors = {};
  let facts: PlaceFacts | null = null;
  let organisationId: number | null = null;
  // Collect the facts' and the organisation's messages together, so the form shows all at once.
  try {
    facts = validateFacts(input);
  } catch (error) {
    if (!(error instanceof ValidationError)) throw error;
    Object.assign(collected, error.fieldErrors);
  }
  try {
    organisationId = await chosenOrganisation(ctx, creator, input.organisation);
  } catch (error) {
    if (!(error instanceof ValidationError)) throw error;
    Object.assign(collected, error.fieldErrors);
  }
  if (facts === null || organisationId === null) throw new ValidationError(collected);
  const validFacts = facts;
  const ownerId = organisationId;
  // The API may send some rules with a new place; the others keep their defaults.
  const rules =
    rulesInput === null
      ? DEFAULT_RULES
      : validateRules({ ...rulesInputOf(DEFAULT_RULES), ...definedOnly(rulesInput) }, validFacts.accessMode, {
          requireWindows: WINDOW_FIELDS.some((field) => rulesInput[field] !== undefined),
        });
  await consumeRateLimit(ctx, {
    key: `places:create:${creator.id}`,
    limit: CREATIONS_PER_DAY,
    windowMs: DAY,
  });
  return insertValidPlace(ctx, ownerId, creator.id, validFacts, rules);
}

/** Writes a checked place and its rules under a free slug; the creator (if any) becomes its manager. */
async function insertValidPlace(
  ctx: AppContext,
  ownerId: number,
  creatorId: number | null,
  facts: PlaceFacts,
  rules: EditableRules,
): Promise<string> {
  const area = await areaOf(ctx, facts);
  return writeUnderFreeSlug(ctx.db.kysely, {
    base: slugify(facts.name, 'sted'),
    taken: listSlugsStartingWith,
    write: async (trx, slug) => {
      const now = ctx.clock.now();
      const placeId = await insertPlace(trx, {
        slug,
        organisation_id: ownerId,
        ...factColumns(facts),
        ...area,
        ...ruleColumns(rules),
        created_by: creatorId,
        created_at: now,
        updated_at: now,
      });
      await replaceFacilities(trx, placeId, facts.facilities);
      await writeRuleRows(trx, placeId, rules);
      if (creatorId !== null) await insertManager(trx, placeId, creatorId);
      return slug;
    },
  });
}

/**
 * Demo data: a place owned by an organisation (by slug), checked by the same rules as the forms.
 * Nobody is listed as manager; the organisation's admins manage it.
 */
export async function seedPlace(
  ctx: AppContext,
  organisationSlug: string,
  facts: FactsInput,
  rules: RulesInput,
): Promise<string> {
  const organisation = await getOrganisation(ctx, organisationSlug);
  const validFacts = validateFacts(facts);
  const validRules = validateRules({ ...rulesInputOf(DEFAULT_RULES), ...rules }, validFacts.accessMode);
  return insertValidPlace(ctx, organisation.id, null, validFacts, validRules);
}

async function managedPlaceId(ctx: AppContext, user: CurrentUser, slug: string): Promise<number> {
  const row = await findPlaceBySlug(ctx.db.kysely, slug);
  if (row === undefined) throw new NotFoundError('places.error.notFound');
  await assertPlaceManager(ctx, row.id, user);
  return row.id;
}

/** A manager changes the place's facts (step 1); the area is resolved again from the point. */
export async function updatePlaceFacts(
  ctx: AppContext,
  user: CurrentUser,
  slug: string,
  input: FactsInput,
): Promise<void> {
  const placeId = await managedPlaceId(ctx, user, slug);
  const facts = validateFacts(input);
  const area = await areaOf(ctx, facts);
  await ctx.db.kysely.transaction().execute(async (trx) => {
    await updatePlace(trx, placeId, { ...factColumns(facts), ...area, updated_at: ctx.clock.now() });
    await replaceFacilities(trx, placeId, facts.facilities);
  });
}

/** A manager changes the place's availability, booking and key rules (step 2). */
export async function updatePlaceRules(
  ctx: AppContext,
  user: CurrentUser,
  slug: string,
  input: RulesInput,
): Promise<void> {
  const placeId = await managedPlaceId(ctx, user, slug);
  const place = await getPlaceRulesBySlug(ctx, slug);
  const rules = validateRules(input, place.rules.accessMode);
  await ctx.db.kysely.transaction().execute(async (trx) => {
    await updatePlace(trx, placeId, { ...ruleColumns(rules), updated_at: ctx.clock.now() });
    await writeRuleRows(trx, placeId, rules);
  });
}

/**
 * The API's partial update: the given fields over the current ones, checked by the same rules as
 * the forms, facts and rules written together.
 */
export async function patchPlace(
  ctx: AppContext,
  user: CurrentUser,
  slug: string,
  changes: FactsInput & RulesInput,
): Promise<void> {
  const placeId = await managedPlaceId(ctx, user, slug);
  const current = await getPlaceRulesBySlug(ctx, slug);
  const merged = { ...factsInputOf(current), ...rulesInputOf(current.rules), ...definedOnly(changes) };
  let facts: PlaceFacts | null = null;
  const collected: FieldErrors = {};
  try {
    facts = validateFacts(merged);
  } catch (error) {
    if (!(error instanceof ValidationError)) throw error;
    Object.assign(collected, error.fieldErrors);
  }
  let rules: EditableRules | null = null;
  try {
    const windowsTouched = WINDOW_FIELDS.some((field) => changes[field] !== undefined);
    rules = validateRules(merged, facts?.accessMode ?? current.rules.accessMode, {
      requireWindows: windowsTouched || changes.accessMode !== undefined,
    });
  } catch (error) {
    if (!(error instanceof ValidationError)) throw error;
    Object.assign(collected, error.fieldErrors);
  }
  if (facts === null || rules === null) throw new ValidationError(collected);
  const validFacts = facts;
  const validRules = rules;
  const area = await areaOf(ctx, validFacts);
  await ctx.db.kysely.transaction().execute(async (trx) => {
    await updatePlace(trx, placeId, {
      ...factColumns(validFacts),
      ...area,
      ...ruleColumns(validRules),
      updated_at: ctx.clock.now(),
    });
    await replaceFacilities(trx, placeId, validFacts.facilities);
    await writeRuleRows(trx, placeId, validRules);
  });
}

function definedOnly<T extends object>(value: T): Partial<T> {
  return Object.fromEntries(Object.entries(value).filter(([, field]) => field !== undefined)) as Partial<T>;
}
