import { expect } from 'vitest';
import { addOrganisationWithMembers } from '#src/modules/organisations/service.ts';
import type { MembershipRole, OrganisationKind } from '#src/modules/organisations/types.ts';
import { TestAgent } from '#src/testing/agent.ts';
import type { TestPerson } from '#src/testing/fixtures.ts';
import type { TestApp } from '#src/testing/test-app.ts';

/** A browser logged in as this person. */
export async function browserOf(t: TestApp, person: TestPerson): Promise<TestAgent> {
  const agent = new TestAgent(t.app);
  agent.setCookie('byliv_session', person.sessionToken);
  await agent.get('/organisationer');
  return agent;
}

export function anonymousBrowser(t: TestApp): TestAgent {
  return new TestAgent(t.app);
}

/** An organisation with these people in it, written directly; returns its slug. */
export async function givenOrganisation(
  t: TestApp,
  name: string,
  members: Array<[TestPerson, MembershipRole]>,
  kind: OrganisationKind = 'association',
): Promise<string> {
  return addOrganisationWithMembers(
    t.ctx,
    { name, kind },
    members.map(([person, role]) => ({ userId: person.id, role })),
  );
}

export async function roleOf(t: TestApp, slug: string, person: TestPerson): Promise<MembershipRole | null> {
  const row = await t.ctx.db.kysely
    .selectFrom('memberships')
    .innerJoin('organisations', 'organisations.id', 'memberships.organisation_id')
    .select('memberships.role')
    .where('organisations.slug', '=', slug)
    .where('memberships.user_id', '=', person.id)
    .executeTakeFirst();
  return row?.role ?? null;
}

export function bearer(person: TestPerson): Record<string, string> {
  return { authorization: `Bearer ${person.apiToken}` };
}

/** The path of the invitation link in a mail, e.g. `/invitationer/abc…`. */
export function invitationPathFromMail(text: string | undefined): string {
  const match = /https?:\/\/[^\s/]+(\/invitationer\/[A-Za-z0-9_-]+)/.exec(text ?? '');
  expect(match?.[1], `no invitation link in: ${text}`).toBeDefined();
  return match?.[1] ?? '';
}
