import type { Kysely, Transaction } from 'kysely';
import type { Database } from '#src/db/schema.ts';
import type { MembershipRole, OrganisationKind } from '#src/modules/organisations/types.ts';

type Executor = Kysely<Database> | Transaction<Database>;

export interface OrganisationRow {
  id: number;
  name: string;
  slug: string;
  kind: OrganisationKind;
  cvr: string | null;
  description: string;
  created_at: number;
  member_count: number;
}

export async function listMembershipsOfUser(db: Executor, userId: number) {
  return db
    .selectFrom('memberships')
    .innerJoin('organisations', 'organisations.id', 'memberships.organisation_id')
    .select([
      'organisations.id',
      'organisations.name',
      'organisations.slug',
      'memberships.role',
      'memberships.created_at',
    ])
    .where('memberships.user_id', '=', userId)
    .orderBy('organisations.name')
    .execute();
}

/** Organisations where this person is the only admin and someone else is a member. */
export async function listOrganisationsOnlyAdministeredBy(db: Executor, userId: number) {
  return db
    .selectFrom('memberships as mine')
    .innerJoin('organisations', 'organisations.id', 'mine.organisation_id')
    .innerJoin('memberships as everyone', 'everyone.organisation_id', 'mine.organisation_id')
    .innerJoin('users', 'users.id', 'everyone.user_id')
    .select(['organisations.id', 'organisations.name', 'organisations.slug', 'mine.role', 'mine.created_at'])
    .where('mine.user_id', '=', userId)
    .where('mine.role', '=', 'admin')
    .where('users.deleted_at', 'is', null)
    .groupBy(['organisations.id', 'organisations.name', 'organisations.slug', 'mine.role', 'mine.created_at'])
    .having((eb) => eb.fn.countAll(), '>', 1)
    .having((eb) => eb.fn.sum(eb.case().when('everyone.role', '=', 'admin').then(1).else(0).end()), '=', 1)
    .orderBy('organisations.name')
    .execute();
}

function organisationColumns(db: Executor) {
  return db.selectFrom('organisations').select((eb) => [
    'organisations.id',
    'organisations.name',
    'organisations.slug',
    'organisations.kind',
    'organisations.cvr',
    'organisations.description',
    'organisations.created_at',
    eb
      .selectFrom('memberships')
      .innerJoin('users', 'users.id', 'memberships.user_id')
      .select((inner) => inner.fn.countAll<number>().as('n'))
      .whereRef('memberships.organisation_id', '=', 'organisations.id')
      .where('users.deleted_at', 'is', null)
      .as('member_count'),
  ]);
}

function toOrganisationRow(row: {
  id: number;
  name: string;
  slug: string;
  kind: OrganisationKind;
  cvr: string | null;
  description: string;
  created_at: number;
  member_count: number | null;
}): OrganisationRow {
  return { ...row, member_count: Number(row.member_count ?? 0) };
}

export async function findOrganisationBySlug(
  db: Executor,
  slug: string,
): Promise<OrganisationRow | undefined> {
  const row = await organisationColumns(db).where('organisations.slug', '=', slug).executeTakeFirst();
  return row === undefined ? undefined : toOrganisationRow(row);
}

/** The organisation of this exact name, the first made should two share it. */
export async function findOrganisationByName(
  db: Executor,
  name: string,
): Promise<OrganisationRow | undefined> {
  const row = await organisationColumns(db)
    .where('organisations.name', '=', name)
    .orderBy('organisations.id')
    .executeTakeFirst();
  return row === undefined ? undefined : toOrganisationRow(row);
}

export async function listOrganisationPage(
  db: Executor,
  filter: { kind: OrganisationKind | null; limit: number; offset: number },
): Promise<OrganisationRow[]> {
  let query = organisationColumns(db);
  if (filter.kind !== null) query = query.where('organisations.kind', '=', filter.kind);
  const rows = await query
    .orderBy((eb) => eb.fn('lower', ['organisations.name']))
    .orderBy('organisations.id')
    .limit(filter.limit)
    .offset(filter.offset)
    .execute();
  return rows.map(toOrganisationRow);
}

export async function countOrganisations(db: Executor, kind: OrganisationKind | null): Promise<number> {
  let query = db.selectFrom('organisations').select((eb) => eb.fn.countAll<number>().as('n'));
  if (kind !== null) query = query.where('kind', '=', kind);
  const row = await query.executeTakeFirstOrThrow();
  return Number(row.n);
}

/** Slugs equal to `base` or of the form `base-…`, to pick a free one. */
export async function listSlugsStartingWith(db: Executor, base: string): Promise<string[]> {
  const rows = await db
    .selectFrom('organisations')
    .select('slug')
    .where((eb) => eb.or([eb('slug', '=', base), eb('slug', 'like', `${base}-%`)]))
    .execute();
  return rows.map((row) => row.slug);
}

export async function insertOrganisation(
  db: Executor,
  values: {
    name: string;
    slug: string;
    kind: OrganisationKind;
    cvr: string | null;
    description: string;
    created_by: number | null;
    created_at: number;
  },
): Promise<number> {
  const row = await db.insertInto('organisations').values(values).returning('id').executeTakeFirstOrThrow();
  return row.id;
}

export async function findMembershipRole(
  db: Executor,
  organisationId: number,
  userId: number,
): Promise<MembershipRole | undefined> {
  const row = await db
    .selectFrom('memberships')
    .select('role')
    .where('organisation_id', '=', organisationId)
    .where('user_id', '=', userId)
    .executeTakeFirst();
  return row?.role;
}

/** Adds a membership; does nothing when the person is already a member. */
export async function insertMembership(
  db: Executor,
  values: { organisation_id: number; user_id: number; role: MembershipRole; created_at: number },
): Promise<boolean> {
  const result = await db
    .insertInto('memberships')
    .values(values)
    .onConflict((oc) => oc.columns(['organisation_id', 'user_id']).doNothing())
    .executeTakeFirst();
  return Number(result.numInsertedOrUpdatedRows ?? 0) > 0;
}

export async function updateMembershipRole(
  db: Executor,
  organisationId: number,
  userId: number,
  role: MembershipRole,
): Promise<void> {
  await db
    .updateTable('memberships')
    .set({ role })
    .where('organisation_id', '=', organisationId)
    .where('user_id', '=', userId)
    .execute();
}

export async function deleteMembership(db: Executor, organisationId: number, userId: number): Promise<void> {
  await db
    .deleteFrom('memberships')
    .where('organisation_id', '=', organisationId)
    .where('user_id', '=', userId)
    .execute();
}

/** Admins with a live account: a deleted account cannot manage anything. */
export async function countAdmins(db: Executor, organisationId: number): Promise<number> {
  const row = await db
    .selectFrom('memberships')
    .innerJoin('users', 'users.id', 'memberships.user_id')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where('memberships.organisation_id', '=', organisationId)
    .where('memberships.role', '=', 'admin')
    .where('users.deleted_at', 'is', null)
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

export async function listMembers(db: Executor, organisationId: number) {
  return db
    .selectFrom('memberships')
    .innerJoin('users', 'users.id', 'memberships.user_id')
    .select(['users.id', 'users.name', 'users.email', 'memberships.role', 'memberships.created_at'])
    .where('memberships.organisation_id', '=', organisationId)
    .where('users.deleted_at', 'is', null)
    .orderBy((eb) => eb.case().when('memberships.role', '=', 'admin').then(0).else(1).end())
    .orderBy((eb) => eb.fn('lower', ['users.name']))
    .orderBy('users.id')
    .execute();
}

export async function findMember(db: Executor, organisationId: number, userId: number) {
  return db
    .selectFrom('memberships')
    .innerJoin('users', 'users.id', 'memberships.user_id')
    .select(['users.id', 'users.name', 'memberships.role'])
    .where('memberships.organisation_id', '=', organisationId)
    .where('memberships.user_id', '=', userId)
    .executeTakeFirst();
}
