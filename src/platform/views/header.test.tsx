import { renderToString } from 'preact-render-to-string';
import { describe, expect, it } from 'vitest';
import { translator } from '#src/platform/i18n.ts';
import { Header } from '#src/platform/views/header.tsx';
import type { HeaderUser } from '#src/platform/views/nav-links.ts';

const resident: HeaderUser = { id: 2, name: 'Jonas Holm', isAdmin: false };
const admin: HeaderUser = { id: 1, name: 'Ada Admin', isAdmin: true };

function header(user: HeaderUser | null, currentPath = '/', locale: 'da' | 'en' = 'da') {
  return renderToString(
    <Header t={translator(locale)} user={user} csrfToken="tok" currentPath={currentPath} />,
  );
}

/** The markup between an opening tag carrying `marker` and the end of the page: one region. */
function region(html: string, marker: string): string {
  const start = html.indexOf(marker);
  expect(start, `${marker} is in the header`).toBeGreaterThanOrEqual(0);
  return html.slice(start);
}

function drawer(html: string): string {
  return region(html, 'class="mobile-drawer');
}

function wideNavigation(html: string): string {
  const start = html.indexOf('class="navigation-menu"');
  return html.slice(start, html.indexOf('class="mobile-drawer'));
}

describe('the header', () => {
  it('has a "Menu" link to the drawer, which works without JavaScript', () => {
    const html = header(null);
    expect(html).toMatch(/<a href="#menu" class="[^"]*js-menu-open[^"]*"[^>]*>.*Menu<\/a>/);
    expect(html).toContain('id="menu" role="dialog" aria-labelledby="menu-heading"');
    expect(drawer(html)).toMatch(/<a href="#top" class="[^"]*js-menu-close[^"]*" aria-label="Luk menu">/);
  });

  it('puts every main section in both the wide navigation and the drawer', () => {
    const html = header(null);
    for (const href of ['/aktiviteter', '/steder', '/find-lokale', '/giv', '/puljer', '/bydele']) {
      expect(wideNavigation(html)).toContain(`href="${href}"`);
      expect(drawer(html)).toContain(`href="${href}"`);
    }
  });

  it('offers an anonymous visitor "Log ind" and "Opret konto", on a wide screen and in the drawer', () => {
    const html = header(null);
    const beforeDrawer = html.slice(0, html.indexOf('class="mobile-drawer'));
    for (const part of [beforeDrawer, drawer(html)]) {
      expect(part).toMatch(/<a href="\/log-ind"[^>]*>Log ind<\/a>/);
      expect(part).toMatch(/<a href="\/opret-konto"[^>]*>Opret konto<\/a>/);
    }
    expect(html).not.toContain('action="/log-ud"');
    expect(html).not.toContain('/mine-bookinger');
  });

  it('gives a logged-in resident the profile, Mit overblik, Mine bookinger and a "Log ud" form with the token', () => {
    const html = header(resident);
    const panel = drawer(html);
    expect(panel).toContain(
      '<a href="/profil" class="nav-link"><span>Jonas Holm</span><span class="helptext">Min profil</span></a>',
    );
    expect(panel).toContain('<a href="/mit-overblik" class="nav-link"><span>Mit overblik</span></a>');
    expect(panel).toContain('<a href="/mine-bookinger" class="nav-link"><span>Mine bookinger</span></a>');
    expect(panel).toMatch(
      /<form method="post" action="\/log-ud"[^>]*><input type="hidden" name="_csrf" value="tok"\/><button type="submit"[^>]*>Log ud<\/button><\/form>/,
    );
    expect(html).toContain('>Jonas Holm</a>');
    expect(html.match(/action="\/log-ud"/g)).toHaveLength(2);
    expect(html).not.toContain('/log-ind');
    expect(html).not.toContain('/admin/moderation');
  });

  it('adds Moderation for an administrator only', () => {
    const html = header(admin);
    expect(drawer(html)).toContain(
      '<a href="/admin/moderation" class="nav-link"><span>Moderation</span></a>',
    );
    expect(html.slice(0, html.indexOf('class="mobile-drawer'))).toContain('href="/admin/moderation"');
  });

  it('marks the current section, also on the pages below it, and only that one', () => {
    const html = header(resident, '/steder/faelleshuset?uge=2');
    expect(html.match(/aria-current="page"/g)).toHaveLength(2);
    expect(html).toContain(
      '<li class="active current"><a href="/steder" class="nav-link" aria-current="page">',
    );
    expect(header(null, '/steder').match(/href="\/" class="nav-link" aria-current/g)).toBeNull();
  });

  it("marks the person's own current page", () => {
    const html = header(resident, '/mine-bookinger');
    expect(html).toContain('<a href="/mine-bookinger" class="function-link" aria-current="page">');
    expect(drawer(html)).toContain('<a href="/mine-bookinger" class="nav-link" aria-current="page">');
  });

  it('switches language back to this page, in the other language', () => {
    const html = header(null, '/steder?side=2', 'en');
    expect(html).toContain('href="/sprog?til=da&amp;tilbage=%2Fsteder%3Fside%3D2" lang="da"');
    expect(html).toContain('>Dansk</a>');
    expect(html).toContain('>Log in</a>');
  });
});
