/**
 * The organisations module's public vocabulary: the kinds and roles other modules may name (a
 * place's allowed kinds, a test's member). Types and the lists that define them only; the table
 * shapes stay private in tables.ts.
 */
export const ORGANISATION_KINDS = [
  'local_committee',
  'municipality',
  'landowner_developer',
  'housing',
  'association',
  'institution',
  'business',
] as const;
export type OrganisationKind = (typeof ORGANISATION_KINDS)[number];

export const MEMBERSHIP_ROLES = ['admin', 'member'] as const;
export type MembershipRole = (typeof MEMBERSHIP_ROLES)[number];
