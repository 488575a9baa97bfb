import {
  MEMBERSHIP_ROLES,
  type MembershipRole,
  ORGANISATION_KINDS,
  type OrganisationKind,
} from '#src/modules/organisations/types.ts';
import type { PlainMessageKey, Translator } from '#src/platform/i18n.ts';

const KIND_LABELS: Record<OrganisationKind, PlainMessageKey> = {
  local_committee: 'organisations.kind.local_committee',
  municipality: 'organisations.kind.municipality',
  landowner_developer: 'organisations.kind.landowner_developer',
  housing: 'organisations.kind.housing',
  association: 'organisations.kind.association',
  institution: 'organisations.kind.institution',
  business: 'organisations.kind.business',
};

const ROLE_LABELS: Record<MembershipRole, PlainMessageKey> = {
  admin: 'organisations.role.admin',
  member: 'organisations.role.member',
};

export function kindLabel(t: Translator, kind: OrganisationKind): string {
  return t.t(KIND_LABELS[kind]);
}

export function roleLabel(t: Translator, role: MembershipRole): string {
  return t.t(ROLE_LABELS[role]);
}

export function kindOptions(t: Translator): Array<{ value: string; label: string }> {
  return ORGANISATION_KINDS.map((kind) => ({ value: kind, label: kindLabel(t, kind) }));
}

export function roleOptions(t: Translator): Array<{ value: string; label: string }> {
  return MEMBERSHIP_ROLES.map((role) => ({ value: role, label: roleLabel(t, role) }));
}

export function organisationPath(slug: string): string {
  return `/organisationer/${encodeURIComponent(slug)}`;
}
