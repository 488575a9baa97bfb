import { type Static, Type } from 'typebox';

// HTML form bodies: lenient (the service gives each field its own message), with generous caps.
const text = (maxLength: number) => Type.Optional(Type.String({ maxLength }));

export const RegisterForm = Type.Object({
  _csrf: Type.String(),
  name: text(1000),
  email: text(1000),
  password: text(1000),
});
export type RegisterForm = Static<typeof RegisterForm>;

export const LoginForm = Type.Object({
  _csrf: Type.String(),
  email: text(1000),
  password: text(1000),
  naeste: text(2000),
});
export type LoginForm = Static<typeof LoginForm>;

export const NextQuery = Type.Object({ naeste: text(2000) });
export const TokenQuery = Type.Object({ token: text(500) });

export const EmailForm = Type.Object({ _csrf: Type.String(), email: text(1000) });
export const ResetForm = Type.Object({ _csrf: Type.String(), token: text(500), password: text(1000) });
export const ProfileForm = Type.Object({ _csrf: Type.String(), name: text(1000), locale: text(20) });
export const PasswordChangeForm = Type.Object({
  _csrf: Type.String(),
  currentPassword: text(1000),
  newPassword: text(1000),
});
export const PasswordForm = Type.Object({ _csrf: Type.String(), password: text(1000) });
export const TokenNameForm = Type.Object({ _csrf: Type.String(), name: text(1000) });
export const CsrfOnlyForm = Type.Object({ _csrf: Type.String() });
export const TokenIdParams = Type.Object({ id: Type.Integer({ minimum: 1, maximum: 2_147_483_647 }) });

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

export const PersonalDataJson = Type.Object({
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
export type PersonalDataJson = Static<typeof PersonalDataJson>;

const bothLanguages = Type.Object({ da: Type.String(), en: Type.String() });

/** RFC 9457 problem details, as the error handler sends them, with the message in both languages. */
export const ProblemJson = Type.Object({
  type: Type.String(),
  title: Type.String(),
  status: Type.Integer(),
  code: Type.String(),
  detail: Type.String(),
  message: bothLanguages,
  errors: Type.Optional(Type.Array(Type.Object({ field: Type.String(), message: bothLanguages }))),
  requestId: Type.String(),
});
