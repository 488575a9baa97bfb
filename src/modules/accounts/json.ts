import type { ApiTokenSummary } from '#src/modules/accounts/api-tokens-service.ts';
import type { PersonalData } from '#src/modules/accounts/privacy-service.ts';
import type { ApiTokenJson, PersonalDataJson, ProfileJson } from '#src/modules/accounts/schemas.ts';
import type { Profile } from '#src/modules/accounts/service.ts';

function iso(epochMs: number): string {
  return new Date(epochMs).toISOString();
}

function isoOrNull(epochMs: number | null): string | null {
  return epochMs === null ? null : iso(epochMs);
}

export function profileJson(profile: Profile): ProfileJson {
  return {
    id: profile.id,
    name: profile.name,
    email: profile.email,
    emailVerified: profile.emailVerifiedAt !== null,
    emailVerifiedAt: isoOrNull(profile.emailVerifiedAt),
    locale: profile.locale,
    isAdmin: profile.isAdmin,
    createdAt: iso(profile.createdAt),
  };
}

export function apiTokenJson(token: ApiTokenSummary): ApiTokenJson {
  return {
    id: token.id,
    name: token.name,
    prefix: token.prefix,
    createdAt: iso(token.createdAt),
    lastUsedAt: isoOrNull(token.lastUsedAt),
    revokedAt: isoOrNull(token.revokedAt),
  };
}

export function personalDataJson(data: PersonalData): PersonalDataJson {
  return {
    exportedAt: iso(data.exportedAt),
    profile: profileJson(data.profile),
    memberships: data.memberships.map((membership) => ({ ...membership, since: iso(membership.since) })),
    sessions: data.sessions.map((session) => ({
      createdAt: iso(session.createdAt),
      expiresAt: iso(session.expiresAt),
    })),
    apiTokens: data.apiTokens.map(apiTokenJson),
    invitationsSent: data.invitationsSent.map((invitation) => ({
      ...invitation,
      createdAt: iso(invitation.createdAt),
      expiresAt: iso(invitation.expiresAt),
      acceptedAt: isoOrNull(invitation.acceptedAt),
    })),
    ...Object.fromEntries(data.sections),
  };
}
