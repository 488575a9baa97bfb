import { Type } from 'typebox';
import type { AppContext } from '#src/platform/context.ts';
import { InstantJson, OptionalInstantJson, type PersonalDataSection } from '#src/platform/personal-data.ts';

/** What the grants hold about one person, for their data download (GDPR art. 15/20). Amounts in whole øre. */
export interface GrantsPersonalData {
  /** Their applications, drafts included, with budget lines and report. */
  applications: Array<{
    id: number;
    poolTitle: string;
    organisationName: string | null;
    title: string;
    idea: string;
    category: string;
    whereText: string;
    startsOn: string | null;
    endsOn: string | null;
    requestedOre: number;
    cofundingOre: number;
    sponsorNote: string;
    grantedOre: number | null;
    status: string;
    termsAcceptedAt: string | null;
    submittedAt: string | null;
    decidedAt: string | null;
    decisionReason: string | null;
    actualSpendOre: number | null;
    reportText: string | null;
    reportedAt: string | null;
    createdAt: string;
    updatedAt: string;
    budgetLines: Array<{ description: string; amountOre: number }>;
  }>;
  /** Comments they wrote as a reviewer. */
  reviewComments: Array<{ applicationId: number; applicationTitle: string; body: string; createdAt: string }>;
  /** Votes they cast as a reviewer. */
  reviewVotes: Array<{
    applicationId: number;
    applicationTitle: string;
    vote: string;
    createdAt: string;
    updatedAt: string;
  }>;
}

function iso(epochMs: number): string {
  return new Date(epochMs).toISOString();
}

function isoOrNull(epochMs: number | null): string | null {
  return epochMs === null ? null : iso(epochMs);
}

/**
 * A person's grant applications (with budget lines and report) and what they wrote as a
 * reviewer. Queries are here rather than in queries.ts as they serve only this export.
 */
export async function personalDataOf(
  ctx: AppContext,
  userId: number,
  _email: string,
): Promise<GrantsPersonalData> {
  const db = ctx.db.kysely;
  const [applications, lines, comments, votes] = await Promise.all([
    db
      .selectFrom('grant_applications as a')
      .innerJoin('grant_pools as p', 'p.id', 'a.pool_id')
      .leftJoin('organisations as o', 'o.id', 'a.organisation_id')
      .where('a.applicant_id', '=', userId)
      .select([
        'a.id',
        'p.title as pool_title',
        'o.name as organisation_name',
        'a.title',
        'a.idea',
        'a.category',
        'a.where_text',
        'a.starts_on',
        'a.ends_on',
        'a.requested_ore',
        'a.cofunding_ore',
        'a.sponsor_note',
        'a.granted_ore',
        'a.status',
        'a.terms_accepted_at',
        'a.submitted_at',
        'a.decided_at',
        'a.decision_reason',
        'a.actual_spend_ore',
        'a.report_text',
        'a.reported_at',
        'a.created_at',
        'a.updated_at',
      ])
      .orderBy('a.created_at')
      .orderBy('a.id')
      .execute(),
    db
      .selectFrom('grant_budget_lines as l')
      .innerJoin('grant_applications as a', 'a.id', 'l.application_id')
      .where('a.applicant_id', '=', userId)
      .select(['l.application_id', 'l.description', 'l.amount_ore'])
      .orderBy('l.application_id')
      .orderBy('l.sort_order')
      .orderBy('l.id')
      .execute(),
    db
      .selectFrom('grant_comments as c')
      .innerJoin('grant_applications as a', 'a.id', 'c.application_id')
      .where('c.author_id', '=', userId)
      .select(['c.application_id', 'a.title as application_title', 'c.body', 'c.created_at'])
      .orderBy('c.created_at')
      .orderBy('c.id')
      .execute(),
    db
      .selectFrom('grant_votes as v')
      .innerJoin('grant_applications as a', 'a.id', 'v.application_id')
      .where('v.reviewer_id', '=', userId)
      .select(['v.application_id', 'a.title as application_title', 'v.vote', 'v.created_at', 'v.updated_at'])
      .orderBy('v.created_at')
      .orderBy('v.application_id')
      .execute(),
  ]);
  return {
    applications: applications.map((row) => ({
      id: row.id,
      poolTitle: row.pool_title,
      organisationName: row.organisation_name,
      title: row.title,
      idea: row.idea,
      category: row.category,
      whereText: row.where_text,
      startsOn: row.starts_on,
      endsOn: row.ends_on,
      requestedOre: row.requested_ore,
      cofundingOre: row.cofunding_ore,
      sponsorNote: row.sponsor_note,
      grantedOre: row.granted_ore,
      status: row.status,
      termsAcceptedAt: isoOrNull(row.terms_accepted_at),
      submittedAt: isoOrNull(row.submitted_at),
      decidedAt: isoOrNull(row.decided_at),
      decisionReason: row.decision_reason,
      actualSpendOre: row.actual_spend_ore,
      reportText: row.report_text,
      reportedAt: isoOrNull(row.reported_at),
      createdAt: iso(row.created_at),
      updatedAt: iso(row.updated_at),
      budgetLines: lines
        .filter((line) => line.application_id === row.id)
        .map((line) => ({ description: line.description, amountOre: line.amount_ore })),
    })),
    reviewComments: comments.map((row) => ({
      applicationId: row.application_id,
      applicationTitle: row.application_title,
      body: row.body,
      createdAt: iso(row.created_at),
    })),
    reviewVotes: votes.map((row) => ({
      applicationId: row.application_id,
      applicationTitle: row.application_title,
      vote: row.vote,
      createdAt: iso(row.created_at),
      updatedAt: iso(row.updated_at),
    })),
  };
}

/** The JSON shape of the section, as the API documents it; every instant an ISO string. */
const GrantsPersonalDataJson = Type.Object({
  applications: Type.Array(
    Type.Object({
      id: Type.Integer(),
      poolTitle: Type.String(),
      organisationName: Type.Union([Type.String(), Type.Null()]),
      title: Type.String(),
      idea: Type.String(),
      category: Type.String(),
      whereText: Type.String(),
      startsOn: Type.Union([Type.String({ format: 'date' }), Type.Null()]),
      endsOn: Type.Union([Type.String({ format: 'date' }), Type.Null()]),
      requestedOre: Type.Integer(),
      cofundingOre: Type.Integer(),
      sponsorNote: Type.String(),
      grantedOre: Type.Union([Type.Integer(), Type.Null()]),
      status: Type.String(),
      termsAcceptedAt: OptionalInstantJson,
      submittedAt: OptionalInstantJson,
      decidedAt: OptionalInstantJson,
      decisionReason: Type.Union([Type.String(), Type.Null()]),
      actualSpendOre: Type.Union([Type.Integer(), Type.Null()]),
      reportText: Type.Union([Type.String(), Type.Null()]),
      reportedAt: OptionalInstantJson,
      createdAt: InstantJson,
      updatedAt: InstantJson,
      budgetLines: Type.Array(Type.Object({ description: Type.String(), amountOre: Type.Integer() })),
    }),
    { description: 'Applications made, drafts included; amounts in whole øre.' },
  ),
  reviewComments: Type.Array(
    Type.Object({
      applicationId: Type.Integer(),
      applicationTitle: Type.String(),
      body: Type.String(),
      createdAt: InstantJson,
    }),
  ),
  reviewVotes: Type.Array(
    Type.Object({
      applicationId: Type.Integer(),
      applicationTitle: Type.String(),
      vote: Type.String(),
      createdAt: InstantJson,
      updatedAt: InstantJson,
    }),
  ),
});

/** The grants' section of the data download. */
export const grantsPersonalData: PersonalDataSection<typeof GrantsPersonalDataJson> = {
  key: 'grants',
  schema: GrantsPersonalDataJson,
  collect: (ctx, person) => personalDataOf(ctx, person.id, person.email),
};
