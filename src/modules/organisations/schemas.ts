import { Type } from 'typebox';
import { MEMBERSHIP_ROLES, ORGANISATION_KINDS } from '#src/modules/organisations/types.ts';
import {
  CVR_TYPED_MAX,
  DESCRIPTION_MAX,
  EMAIL_MAX,
  NAME_MAX,
} from '#src/modules/organisations/validation.ts';
import { DatabaseId, Slug } from '#src/platform/api-schemas.ts';
import { fieldCap } from '#src/platform/form-input.ts';

// HTML forms: lenient bodies; the service checks the content and answers with field messages.
function formText(maxLength: number) {
  return Type.Optional(Type.String({ maxLength }));
}

export const OrganisationFormBody = Type.Object({
  _csrf: Type.String(),
  name: formText(fieldCap(NAME_MAX)),
  kind: formText(100),
  cvr: formText(fieldCap(CVR_TYPED_MAX)),
  description: formText(fieldCap(DESCRIPTION_MAX)),
});

export const InviteFormBody = Type.Object({
  _csrf: Type.String(),
  email: formText(fieldCap(EMAIL_MAX)),
  role: formText(100),
});

export const RoleFormBody = Type.Object({ _csrf: Type.String(), role: formText(100) });

export const CsrfOnlyBody = Type.Object({ _csrf: Type.String() });

export const MemberParams = Type.Object({ slug: Slug, id: DatabaseId });

export const TokenParams = Type.Object({ token: Type.String({ maxLength: 200 }) });

export const ListPageQuery = Type.Object({
  type: Type.Optional(Type.String({ maxLength: 100 })),
  side: Type.Optional(Type.String({ maxLength: 20 })),
});

// The JSON API: exact schemas, documented in the OpenAPI description.
export const OrganisationKindSchema = Type.Enum(ORGANISATION_KINDS, {
  description:
    'local_committee, municipality, landowner_developer, housing, association, institution or business',
});

export const MembershipRoleSchema = Type.Enum(MEMBERSHIP_ROLES);

export const OrganisationSchema = Type.Object(
  {
    id: Type.Integer({
      minimum: 1,
      description:
        'Stable id; other endpoints take it, e.g. `organisationId` when booking or applying for a grant',
    }),
    slug: Type.String({ description: 'Unique, used in URLs' }),
    name: Type.String(),
    kind: OrganisationKindSchema,
    cvr: Type.Union([Type.String({ pattern: '^[0-9]{8}$' }), Type.Null()], {
      description: 'Danish CVR number',
    }),
    description: Type.String(),
    memberCount: Type.Integer({ minimum: 0 }),
    createdAt: Type.String({ format: 'date-time' }),
    url: Type.String({ description: 'The organisation’s page on Byliv' }),
  },
  { additionalProperties: false },
);

export const OrganisationListQuery = Type.Object(
  {
    kind: Type.Optional(OrganisationKindSchema),
    limit: Type.Optional(Type.Integer({ minimum: 1, maximum: 100, default: 20 })),
    offset: Type.Optional(Type.Integer({ minimum: 0, maximum: 1_000_000, default: 0 })),
  },
  { additionalProperties: false },
);

export const OrganisationListSchema = Type.Object(
  {
    items: Type.Array(OrganisationSchema),
    total: Type.Integer({ minimum: 0, description: 'Matching organisations in all pages' }),
    limit: Type.Integer(),
    offset: Type.Integer(),
  },
  { additionalProperties: false },
);

export const CreateOrganisationBody = Type.Object(
  {
    name: Type.String({ minLength: 1, maxLength: fieldCap(NAME_MAX) }),
    kind: OrganisationKindSchema,
    cvr: Type.Optional(
      Type.Union([Type.String({ maxLength: fieldCap(CVR_TYPED_MAX) }), Type.Null()], {
        description: '8 digits with a valid modulus-11 check; spaces and a DK prefix are ignored',
      }),
    ),
    description: Type.Optional(Type.String({ maxLength: fieldCap(DESCRIPTION_MAX) })),
  },
  { additionalProperties: false },
);

export const MemberSchema = Type.Object(
  {
    userId: Type.Integer(),
    name: Type.String(),
    role: MembershipRoleSchema,
    since: Type.String({ format: 'date-time' }),
    email: Type.Optional(Type.String({ description: 'Only shown to the organisation’s admins' })),
  },
  { additionalProperties: false },
);

export const MemberListSchema = Type.Object(
  { organisation: Type.String({ description: 'The organisation’s slug' }), items: Type.Array(MemberSchema) },
  { additionalProperties: false },
);
