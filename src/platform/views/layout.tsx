import type { ComponentChildren } from 'preact';
import type { PageAssets } from '#src/platform/assets.ts';
import type { Translator } from '#src/platform/i18n.ts';
import { PageHead } from '#src/platform/views/page-head.tsx';

export interface LayoutUser {
  id: number;
  name: string;
  isAdmin: boolean;
}

export interface LayoutModel {
  t: Translator;
  title: string;
  user: LayoutUser | null;
  csrfToken: string;
  /** Path and query of this page, for the language switch to come back to. */
  currentPath: string;
  flash: string | null;
  assets: PageAssets;
  children: ComponentChildren;
}

function LanguageSwitch({ t, currentPath }: Pick<LayoutModel, 't' | 'currentPath'>) {
  const other = t.locale === 'da' ? 'en' : 'da';
  const href = `/sprog?til=${other}&tilbage=${encodeURIComponent(currentPath)}`;
  return (
    <a href={href} lang={other} hrefLang={other} class="function-link" aria-label={t.t('nav.switchToLabel')}>
      {t.t('nav.switchTo')}
    </a>
  );
}

function UserLinks({ t, user, csrfToken }: Pick<LayoutModel, 't' | 'user' | 'csrfToken'>) {
  if (user === null) {
    return (
      <div class="portal-user">
        <a href="/log-ind" class="button button-secondary">
          {t.t('nav.login')}
        </a>{' '}
        <a href="/opret-konto" class="function-link">
          {t.t('nav.register')}
        </a>
      </div>
    );
  }
  return (
    <div class="portal-user">
      <a href="/profil" class="user">
        {user.name}
      </a>{' '}
      <a href="/mine-bookinger" class="function-link">
        {t.t('nav.myBookings')}
      </a>{' '}
      {user.isAdmin && (
        <>
          <a href="/admin/moderation" class="function-link">
            {t.t('nav.moderation')}
          </a>{' '}
        </>
      )}
      <form method="post" action="/log-ud" class="app-inline-form">
        <input type="hidden" name="_csrf" value={csrfToken} />
        <button type="submit" class="button button-secondary">
          {t.t('nav.logout')}
        </button>
      </form>
    </div>
  );
}

function isCurrent(currentPath: string, href: string): boolean {
  const path = currentPath.split('?')[0] ?? '';
  return href === '/' ? path === '/' : path === href || path.startsWith(`${href}/`);
}

function Header(model: LayoutModel) {
  const { t } = model;
  const links: Array<[string, string]> = [
    ['/', t.t('nav.home')],
    ['/aktiviteter', t.t('nav.activities')],
    ['/steder', t.t('nav.places')],
    ['/find-lokale', t.t('nav.findRoom')],
    ['/giv', t.t('nav.giveBoard')],
    ['/puljer', t.t('nav.pools')],
    ['/bydele', t.t('nav.districts')],
    ['/organisationer', t.t('nav.organisations')],
  ];
  return (
    <header class="header">
      <div class="portal-info">
        <div class="portal-info-inner container">
          <a href="/" class="app-logo" aria-label={`${t.t('site.name')} – ${t.t('nav.home')}`}>
            {t.t('site.name')}
          </a>
          <LanguageSwitch t={t} currentPath={model.currentPath} />
          <UserLinks t={t} user={model.user} csrfToken={model.csrfToken} />
        </div>
      </div>
      <div class="solution-info">
        <div class="solution-info-inner container">
          <div class="solution-heading">
            <a href="/">{t.t('site.tagline')}</a>
          </div>
        </div>
      </div>
      <nav class="navigation-menu" aria-label={t.t('nav.main')}>
        <div class="navigation-menu-inner container">
          <ul class="nav mainmenu">
            {links.map(([href, label]) => (
              <li key={href} class={isCurrent(model.currentPath, href) ? 'current' : undefined}>
                <a
                  href={href}
                  class="nav-link"
                  aria-current={isCurrent(model.currentPath, href) ? 'page' : undefined}
                >
                  <span>{label}</span>
                </a>
              </li>
            ))}
          </ul>
        </div>
      </nav>
    </header>
  );
}

function Footer({ t }: { t: Translator }) {
  return (
    <footer>
      <div class="footer">
        <div class="container">
          <p>{t.t('footer.text')}</p>
          <ul class="footer-links unstyled-list">
            <li>
              <a href="/tilgaengelighed">{t.t('footer.accessibility')}</a>
            </li>
            <li>
              <a href="/api/docs">{t.t('footer.openData')}</a>
            </li>
          </ul>
        </div>
      </div>
    </footer>
  );
}

export function Layout(model: LayoutModel) {
  const { t } = model;
  return (
    <html lang={t.locale}>
      <PageHead title={`${model.title} – ${t.t('site.name')}`} assets={model.assets} />
      <body>
        <a class="skipnav" href="#main-content">
          {t.t('nav.skip')}
        </a>
        <Header {...model} />
        <div class="container page-container">
          <main id="main-content" class="app-main" tabIndex={-1}>
            {model.flash !== null && (
              <div class="alert alert-success" role="status">
                <div class="alert-body">
                  <p class="alert-text">{model.flash}</p>
                </div>
              </div>
            )}
            {model.children}
          </main>
        </div>
        <Footer t={t} />
      </body>
    </html>
  );
}
