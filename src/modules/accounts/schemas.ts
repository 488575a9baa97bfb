import { type Static, Type } from 'typebox';
import {
  EMAIL_MAX_LENGTH,
  NAME_MAX_LENGTH,
  PASSWORD_MAX_LENGTH,
  TOKEN_NAME_MAX_LENGTH,
} from '#src/modules/accounts/validation.ts';
import { fieldCap } from '#src/platform/form-input.ts';

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

const feedCreatedAt = Type.Union([instant, Type.Null()], {
  description:
    'When the private calendar feed link was made; null if there is none. The link is never shown.',
});
const otherName = Type.Union([Type.String(), Type.Null()], {
  description: 'Another person, by name only; null for a deleted account.',
});
const contactJson = {
  itemId: Type.Integer(),
  itemTitle: Type.String(),
  message: Type.String(),
  status: Type.String(),
  createdAt: instant,
  decidedAt: optionalInstant,
};

/** The person's data in the modules added after the foundation; every instant an ISO string. */
const ModulesPersonalDataJson = {
  bookings: Type.Object({
    bookings: Type.Array(
      Type.Object({
        id: Type.Integer(),
        placeName: Type.String(),
        organisationName: Type.Union([Type.String(), Type.Null()]),
        title: Type.String(),
        attendees: Type.Integer(),
        responsibleHostName: Type.String(),
        responsibleHostPhone: Type.String(),
        startsAt: instant,
        endsAt: instant,
        status: Type.String(),
        decisionReason: Type.Union([Type.String(), Type.Null()]),
        decidedAt: optionalInstant,
        cancelledAt: optionalInstant,
        createdAt: instant,
      }),
    ),
    calendarFeedCreatedAt: feedCreatedAt,
    doorCodeViews: Type.Array(Type.Object({ bookingId: Type.Integer(), viewedAt: instant })),
  }),
  activities: Type.Object({
    organised: Type.Array(
      Type.Object({
        id: Type.Integer(),
        kind: Type.String(),
        title: Type.String(),
        description: Type.String(),
        startsAt: instant,
        endsAt: instant,
        recurrence: Type.Union([Type.String(), Type.Null()], { description: 'RFC 5545 RRULE; null: once.' }),
        address: Type.String(),
        organisationName: Type.Union([Type.String(), Type.Null()]),
        cancelledAt: optionalInstant,
        createdAt: instant,
      }),
    ),
    signUps: Type.Array(
      Type.Object({
        activityId: Type.Integer(),
        activityTitle: Type.String(),
        occurrenceStart: instant,
        name: Type.String(),
        email: Type.String(),
        status: Type.String(),
        createdAt: instant,
        cancelledAt: optionalInstant,
      }),
      { description: 'Sign-ups, logged in or as a guest with this e-mail address.' },
    ),
    calendarFeedCreatedAt: feedCreatedAt,
  }),
  giveBoard: Type.Object({
    items: Type.Array(
      Type.Object({
        id: Type.Integer(),
        direction: Type.String(),
        kind: Type.String(),
        sponsorshipKind: Type.Union([Type.String(), Type.Null()]),
        title: Type.String(),
        description: Type.String(),
        organisationName: Type.Union([Type.String(), Type.Null()]),
        expiresAt: instant,
        completedAt: optionalInstant,
        hiddenAt: optionalInstant,
        createdAt: instant,
      }),
    ),
    contactRequestsSent: Type.Array(Type.Object({ ...contactJson, posterName: otherName })),
    contactRequestsReceived: Type.Array(Type.Object({ ...contactJson, requesterName: otherName })),
  }),
  grants: Type.Object({
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
        termsAcceptedAt: optionalInstant,
        submittedAt: optionalInstant,
        decidedAt: optionalInstant,
        decisionReason: Type.Union([Type.String(), Type.Null()]),
        actualSpendOre: Type.Union([Type.Integer(), Type.Null()]),
        reportText: Type.Union([Type.String(), Type.Null()]),
        reportedAt: optionalInstant,
        createdAt: instant,
        updatedAt: instant,
        budgetLines: Type.Array(Type.Object({ description: Type.String(), amountOre: Type.Integer() })),
      }),
      { description: 'Applications made, drafts included; amounts in whole øre.' },
    ),
    reviewComments: Type.Array(
      Type.Object({
        applicationId: Type.Integer(),
        applicationTitle: Type.String(),
        body: Type.String(),
        createdAt: instant,
      }),
    ),
    reviewVotes: Type.Array(
      Type.Object({
        applicationId: Type.Integer(),
        applicationTitle: Type.String(),
        vote: Type.String(),
        createdAt: instant,
        updatedAt: instant,
      }),
    ),
  }),
};

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
  ...ModulesPersonalDataJson,
});
export type PersonalDataJson = Static<typeof PersonalDataJson>;
