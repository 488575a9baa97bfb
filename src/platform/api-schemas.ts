import { type TSchema, Type } from 'typebox';

/** A text in both languages the site speaks, as problems and some answers carry it. */
export const BothLanguages = Type.Object({ da: Type.String(), en: Type.String() });

/** RFC 9457 problem details, as the error handler sends them, with the message in both languages. */
export const ProblemJson = Type.Object({
  type: Type.String(),
  title: Type.String(),
  status: Type.Integer(),
  code: Type.String({
    description:
      'Stable code, e.g. validation_failed, not_found, booking_clash, over_budget, conflict_of_interest.',
  }),
  detail: Type.String(),
  message: BothLanguages,
  errors: Type.Optional(Type.Array(Type.Object({ field: Type.String(), message: BothLanguages }))),
  requestId: Type.String(),
});

/** A problem answer with what it means on this route, for a `response` map. */
export function problem(description: string) {
  return { ...ProblemJson, description };
}

/** The same problem shape for each status a route may answer with, for a `response` map. */
export function problemResponses<Status extends number>(
  ...statuses: Status[]
): Record<Status, typeof ProblemJson> {
  return Object.fromEntries(statuses.map((status) => [status, ProblemJson])) as Record<
    Status,
    typeof ProblemJson
  >;
}

/** What a route that takes a personal API token declares as its `security`. */
export const BEARER_AUTH = [{ bearerAuth: [] }];

/** A row id in a URL: a positive integer that fits both databases' `integer`. */
export const DatabaseId = Type.Integer({ minimum: 1, maximum: 2_147_483_647 });

export const IdParams = Type.Object({ id: DatabaseId });
/** A slug in a URL (places, pools, organisations, districts). */
export const Slug = Type.String({ maxLength: 200 });
export const SlugParams = Type.Object({ slug: Slug });

/** `?page=`: which page of a list, from 1. */
export const PageNumber = Type.Optional(Type.Integer({ minimum: 1, maximum: 100_000 }));

/** One page of a list: its items, how many match in all, and which page of how many this is. */
export function pageOf<Item extends TSchema>(
  item: Item,
  descriptions: { items?: string; total?: string } = {},
) {
  return Type.Object({
    items: Type.Array(item, descriptions.items === undefined ? {} : { description: descriptions.items }),
    total: Type.Integer(descriptions.total === undefined ? {} : { description: descriptions.total }),
    page: Type.Integer(),
    pages: Type.Integer(),
  });
}
