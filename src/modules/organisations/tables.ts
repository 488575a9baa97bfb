import type { Generated } from 'kysely';

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

export interface OrganisationsTable {
  id: Generated<number>;
  name: string;
  slug: string;
  kind: OrganisationKind;
  /** Danish company number, 8 digits with a valid modulus-11 check; optional. */
  cvr: string | null;
  description: string;
  created_by: number | null;
  created_at: number;
}

export interface MembershipsTable {
  organisation_id: number;
  user_id: number;
  role: MembershipRole;
  created_at: number;
}

export interface InvitationsTable {
  id: Generated<number>;
  organisation_id: number;
  email: string;
  role: MembershipRole;
  token_hash: string;
  invited_by: number | null;
  created_at: number;
  expires_at: number;
  accepted_at: number | null;
  accepted_by: number | null;
}
