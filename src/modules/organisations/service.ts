import {
  assertCanSeeMembers,
  canManageMembers,
  canSeeMemberEmails,
  canSeeMembers,
  type OrganisationViewer,
} from '#src/modules/organisations/policy.ts';
import {
  countOrganisations,
  findMembershipRole,
  findOrganisationByName,
  findOrganisationBySlug,
  insertMembership,
  insertOrganisation,
  listMembers,
  listMembershipsOfUser,
  listOrganisationPage,
  listOrganisationsOnlyAdministeredBy,
  listSlugsStartingWith,
  type OrganisationRow,
} from '#src/modules/organisations/queries.ts';
import { organisationSlugBase, RESERVED_SLUGS } from '#src/modules/organisations/slug.ts';
import {
  type MembershipRole,
  ORGANISATION_KINDS,
  type OrganisationKind,
} from '#src/modules/organisations/types.ts';
import {
  CVR_TYPED_MAX,
  DESCRIPTION_MAX,
  isValidCvr,
  NAME_MAX,
  normaliseCvr,
} from '#src/modules/organisations/validation.ts';
import type { AppContext, CurrentUser } from '#src/platform/context.ts';
import { type FieldErrors, NotFoundError } from '#src/platform/errors.ts';
import { checkedValues, pickChoice, readText } from '#src/platform/form-input.ts';
import { consumeRateLimit } from '#src/platform/rate-limit.ts';
import { firstFreeSlug, writeUnderFreeSlug } from '#src/platform/slugs.ts';
import { DAY } from '#src/platform/time.ts';

export interface Organisation {
  id: number;
  name: string;
  slug: string;
  kind: OrganisationKind;
  cvr: string | null;
  description: string;
  memberCount: number;
  createdAt: number;
}

export interface Member {
  userId: number;
  name: string;
  /** `null` unless the viewer may see e-mail addresses. */
  email: string | null;
  role: MembershipRole;
  since: number;
}

export interface UserMembership {
  organisationId: number;
  name: string;
  slug: string;
  role: MembershipRole;
  since: number;
}

/** What a person typed into the form or sent to the API; checked by `createOrganisation`. */
export interface OrganisationInput {
  name?: string;
  kind?: string;
  cvr?: string;
  description?: string;
}

export const ORGANISATIONS_PER_PAGE = 20;
const CREATIONS_PER_DAY = 10;

function toOrganisation(row: OrganisationRow): Organisation {
  return {
    id: row.id,
    name: row.name,
    slug: row.slug,
    kind: row.kind,
    cvr: row.cvr,
    description: row.description,
    memberCount: row.member_count,
    createdAt: row.created_at,
  };
}

function validateOrganisation(input: OrganisationInput) {
  const errors: FieldErrors = {};
  const name = readText(errors, 'name', input.name, { max: NAME_MAX, required: 'validation.required' });
  const kind = pickChoice(ORGANISATION_KINDS, input.kind);
  if (kind === null) {
    const typed = (input.kind ?? '').trim() !== '';
    errors.kind = { key: typed ? 'validation.invalid' : 'organisations.validation.kindRequired' };
  }
  const cvrTyped = readText(errors, 'cvr', input.cvr, { max: CVR_TYPED_MAX });
  const cvr = cvrTyped === '' ? null : normaliseCvr(cvrTyped);
  if (cvr !== null && errors.cvr === undefined) {
    if (!/^\d{8}$/.test(cvr)) errors.cvr = { key: 'organisations.validation.cvrFormat' };
    else if (!isValidCvr(cvr)) errors.cvr = { key: 'organisations.validation.cvrChecksum' };
  }
  const description = readText(errors, 'description', input.description, {
    max: DESCRIPTION_MAX,
    multiline: true,
  });
  const checked = checkedValues(errors, { kind });
  return { name, kind: checked.kind, cvr, description };
}

/**
 * Creates an organisation with a unique slug and makes its creator the first admin, in one
 * transaction. A verified e-mail address is not required: verification may be slow, and a
 * per-person daily limit keeps misuse small.
 */
export async function createOrganisation(
  ctx: AppContext,
  creator: CurrentUser,
  input: OrganisationInput,
): Promise<Organisation> {
  const valid = validateOrganisation(input);
  await consumeRateLimit(ctx, {
    key: `organisations:create:${creator.id}`,
    limit: CREATIONS_PER_DAY,
    windowMs: DAY,
  });
  const slug = await writeUnderFreeSlug(ctx.db.kysely, {
    base: organisationSlugBase(valid.name),
    taken: listSlugsStartingWith,
    reserved: RESERVED_SLUGS,
    write: async (trx, chosen) => {
      const now = ctx.clock.now();
      const id = await insertOrganisation(trx, {
        ...valid,
        slug: chosen,
        created_by: creator.id,
        created_at: now,
      });
      await insertMembership(trx, {
        organisation_id: id,
        user_id: creator.id,
        role: 'admin',
        created_at: now,
      });
      return chosen;
    },
  });
  return getOrganisation(ctx, slug);
}

/**
 * Writes an organisation with the given members through `ctx.db` as it is, without opening a
 * transaction, so that the demo seed can run it inside its own. Same checks as `createOrganisation`.
 */
export async function addOrganisationWithMembers(
  ctx: AppContext,
  input: OrganisationInput,
  members: Array<{ userId: number; role: MembershipRole }>,
): Promise<string> {
  const valid = validateOrganisation(input);
  const db = ctx.db.kysely;
  const now = ctx.clock.now();
  const base = organisationSlugBase(valid.name);
  const slug = firstFreeSlug(base, new Set(await listSlugsStartingWith(db, base)), RESERVED_SLUGS);
  const creator = members.find((member) => member.role === 'admin');
  const id = await insertOrganisation(db, {
    ...valid,
    slug,
    created_by: creator?.userId ?? null,
    created_at: now,
  });
  for (const member of members) {
    await insertMembership(db, {
      organisation_id: id,
      user_id: member.userId,
      role: member.role,
      created_at: now,
    });
  }
  return slug;
}

export async function listOrganisations(
  ctx: AppContext,
  filter: { kind: OrganisationKind | null; limit: number; offset: number },
): Promise<{ items: Organisation[]; total: number }> {
  const [rows, total] = await Promise.all([
    listOrganisationPage(ctx.db.kysely, filter),
    countOrganisations(ctx.db.kysely, filter.kind),
  ]);
  return { items: rows.map(toOrganisation), total };
}

/** One organisation by its slug; NotFoundError when there is none. */
export async function getOrganisation(ctx: AppContext, slug: string): Promise<Organisation> {
  const row = await findOrganisationBySlug(ctx.db.kysely, slug);
  if (row === undefined) throw new NotFoundError('organisations.error.notFound');
  return toOrganisation(row);
}

/**
 * One organisation by its exact name (the first made, should two share it); NotFoundError when
 * there is none. For the demo seed, which names its organisations; people find them by slug.
 */
export async function getOrganisationByName(ctx: AppContext, name: string): Promise<Organisation> {
  const row = await findOrganisationByName(ctx.db.kysely, name);
  if (row === undefined) throw new NotFoundError('organisations.error.notFound');
  return toOrganisation(row);
}

/** This person's role in the organisation, or `null` when they are not a member. */
export async function membershipRole(
  ctx: AppContext,
  organisationId: number,
  userId: number,
): Promise<MembershipRole | null> {
  return (await findMembershipRole(ctx.db.kysely, organisationId, userId)) ?? null;
}

export async function viewerOf(
  ctx: AppContext,
  organisation: Organisation,
  user: CurrentUser | null,
): Promise<OrganisationViewer> {
  const role = user === null ? null : await membershipRole(ctx, organisation.id, user.id);
  return { user, role };
}

async function membersFor(
  ctx: AppContext,
  organisationId: number,
  viewer: OrganisationViewer,
): Promise<Member[]> {
  const showEmails = canSeeMemberEmails(viewer);
  const rows = await listMembers(ctx.db.kysely, organisationId);
  return rows.map((row) => ({
    userId: row.id,
    name: row.name ?? '',
    email: showEmails ? row.email : null,
    role: row.role,
    since: row.created_at,
  }));
}

export interface OrganisationOverview {
  organisation: Organisation;
  viewer: OrganisationViewer;
  /** `null` for people who may not see the member list. */
  members: Member[] | null;
  canSeeEmails: boolean;
  canManage: boolean;
}

/** An organisation as this person may see it: members for members, e-mails for admins. */
export async function organisationOverview(
  ctx: AppContext,
  slug: string,
  user: CurrentUser | null,
): Promise<OrganisationOverview> {
  const organisation = await getOrganisation(ctx, slug);
  const viewer = await viewerOf(ctx, organisation, user);
  const members = canSeeMembers(viewer) ? await membersFor(ctx, organisation.id, viewer) : null;
  return {
    organisation,
    viewer,
    members,
    canSeeEmails: canSeeMemberEmails(viewer),
    canManage: canManageMembers(viewer),
  };
}

/** The member list for a member of the organisation; ForbiddenError for anyone else. */
export async function membersOfOrganisation(
  ctx: AppContext,
  slug: string,
  user: CurrentUser,
): Promise<{ organisation: Organisation; members: Member[] }> {
  const organisation = await getOrganisation(ctx, slug);
  const viewer = await viewerOf(ctx, organisation, user);
  assertCanSeeMembers(viewer);
  return { organisation, members: await membersFor(ctx, organisation.id, viewer) };
}

/** The organisations a person belongs to, with their role (for the profile and data export). */
export async function membershipsOfUser(ctx: AppContext, userId: number): Promise<UserMembership[]> {
  const rows = await listMembershipsOfUser(ctx.db.kysely, userId);
  return rows.map((row) => ({
    organisationId: row.id,
    name: row.name,
    slug: row.slug,
    role: row.role,
    since: row.created_at,
  }));
}

/**
 * Organisations where this person is the only admin while others are members: deleting the
 * account would leave them without anyone who can manage them.
 */
export async function organisationsOnlyAdministeredBy(
  ctx: AppContext,
  userId: number,
): Promise<UserMembership[]> {
  const rows = await listOrganisationsOnlyAdministeredBy(ctx.db.kysely, userId);
  return rows.map((row) => ({
    organisationId: row.id,
    name: row.name,
    slug: row.slug,
    role: row.role,
    since: row.created_at,
  }));
}
