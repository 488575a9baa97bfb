import { myApplications } from '#src/modules/grants/applications/service.ts';
import type { ApplicationStatus } from '#src/modules/grants/tables.ts';
import { membershipsOfUser } from '#src/modules/organisations/service.ts';
import type { AppContext, CurrentUser } from '#src/platform/context.ts';

const OPEN: readonly ApplicationStatus[] = ['submitted', 'needs_info'];

export interface GrantsOverview {
  /** Per pool she reviews or runs: open applications she has not voted on (not her own). */
  toReview: Array<{ poolSlug: string; poolTitle: string; count: number; path: string }>;
  /** Her own applications, the most recently changed first, at most `limit`. */
  applications: Array<{
    id: number;
    title: string;
    poolTitle: string;
    status: ApplicationStatus;
    path: string;
  }>;
  applicationCount: number;
}

/** Open applications without this person's vote in the pools she reviews or whose organisation she runs. */
async function countToReview(ctx: AppContext, userId: number, adminOrganisationIds: readonly number[]) {
  return ctx.db.kysely
    .selectFrom('grant_applications as a')
    .innerJoin('grant_pools as p', 'p.id', 'a.pool_id')
    .where('a.status', 'in', OPEN)
    .where((eb) => eb.or([eb('a.applicant_id', 'is', null), eb('a.applicant_id', '!=', userId)]))
    .where((eb) =>
      eb.or([
        eb(
          'p.id',
          'in',
          eb.selectFrom('grant_pool_reviewers as r').select('r.pool_id').where('r.user_id', '=', userId),
        ),
        ...(adminOrganisationIds.length > 0 ? [eb('p.organisation_id', 'in', adminOrganisationIds)] : []),
      ]),
    )
    .where((eb) =>
      eb.not(
        eb.exists(
          eb
            .selectFrom('grant_votes as v')
            .select('v.application_id')
            .whereRef('v.application_id', '=', 'a.id')
            .where('v.reviewer_id', '=', userId),
        ),
      ),
    )
    .groupBy(['p.id', 'p.slug', 'p.title'])
    .select((eb) => ['p.slug', 'p.title', eb.fn.countAll<number>().as('n')])
    .orderBy('p.title')
    .execute();
}

/** What waits for this person in the grant pools, for "Mit overblik". */
export async function grantsOverviewFor(
  ctx: AppContext,
  user: CurrentUser,
  limit: number,
): Promise<GrantsOverview> {
  const [memberships, applications] = await Promise.all([
    membershipsOfUser(ctx, user.id),
    myApplications(ctx, user),
  ]);
  const adminOf = memberships.filter((m) => m.role === 'admin').map((m) => m.organisationId);
  const pools = await countToReview(ctx, user.id, adminOf);
  return {
    toReview: pools.map((pool) => ({
      poolSlug: pool.slug,
      poolTitle: pool.title,
      count: Number(pool.n),
      path: `/puljer/${pool.slug}/bedoem`,
    })),
    applications: applications.slice(0, limit).map((application) => ({
      id: application.id,
      title: application.title,
      poolTitle: application.poolTitle,
      status: application.status,
      path: `/mine-ansogninger/${application.id}`,
    })),
    applicationCount: applications.length,
  };
}
