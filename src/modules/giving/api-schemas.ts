import { type Static, Type } from 'typebox';
import { DESCRIPTION_MAX, MAX_EXPIRY_DAYS, MESSAGE_MAX, TITLE_MAX } from '#src/modules/giving/model.ts';
import { CONTACT_STATUSES, DIRECTIONS, GIVE_KINDS, SPONSORSHIP_KINDS } from '#src/modules/giving/tables.ts';
import { PageNumber, pageOf } from '#src/platform/api-schemas.ts';
import { fieldCap } from '#src/platform/form-input.ts';

const literals = <const T extends readonly string[]>(values: T) => Type.Enum(values);
const instant = Type.String({ format: 'date-time' });
const ref = Type.Union([Type.Object({ slug: Type.String(), name: Type.String() }), Type.Null()]);

export const GiveBoardQuery = Type.Object({
  direction: Type.Optional(literals(DIRECTIONS)),
  kind: Type.Optional(literals(GIVE_KINDS)),
  neighbourhood: Type.Optional(
    Type.String({ maxLength: 200, description: 'Neighbourhood slug; an unknown one matches nothing.' }),
  ),
  page: PageNumber,
});

export const GiveItemJson = Type.Object(
  {
    id: Type.Integer(),
    direction: literals(DIRECTIONS),
    kind: literals(GIVE_KINDS),
    sponsorshipKind: Type.Union([literals(SPONSORSHIP_KINDS), Type.Null()]),
    title: Type.String(),
    description: Type.String(),
    status: Type.Enum(['open', 'completed', 'expired'], {
      description:
        'completed: an offer given or a wish fulfilled. Expired items are shown only to their poster.',
    }),
    author: Type.String({ description: 'The organisation posted for, else the person (name only).' }),
    organisation: ref,
    neighbourhood: ref,
    place: ref,
    expiresAt: instant,
    completedAt: Type.Union([instant, Type.Null()]),
    createdAt: instant,
    url: Type.String(),
  },
  { description: 'An offer or wish. Never carries an e-mail address.' },
);
export type GiveItemJson = Static<typeof GiveItemJson>;

export const GiveBoardJson = pageOf(GiveItemJson);

const fields = {
  direction: literals(DIRECTIONS),
  kind: literals(GIVE_KINDS),
  sponsorshipKind: Type.Optional(Type.Union([literals(SPONSORSHIP_KINDS), Type.Null()])),
  title: Type.String({ maxLength: fieldCap(TITLE_MAX) }),
  description: Type.String({ maxLength: fieldCap(DESCRIPTION_MAX) }),
  neighbourhood: Type.Optional(Type.Union([Type.String({ maxLength: 200 }), Type.Null()])),
  place: Type.Optional(
    Type.Union([Type.String({ maxLength: 200 }), Type.Null()], {
      description: 'Slug of a place owned by the organisation; rooms only.',
    }),
  ),
  expiresInDays: Type.Optional(
    Type.Integer({ minimum: 1, maximum: MAX_EXPIRY_DAYS, description: 'Counted from now; default 30.' }),
  ),
};

export const GiveItemCreateJson = Type.Object(
  {
    ...fields,
    organisation: Type.Optional(
      Type.Union([Type.String({ maxLength: 200 }), Type.Null()], {
        description: 'Slug of one of your organisations to post for; absent: yourself.',
      }),
    ),
  },
  { additionalProperties: false },
);
export type GiveItemCreateJson = Static<typeof GiveItemCreateJson>;

export const GiveItemPatchJson = Type.Partial(Type.Object(fields, { additionalProperties: false }));
export type GiveItemPatchJson = Static<typeof GiveItemPatchJson>;

export const ContactCreateJson = Type.Object(
  { message: Type.String({ maxLength: fieldCap(MESSAGE_MAX) }) },
  { additionalProperties: false },
);

export const ContactJson = Type.Object({
  id: Type.Integer(),
  itemId: Type.Integer(),
  itemTitle: Type.String(),
  status: literals(CONTACT_STATUSES),
  role: Type.Enum(['poster', 'requester']),
  message: Type.String(),
  requesterName: Type.String(),
  posterName: Type.String(),
  counterpartEmail: Type.Union([Type.String(), Type.Null()], {
    description: "The other person's e-mail address: null until the poster has accepted.",
  }),
  createdAt: instant,
  decidedAt: Type.Union([instant, Type.Null()]),
});
