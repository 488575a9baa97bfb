import type { Generated } from 'kysely';
import type { MembershipRole, OrganisationKind } from '#src/modules/organisations/types.ts';

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
