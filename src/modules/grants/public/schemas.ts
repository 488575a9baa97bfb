import { type Static, Type } from 'typebox';
import { PUBLIC_STATUSES } from '#src/modules/grants/public/queries.ts';
import { APPLICATION_STATUSES, GRANT_CATEGORIES } from '#src/modules/grants/tables.ts';
import { DatabaseId, Slug } from '#src/platform/api-schemas.ts';

const literals = <const T extends readonly string[]>(values: T) => Type.Enum(values);
const ore = (description: string) => Type.Integer({ description: `${description} Whole øre (DKK × 100).` });
const date = (description: string) =>
  Type.Union([Type.String({ format: 'date' }), Type.Null()], {
    description: `${description} Local date, or null.`,
  });
const days = (description: string) =>
  Type.Union([Type.Number(), Type.Null()], {
    description: `${description} Days, or null before the first decision.`,
  });
const Ref = Type.Object({ slug: Type.String(), name: Type.String(), url: Type.String() });

/** `format=excel`: the CSV in the form Danish Excel opens (see platform/csv). */
export const CsvFormatQuery = Type.Object({ format: Type.Optional(Type.String({ maxLength: 20 })) });
export const GrantParams = Type.Object({
  slug: Slug,
  id: DatabaseId,
});
export const PhotoParams = Type.Object({
  slug: Slug,
  id: DatabaseId,
  photoId: DatabaseId,
});
export const GeoJsonQuery = Type.Object({
  pool: Type.Optional(Type.String({ maxLength: 200, description: 'Only this pool (its slug).' })),
});

export const PoolJson = Type.Object({
  slug: Type.String(),
  title: Type.String(),
  description: Type.String(),
  organisation: Ref,
  opensOn: Type.String({ format: 'date' }),
  closesOn: Type.String({ format: 'date', description: 'Last day to apply (inclusive).' }),
  budgetOre: ore('The budget.'),
  maxGrantOre: ore('The most one initiative can get.'),
  committedOre: ore('Granted so far (paid or not), less commitments undone.'),
  paidOre: ore('Paid out so far.'),
  remainingOre: ore('Budget less committed: what can still be granted.'),
  targetDays: Type.Integer({ description: 'The promised days from submission to decision.' }),
  categories: Type.Array(literals(GRANT_CATEGORIES)),
  url: Type.String({ description: 'The pool page.' }),
});
export type PoolJson = Static<typeof PoolJson>;

export const PublicGrantJson = Type.Object(
  {
    id: Type.Integer(),
    url: Type.String({ description: 'The initiative page.' }),
    pool: Type.Object({ slug: Type.String(), title: Type.String() }),
    title: Type.String(),
    idea: Type.String(),
    category: literals(GRANT_CATEGORIES),
    status: literals(PUBLIC_STATUSES),
    applicant: Type.Object({
      kind: literals(['organisation', 'resident'] as const),
      organisation: Type.Union([Ref, Type.Null()], { description: 'Null when a resident applied.' }),
    }),
    place: Type.Union([Ref, Type.Null()]),
    area: Type.Union([Ref, Type.Null()], {
      description: 'The neighbourhood, or the district where none is drawn.',
    }),
    location: Type.Union([
      Type.Object({
        lat: Type.Number(),
        lon: Type.Number(),
        precision: literals(['point', 'approximate', 'place', 'area'] as const),
      }),
      Type.Null(),
    ]),
    startsOn: date('First day of the initiative.'),
    endsOn: date('Last day of the initiative.'),
    requestedOre: ore('Applied for.'),
    cofundingOre: ore('Other money the applicant brings.'),
    grantedOre: ore('Granted.'),
    submittedOn: date('Submitted.'),
    decidedOn: date('Approved.'),
    paidOn: date('Paid out (the last payout).'),
    reportedOn: date('Reported back.'),
    report: Type.Union([
      Type.Object({
        text: Type.String(),
        actualSpendOre: Type.Union([Type.Integer(), Type.Null()], {
          description: 'Whole øre spent, or null.',
        }),
        photos: Type.Array(
          Type.Object({
            url: Type.String(),
            alt: Type.String(),
            width: Type.Integer(),
            height: Type.Integer(),
          }),
        ),
      }),
      Type.Null(),
    ]),
  },
  {
    description:
      'A funded initiative (approved, paid or reported). A resident applicant is never named; their map point is rounded to about 100 m.',
  },
);
export type PublicGrantJson = Static<typeof PublicGrantJson>;

export const PublicGrantListJson = Type.Object({ pool: PoolJson, items: Type.Array(PublicGrantJson) });
export type PublicGrantListJson = Static<typeof PublicGrantListJson>;

const TallyJson = {
  applications: Type.Integer(),
  requestedOre: ore('Applied for.'),
  grantedOre: ore('Granted to the approved, paid and reported.'),
};

export const PoolFiguresJson = Type.Object({
  pool: PoolJson,
  money: Type.Object({
    budgetOre: ore('The budget.'),
    committedOre: ore('Committed.'),
    paidOre: ore('Paid out.'),
    remainingOre: ore('Budget less committed.'),
    ledger: Type.Object(
      { committedOre: Type.Integer(), paidOre: Type.Integer(), agrees: Type.Boolean() },
      {
        description:
          'The same sums from the ledger (commit − release − return, pay − return); `agrees` compares them.',
      },
    ),
  }),
  applications: Type.Object(
    {
      total: Type.Object(TallyJson),
      byStatus: Type.Array(
        Type.Object({
          status: literals(APPLICATION_STATUSES.filter((status) => status !== 'draft')),
          applications: Type.Integer(),
        }),
      ),
      byCategory: Type.Array(Type.Object({ category: literals(GRANT_CATEGORIES), ...TallyJson })),
      byArea: Type.Array(
        Type.Object({
          area: Type.Union([Ref, Type.Null()], { description: 'Null: the application did not say where.' }),
          ...TallyJson,
        }),
      ),
    },
    { description: 'Submitted applications (drafts are not counted).' },
  ),
  decisionTime: Type.Object(
    {
      targetDays: Type.Integer(),
      decisions: Type.Integer(),
      medianDays: days('Median.'),
      p90Days: days('90th percentile.'),
      withinTarget: Type.Integer({ description: 'Decisions taken within the target.' }),
      withInfoRequest: Type.Integer({ description: 'Decisions that first went back for more information.' }),
      excludingApplicantTime: Type.Object({ medianDays: days('Median.'), p90Days: days('90th percentile.') }),
      awaitingDecision: Type.Integer(),
      oldestWaitingDays: Type.Union([Type.Number(), Type.Null()]),
    },
    {
      description:
        'Calendar days from the first submission to approval or rejection, time back with the applicant included (also given without it). Percentiles interpolate linearly between ranks (as PERCENTILE.INC).',
    },
  ),
});
export type PoolFiguresJson = Static<typeof PoolFiguresJson>;

const GrantFeatureJson = Type.Object({
  type: Type.Literal('Feature'),
  id: Type.Integer(),
  geometry: Type.Object({
    type: Type.Literal('Point'),
    coordinates: Type.Array(Type.Number(), {
      minItems: 2,
      maxItems: 2,
      description: '[longitude, latitude]',
    }),
  }),
  properties: Type.Object({
    name: Type.String({ description: 'The initiative’s title.' }),
    pool: Type.String({ description: 'The pool’s slug.' }),
    status: literals(PUBLIC_STATUSES),
    category: literals(GRANT_CATEGORIES),
    grantedOre: Type.Integer(),
    applicant: Type.Union([Type.String(), Type.Null()], {
      description: 'The organisation; null for a resident.',
    }),
    area: Type.Union([Type.String(), Type.Null()]),
    precision: literals(['point', 'approximate', 'place', 'area'] as const),
    url: Type.String(),
  }),
});
export const GrantFeatureCollectionJson = Type.Object(
  { type: Type.Literal('FeatureCollection'), features: Type.Array(GrantFeatureJson) },
  {
    description:
      'RFC 7946 GeoJSON, served as application/geo+json. Initiatives that say nothing about where are left out.',
  },
);
export type GrantFeatureCollectionJson = Static<typeof GrantFeatureCollectionJson>;
