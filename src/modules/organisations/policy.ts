import type { MembershipRole } from '#src/modules/organisations/types.ts';
import type { CurrentUser } from '#src/platform/context.ts';
import { ForbiddenError } from '#src/platform/errors.ts';

/**
 * Who is looking at an organisation: the person (if logged in) and their role in it (if any).
 * Anyone may see an organisation's public details and member count.
 */
export interface OrganisationViewer {
  user: CurrentUser | null;
  role: MembershipRole | null;
}

/** Members see who the other members are (names); site administrators too, to moderate. */
export function canSeeMembers(viewer: OrganisationViewer): boolean {
  return viewer.role !== null || viewer.user?.isAdmin === true;
}

/** E-mail addresses are for the organisation's admins (and site administrators) only. */
export function canSeeMemberEmails(viewer: OrganisationViewer): boolean {
  return viewer.role === 'admin' || viewer.user?.isAdmin === true;
}

/** Inviting, changing roles and removing members: the organisation's own admins. */
export function canManageMembers(viewer: OrganisationViewer): boolean {
  return viewer.role === 'admin';
}

export function assertCanSeeMembers(viewer: OrganisationViewer): void {
  if (!canSeeMembers(viewer)) throw new ForbiddenError('organisations.error.membersOnly');
}

export function assertCanManageMembers(viewer: OrganisationViewer): void {
  if (!canManageMembers(viewer)) throw new ForbiddenError('organisations.error.adminsOnly');
}
