import type { Translator } from '#src/platform/i18n.ts';

/** Who the header is drawn for: enough to choose the links, nothing more. */
export interface HeaderUser {
  id: number;
  name: string;
  isAdmin: boolean;
}

export interface NavLink {
  href: string;
  label: string;
  /** A second line under the label in the drawer (DKFDS `helptext`). */
  helptext?: string;
}

/** The site's sections, in the order of the main navigation. */
export function mainLinks(t: Translator): NavLink[] {
  return [
    { href: '/', label: t.t('nav.home') },
    { href: '/aktiviteter', label: t.t('nav.activities') },
    { href: '/steder', label: t.t('nav.places') },
    { href: '/find-lokale', label: t.t('nav.findRoom') },
    { href: '/giv', label: t.t('nav.giveBoard') },
    { href: '/puljer', label: t.t('nav.pools') },
    { href: '/bydele', label: t.t('nav.districts') },
    { href: '/organisationer', label: t.t('nav.organisations') },
  ];
}

/**
 * A logged-in person's own pages, first the profile under the person's name (which says who is
 * logged in); an administrator also gets Moderation.
 */
export function accountLinks(t: Translator, user: HeaderUser): NavLink[] {
  const links: NavLink[] = [
    { href: '/profil', label: user.name, helptext: t.t('nav.profile') },
    { href: '/mit-overblik', label: t.t('nav.overview') },
    { href: '/mine-bookinger', label: t.t('nav.myBookings') },
  ];
  if (user.isAdmin) links.push({ href: '/admin/moderation', label: t.t('nav.moderation') });
  return links;
}

/** A link is current on its own page and on the pages below it; the home page only on itself. */
export function isCurrent(currentPath: string, href: string): boolean {
  const path = currentPath.split('?')[0] ?? '';
  return href === '/' ? path === '/' : path === href || path.startsWith(`${href}/`);
}
