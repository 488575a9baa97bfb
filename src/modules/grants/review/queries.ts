import type { Db } from '#src/modules/grants/queries.ts';
import type { Vote } from '#src/modules/grants/tables.ts';

/** Reviewers' votes and internal comments: Kysely only. */

/** One vote per reviewer and application; voting again changes it. */
export async function upsertVote(
  db: Db,
  vote: { applicationId: number; reviewerId: number; vote: Vote; at: number },
): Promise<void> {
  await db
    .insertInto('grant_votes')
    .values({
      application_id: vote.applicationId,
      reviewer_id: vote.reviewerId,
      vote: vote.vote,
      created_at: vote.at,
      updated_at: vote.at,
    })
    .onConflict((oc) =>
      oc.columns(['application_id', 'reviewer_id']).doUpdateSet({ vote: vote.vote, updated_at: vote.at }),
    )
    .execute();
}

export async function listVotes(db: Db, applicationIds: readonly number[]) {
  if (applicationIds.length === 0) return [];
  return db
    .selectFrom('grant_votes')
    .innerJoin('users', 'users.id', 'grant_votes.reviewer_id')
    .select([
      'grant_votes.application_id',
      'grant_votes.reviewer_id',
      'grant_votes.vote',
      'grant_votes.updated_at',
      'users.name as reviewer_name',
    ])
    .where('grant_votes.application_id', 'in', applicationIds)
    .orderBy('grant_votes.created_at')
    .execute();
}

export async function insertComment(
  db: Db,
  comment: { applicationId: number; authorId: number; body: string; at: number },
): Promise<void> {
  await db
    .insertInto('grant_comments')
    .values({
      application_id: comment.applicationId,
      author_id: comment.authorId,
      body: comment.body,
      created_at: comment.at,
    })
    .execute();
}

export async function listComments(db: Db, applicationId: number) {
  return db
    .selectFrom('grant_comments')
    .leftJoin('users', 'users.id', 'grant_comments.author_id')
    .select([
      'grant_comments.id',
      'grant_comments.body',
      'grant_comments.created_at',
      'users.name as author_name',
    ])
    .where('grant_comments.application_id', '=', applicationId)
    .orderBy('grant_comments.id')
    .execute();
}

/**
 * What a decision reads of its pool and application, in one statement. The application columns
 * are null when the pool has no such application (or only a draft), so "no pool" and "no
 * application" stay two different answers.
 */
export async function findDecisionContextRow(db: Db, poolSlug: string, applicationId: number) {
  return db
    .selectFrom('grant_pools as p')
    .leftJoin('grant_applications as a', (join) =>
      join.onRef('a.pool_id', '=', 'p.id').on('a.id', '=', applicationId).on('a.status', '!=', 'draft'),
    )
    .select([
      'p.id as pool_id',
      'p.organisation_id as pool_organisation_id',
      'p.max_grant_ore',
      'p.decision_rule',
      'p.chair_user_id',
      'a.id as application_id',
      'a.status',
      'a.requested_ore',
      'a.applicant_id',
      'a.organisation_id',
    ])
    .where('p.slug', '=', poolSlug)
    .executeTakeFirst();
}
