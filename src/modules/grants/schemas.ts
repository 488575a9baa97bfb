import { type Static, Type } from 'typebox';
import {
  APPLICATION_TITLE_MAX,
  BUDGET_LINES,
  COMMENT_MAX,
  DECISION_REASON_MAX,
  IDEA_MAX,
  PAYMENT_REFERENCE_MAX,
  POOL_REVIEWERS_MAX,
  POOL_TEXT_MAX,
  POOL_TITLE_MAX,
  REPORT_TEXT_MAX,
  SHORT_TEXT_MAX,
  SPONSOR_NOTE_MAX,
  SPONSOR_OFFERS_MAX,
  TARGET_DAYS_MAX,
} from '#src/modules/grants/limits.ts';
import {
  APPLICATION_STATUSES,
  DECISION_RULES,
  GRANT_CATEGORIES,
  LEDGER_KINDS,
  VOTES,
} from '#src/modules/grants/tables.ts';
import { DatabaseId, problemResponses, Slug } from '#src/platform/api-schemas.ts';
import { fieldCap } from '#src/platform/form-input.ts';

// HTML form bodies: lenient (the services give each field its own message), capped by `fieldCap`.
const text = (maxLength: number) => Type.Optional(Type.String({ maxLength }));
const oneOrMany = (maxLength: number) =>
  Type.Optional(
    Type.Union([Type.String({ maxLength }), Type.Array(Type.String({ maxLength }), { maxItems: 200 })]),
  );

export const PoolApplicationParams = Type.Object({
  slug: Slug,
  id: DatabaseId,
});
export const PhotoParams = Type.Object({
  id: DatabaseId,
  photoId: DatabaseId,
});
export const NewPoolQuery = Type.Object({ organisation: text(200) });
export const PhotoQuery = Type.Object({ formaal: text(20), _csrf: text(200) });

export const CsrfForm = Type.Object({ _csrf: Type.String() });

export const PoolForm = Type.Object({
  _csrf: Type.String(),
  organisationId: text(20),
  title: text(fieldCap(POOL_TITLE_MAX)),
  description: text(fieldCap(POOL_TEXT_MAX)),
  criteria: text(fieldCap(POOL_TEXT_MAX)),
  opensOn: text(100),
  closesOn: text(100),
  budget: text(100),
  maxGrant: text(100),
  categories: oneOrMany(50),
  reviewers: oneOrMany(20),
  decisionRule: text(20),
  chairUserId: text(20),
  targetDays: text(20),
});
export type PoolForm = Static<typeof PoolForm>;

const lineFields = Object.fromEntries(
  Array.from({ length: BUDGET_LINES }, (_, index) => [
    [`line${index + 1}Description`, text(fieldCap(SHORT_TEXT_MAX))],
    [`line${index + 1}Amount`, text(100)],
  ]).flat(),
);

export const ApplicationForm = Type.Object({
  _csrf: Type.String(),
  title: text(fieldCap(APPLICATION_TITLE_MAX)),
  idea: text(fieldCap(IDEA_MAX)),
  category: text(50),
  placeSlug: text(200),
  areaSlug: text(200),
  lat: text(50),
  lon: text(50),
  whereText: text(fieldCap(SHORT_TEXT_MAX)),
  startsOn: text(100),
  endsOn: text(100),
  requested: text(100),
  cofunding: text(100),
  sponsorNote: text(fieldCap(SPONSOR_NOTE_MAX)),
  sponsorOfferIds: oneOrMany(20),
  organisationId: text(20),
  terms: text(10),
  handling: text(20),
  ...lineFields,
});
export type ApplicationForm = Static<typeof ApplicationForm>;

export const VoteForm = Type.Object({ _csrf: Type.String(), vote: text(20) });
export const CommentForm = Type.Object({ _csrf: Type.String(), comment: text(fieldCap(COMMENT_MAX)) });
export const DecisionForm = Type.Object({
  _csrf: Type.String(),
  outcome: text(20),
  amount: text(100),
  reason: text(fieldCap(DECISION_REASON_MAX)),
});
export const PaymentForm = Type.Object({
  _csrf: Type.String(),
  date: text(100),
  amount: text(100),
  reference: text(fieldCap(PAYMENT_REFERENCE_MAX)),
});
export const ReportForm = Type.Object({
  _csrf: Type.String(),
  text: text(fieldCap(REPORT_TEXT_MAX)),
  actualSpend: text(100),
});

// JSON shapes of the API. Amounts: whole øre as integers (`…Ore`), the only form accepted as input;
// every amount in a response also comes as a decimal string in kroner (`…Dkk`, e.g. "1500.00"), for reading.
const instant = Type.String({ format: 'date-time' });
const localDate = Type.String({
  pattern: '^\\d{4}-\\d{2}-\\d{2}$',
  description: 'A local date in Copenhagen, YYYY-MM-DD.',
});
const nullable = <T extends Parameters<typeof Type.Union>[0][number]>(schema: T) =>
  Type.Union([schema, Type.Null()]);
const ore = (description: string) =>
  Type.Integer({ minimum: 0, description: `${description}, in whole øre (DKK × 100).` });
const dkk = Type.String({
  pattern: '^-?\\d+\\.\\d{2}$',
  description: 'The same amount in kroner, for reading.',
});

export const CategoryJson = Type.Enum(GRANT_CATEGORIES);
export const StatusJson = Type.Enum(APPLICATION_STATUSES);

export const PoolJson = Type.Object({
  slug: Type.String(),
  title: Type.String(),
  organisation: Type.Object({ slug: Type.String(), name: Type.String() }),
  description: Type.String(),
  criteria: Type.String(),
  opensOn: localDate,
  closesOn: localDate,
  phase: Type.Union([Type.Literal('upcoming'), Type.Literal('open'), Type.Literal('closed')]),
  budgetOre: ore('Total budget'),
  budgetDkk: dkk,
  maxGrantOre: ore('Largest grant per application'),
  maxGrantDkk: dkk,
  committedOre: ore('Granted so far (live commitments)'),
  committedDkk: dkk,
  paidOre: ore('Paid out so far'),
  paidDkk: dkk,
  remainingOre: ore('Budget less commitments'),
  remainingDkk: dkk,
  decisionRule: Type.Enum(DECISION_RULES, {
    description:
      'majority: most approve/reject votes of the reviewers who voted; chair: the chair decides after the votes.',
  }),
  chairUserId: nullable(Type.Integer()),
  targetDays: Type.Integer({ description: 'Target days from submission to decision.' }),
  categories: Type.Array(CategoryJson),
  reviewers: Type.Array(Type.Object({ userId: Type.Integer(), name: nullable(Type.String()) })),
  url: Type.String(),
});
export const PoolListJson = Type.Object({ items: Type.Array(PoolJson) });

export const PoolInputJson = Type.Object(
  {
    organisationId: Type.Optional(
      Type.Integer({ minimum: 1, description: 'Required when creating: the organisation running the pool.' }),
    ),
    title: Type.String({ maxLength: fieldCap(POOL_TITLE_MAX) }),
    description: Type.Optional(Type.String({ maxLength: fieldCap(POOL_TEXT_MAX) })),
    criteria: Type.Optional(Type.String({ maxLength: fieldCap(POOL_TEXT_MAX) })),
    opensOn: localDate,
    closesOn: localDate,
    budgetOre: Type.Integer({ description: 'Whole øre.' }),
    maxGrantOre: Type.Integer({ description: 'Whole øre.' }),
    categories: Type.Array(CategoryJson, { minItems: 1 }),
    reviewerIds: Type.Array(Type.Integer({ minimum: 1 }), { minItems: 1, maxItems: POOL_REVIEWERS_MAX }),
    decisionRule: Type.Enum(DECISION_RULES),
    chairUserId: Type.Optional(nullable(Type.Integer({ minimum: 1 }))),
    targetDays: Type.Optional(Type.Integer({ minimum: 1, maximum: TARGET_DAYS_MAX })),
  },
  { additionalProperties: false },
);

const budgetLine = Type.Object({ description: Type.String(), amountOre: ore('Line amount'), amountDkk: dkk });

export const ApplicationJson = Type.Object({
  id: Type.Integer(),
  pool: Type.Object({ slug: Type.String(), title: Type.String() }),
  status: StatusJson,
  title: Type.String(),
  idea: Type.String(),
  category: CategoryJson,
  applicantName: nullable(Type.String()),
  organisation: nullable(Type.Object({ id: Type.Integer(), name: nullable(Type.String()) })),
  place: nullable(Type.Object({ slug: nullable(Type.String()), name: nullable(Type.String()) })),
  area: nullable(Type.Object({ slug: nullable(Type.String()), name: nullable(Type.String()) })),
  lat: nullable(Type.Number()),
  lon: nullable(Type.Number()),
  whereText: Type.String(),
  startsOn: nullable(localDate),
  endsOn: nullable(localDate),
  requestedOre: ore('Amount requested'),
  requestedDkk: dkk,
  cofundingOre: ore('Co-funding'),
  cofundingDkk: dkk,
  sponsorNote: Type.String({ description: 'Sponsor pledges as free text.' }),
  sponsorOfferIds: Type.Optional(
    Type.Array(Type.Integer(), {
      description:
        'Sponsorship offers on the give-board (/api/v1 giving items) linked as sponsor pledges. Given on a single application (create, get, update).',
    }),
  ),
  grantedOre: nullable(ore('Amount granted')),
  grantedDkk: nullable(dkk),
  budgetLines: Type.Array(budgetLine),
  submittedAt: nullable(instant),
  decidedAt: nullable(instant),
  decisionReason: nullable(
    Type.String({ description: 'The reason of a rejection, or a note with an approval.' }),
  ),
  actualSpendOre: nullable(ore('Actual spend reported')),
  reportText: nullable(Type.String()),
  reportedAt: nullable(instant),
});
export const ApplicationListJson = Type.Object({ items: Type.Array(ApplicationJson) });

export const ApplicationInputJson = Type.Object(
  {
    title: Type.String({ maxLength: fieldCap(APPLICATION_TITLE_MAX) }),
    idea: Type.Optional(Type.String({ maxLength: fieldCap(IDEA_MAX) })),
    category: Type.Optional(CategoryJson),
    placeSlug: Type.Optional(Type.String({ maxLength: 200 })),
    areaSlug: Type.Optional(
      Type.String({ maxLength: 200, description: 'A neighbourhood or district slug.' }),
    ),
    lat: Type.Optional(Type.Number({ minimum: -90, maximum: 90 })),
    lon: Type.Optional(Type.Number({ minimum: -180, maximum: 180 })),
    whereText: Type.Optional(Type.String({ maxLength: fieldCap(SHORT_TEXT_MAX) })),
    startsOn: Type.Optional(localDate),
    endsOn: Type.Optional(localDate),
    requestedOre: Type.Optional(Type.Integer({ description: 'Whole øre.' })),
    cofundingOre: Type.Optional(Type.Integer({ description: 'Whole øre.' })),
    sponsorNote: Type.Optional(Type.String({ maxLength: fieldCap(SPONSOR_NOTE_MAX) })),
    sponsorOfferIds: Type.Optional(
      Type.Array(Type.Integer({ minimum: 1 }), {
        maxItems: SPONSOR_OFFERS_MAX,
        description:
          'Ids of open sponsorship offers on the give-board to link (replaces the links; omitted: none). One already linked may stay after it was given or expired.',
      }),
    ),
    organisationId: Type.Optional(nullable(Type.Integer({ minimum: 1 }))),
    budgetLines: Type.Optional(
      Type.Array(
        Type.Object({
          description: Type.String({ maxLength: fieldCap(SHORT_TEXT_MAX) }),
          amountOre: Type.Integer(),
        }),
        {
          maxItems: BUDGET_LINES,
        },
      ),
    ),
    termsAccepted: Type.Optional(Type.Boolean()),
    submit: Type.Optional(
      Type.Boolean({
        description: 'true: submit now (eligibility checked); false (default): keep as a draft.',
      }),
    ),
  },
  { additionalProperties: false },
);

export const QueueItemJson = Type.Object({
  application: ApplicationJson,
  daysWaiting: Type.Integer(),
  targetDays: Type.Integer(),
  votes: Type.Object({ approve: Type.Integer(), reject: Type.Integer(), abstain: Type.Integer() }),
  myVote: nullable(Type.Enum(VOTES)),
});
export const QueueJson = Type.Object({
  waiting: Type.Array(QueueItemJson),
  decided: Type.Array(QueueItemJson),
});

export const VoteJson = Type.Object({ vote: Type.Enum(VOTES) }, { additionalProperties: false });
export const CommentJson = Type.Object(
  { body: Type.String({ maxLength: fieldCap(COMMENT_MAX) }) },
  { additionalProperties: false },
);
export const DecisionJson = Type.Object(
  {
    outcome: Type.Union([Type.Literal('approve'), Type.Literal('reject'), Type.Literal('needs_info')]),
    grantedOre: Type.Optional(
      Type.Integer({
        description: 'Approve only: whole øre, at most the amount requested; default the full amount.',
      }),
    ),
    reason: Type.Optional(
      Type.String({
        maxLength: fieldCap(DECISION_REASON_MAX),
        description: 'Required to reject (sent to the applicant) and to ask for more information.',
      }),
    ),
  },
  { additionalProperties: false },
);
export const PaymentJson = Type.Object(
  {
    date: localDate,
    amountOre: Type.Integer({ description: 'Whole øre.' }),
    reference: Type.Optional(Type.String({ maxLength: fieldCap(PAYMENT_REFERENCE_MAX) })),
  },
  { additionalProperties: false },
);
export const LedgerJson = Type.Object({
  items: Type.Array(
    Type.Object({
      kind: Type.Enum(LEDGER_KINDS),
      amountOre: ore('Amount'),
      amountDkk: dkk,
      bookedOn: nullable(localDate),
      reference: Type.String(),
      createdAt: instant,
    }),
  ),
});
export const NoContent = Type.Null({ description: 'Done.' });
export const StatusResultJson = Type.Object({ id: Type.Integer(), status: StatusJson });

/** The OpenAPI tag and the problems every grants JSON route may answer with. */
export const TAGS = ['grants'];
export const PROBLEMS = problemResponses(400, 401, 403, 404, 409, 422);
