import { type Static, Type } from 'typebox';
import {
  EMAIL_MAX_LENGTH,
  NAME_MAX_LENGTH,
  PASSWORD_MAX_LENGTH,
  TOKEN_NAME_MAX_LENGTH,
} from '#src/modules/accounts/validation.ts';
import { fieldCap } from '#src/platform/form-input.ts';
import type { PersonalDataSection } from '#src/platform/personal-data.ts';

// HTML form bodies: lenient (the service gives each field its own message), capped by `fieldCap`.
const text = (maxLength: number) => Type.Optional(Type.String({ maxLength }));
// No cap of its own: safeReturnPath ignores an overlong return address instead of refusing the log-in.
const returnAddress = Type.Optional(Type.String());

export const RegisterForm = Type.Object({
  _csrf: Type.String(),
  name: text(fieldCap(NAME_MAX_LENGTH)),
  email: text(fieldCap(EMAIL_MAX_LENGTH)),
  password: text(fieldCap(PASSWORD_MAX_LENGTH)),
  naeste: returnAddress,
});
export type RegisterForm = Static<typeof RegisterForm>;

export const LoginForm = Type.Object({
  _csrf: Type.String(),
  email: text(fieldCap(EMAIL_MAX_LENGTH)),
  password: text(fieldCap(PASSWORD_MAX_LENGTH)),
  naeste: returnAddress,
});
export type LoginForm = Static<typeof LoginForm>;

export const NextQuery = Type.Object({ naeste: returnAddress });
export const TokenQuery = Type.Object({ token: text(500) });

export const EmailForm = Type.Object({ _csrf: Type.String(), email: text(fieldCap(EMAIL_MAX_LENGTH)) });
export const ResetForm = Type.Object({
  _csrf: Type.String(),
  token: text(500),
  password: text(fieldCap(PASSWORD_MAX_LENGTH)),
});
export const ProfileForm = Type.Object({
  _csrf: Type.String(),
  name: text(fieldCap(NAME_MAX_LENGTH)),
  locale: text(20),
});
export const PasswordChangeForm = Type.Object({
  _csrf: Type.String(),
  currentPassword: text(fieldCap(PASSWORD_MAX_LENGTH)),
  newPassword: text(fieldCap(PASSWORD_MAX_LENGTH)),
});
export const PasswordForm = Type.Object({
  _csrf: Type.String(),
  password: text(fieldCap(PASSWORD_MAX_LENGTH)),
});
export const TokenNameForm = Type.Object({
  _csrf: Type.String(),
  name: text(fieldCap(TOKEN_NAME_MAX_LENGTH)),
});
export const CsrfOnlyForm = Type.Object({ _csrf: Type.String() });

// JSON shapes of the API and the data download. Instants are ISO 8601 strings in UTC.
const instant = Type.String({ format: 'date-time' });
const optionalInstant = Type.Union([instant, Type.Null()]);

export const ProfileJson = Type.Object({
  id: Type.Integer(),
  name: Type.String(),
  email: Type.String(),
  emailVerified: Type.Boolean(),
  emailVerifiedAt: optionalInstant,
  locale: Type.Union([Type.Literal('da'), Type.Literal('en')]),
  isAdmin: Type.Boolean(),
  createdAt: instant,
});
export type ProfileJson = Static<typeof ProfileJson>;

export const ApiTokenJson = Type.Object({
  id: Type.Integer(),
  name: Type.String(),
  prefix: Type.String({ description: 'The first characters of the token, to tell tokens apart.' }),
  createdAt: instant,
  lastUsedAt: optionalInstant,
  revokedAt: optionalInstant,
});
export type ApiTokenJson = Static<typeof ApiTokenJson>;

export const MembershipJson = Type.Object({
  organisationId: Type.Integer(),
  name: Type.String(),
  slug: Type.String(),
  role: Type.Union([Type.Literal('admin'), Type.Literal('member')]),
  since: instant,
});

/** The account's own part of the data download; the modules' sections follow it. */
export const AccountPersonalDataJson = Type.Object({
  exportedAt: instant,
  profile: ProfileJson,
  memberships: Type.Array(MembershipJson),
  sessions: Type.Array(Type.Object({ createdAt: instant, expiresAt: instant })),
  apiTokens: Type.Array(ApiTokenJson),
  invitationsSent: Type.Array(
    Type.Object({
      organisationId: Type.Integer(),
      organisationName: Type.String(),
      email: Type.String(),
      role: Type.Union([Type.Literal('admin'), Type.Literal('member')]),
      createdAt: instant,
      expiresAt: instant,
      acceptedAt: optionalInstant,
    }),
  ),
});
export type AccountPersonalDataJson = Static<typeof AccountPersonalDataJson>;

/** The whole download: the account's part, then each module's section in the composed order. */
export function personalDataJsonSchema(sections: readonly PersonalDataSection[]) {
  return Type.Object({
    ...AccountPersonalDataJson.properties,
    ...Object.fromEntries(sections.map((section) => [section.key, section.schema])),
  });
}
export type PersonalDataJson = AccountPersonalDataJson & Record<string, unknown>;
