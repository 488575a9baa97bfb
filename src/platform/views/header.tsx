import type { Translator } from '#src/platform/i18n.ts';
import { Icon } from '#src/platform/views/icons.tsx';
import {
  accountLinks,
  type HeaderUser,
  isCurrent,
  mainLinks,
  type NavLink,
} from '#src/platform/views/nav-links.ts';

export interface HeaderModel {
  t: Translator;
  user: HeaderUser | null;
  csrfToken: string;
  /** Path and query of this page: marks the current link, and the language switch comes back to it. */
  currentPath: string;
}

/** The id of the drawer: the "Menu" link's target without JavaScript. */
export const MENU_ID = 'menu';

/**
 * The DKFDS header: logo, language switch and the person's links in the portal bar, the site name,
 * the horizontal main navigation on a wide screen, and below 992 px a "Menu" that opens the DKFDS
 * mobile drawer holding all of them. Without JavaScript "Menu" is a link to the drawer, which
 * `:target` shows (app.css); the client turns it into the DKFDS button.
 */
export function Header(model: HeaderModel) {
  return (
    <header class="header app-header" id="top">
      <PortalInfo {...model} />
      <div class="solution-info">
        <div class="solution-info-inner container">
          <div class="solution-heading">
            <a href="/">{model.t.t('site.tagline')}</a>
          </div>
        </div>
      </div>
      <MainNavigation {...model} />
      <MobileDrawer {...model} />
      <div class="overlay" />
    </header>
  );
}

function PortalInfo(model: HeaderModel) {
  const { t } = model;
  return (
    <div class="portal-info">
      <div class="portal-info-inner container">
        <a href="/" class="app-header__logo" aria-label={`${t.t('site.name')} – ${t.t('nav.home')}`}>
          {t.t('site.name')}
        </a>
        <LanguageSwitch t={t} currentPath={model.currentPath} class="function-link app-header__language" />
        <a
          href={`#${MENU_ID}`}
          class="function-link button-menu-open js-menu-open d-print-none app-header__menu-open"
          aria-haspopup="dialog"
        >
          <Icon name="menu" />
          {t.t('nav.menu')}
        </a>
        <div class="portal-user">
          {model.user === null ? <LoginLinks t={t} /> : <PortalAccount {...model} user={model.user} />}
        </div>
      </div>
    </div>
  );
}

/** On a wide screen: the person's name (to the profile), own pages and "Log ud", in a row. */
function PortalAccount(model: HeaderModel & { user: HeaderUser }) {
  const { t, user } = model;
  return (
    <nav class="app-header__account" aria-label={t.t('nav.account')}>
      <ul class="unstyled-list app-header__account-list">
        {accountLinks(t, user).map((link) => (
          <li key={link.href}>
            <CurrentAwareLink link={link} currentPath={model.currentPath} class="function-link" />
          </li>
        ))}
        <li>
          <LogoutForm t={t} csrfToken={model.csrfToken} />
        </li>
      </ul>
    </nav>
  );
}

function LoginLinks({ t }: { t: Translator }) {
  return (
    <ul class="unstyled-list app-header__account-list">
      <li>
        <a href="/log-ind" class="button button-secondary">
          {t.t('nav.login')}
        </a>
      </li>
      <li>
        <a href="/opret-konto" class="function-link">
          {t.t('nav.register')}
        </a>
      </li>
    </ul>
  );
}

function LogoutForm({ t, csrfToken }: { t: Translator; csrfToken: string }) {
  return (
    <form method="post" action="/log-ud" class="app-header__logout">
      <input type="hidden" name="_csrf" value={csrfToken} />
      <button type="submit" class="function-link log-off">
        {t.t('nav.logout')}
      </button>
    </form>
  );
}

function LanguageSwitch({
  t,
  currentPath,
  class: className,
}: Pick<HeaderModel, 't' | 'currentPath'> & { class: string }) {
  const other = t.locale === 'da' ? 'en' : 'da';
  const href = `/sprog?til=${other}&tilbage=${encodeURIComponent(currentPath)}`;
  return (
    <a href={href} lang={other} hrefLang={other} class={className} aria-label={t.t('nav.switchToLabel')}>
      {t.t('nav.switchTo')}
    </a>
  );
}

function CurrentAwareLink({
  link,
  currentPath,
  class: className,
}: {
  link: NavLink;
  currentPath: string;
  class?: string;
}) {
  const current = isCurrent(currentPath, link.href);
  return (
    <a href={link.href} class={className} aria-current={current ? 'page' : undefined}>
      {link.label}
    </a>
  );
}

/** One DKFDS menu item: `active current` on the current page's item, `aria-current` on its link. */
function MenuItem({ link, currentPath }: { link: NavLink; currentPath: string }) {
  const current = isCurrent(currentPath, link.href);
  return (
    <li class={current ? 'active current' : undefined}>
      <a href={link.href} class="nav-link" aria-current={current ? 'page' : undefined}>
        <span>{link.label}</span>
        {link.helptext !== undefined && <span class="helptext">{link.helptext}</span>}
      </a>
    </li>
  );
}

/** The DKFDS desktop navigation, shown from 992 px. */
function MainNavigation({ t, currentPath }: HeaderModel) {
  return (
    <div class="navigation-menu">
      <div class="navigation-menu-inner container">
        <nav class="nav" aria-label={t.t('nav.main')}>
          <ul class="mainmenu">
            {mainLinks(t).map((link) => (
              <MenuItem key={link.href} link={link} currentPath={currentPath} />
            ))}
          </ul>
        </nav>
      </div>
    </div>
  );
}

/** The DKFDS mobile drawer: the main navigation, the person's links, log in or out, and the language. */
function MobileDrawer(model: HeaderModel) {
  const { t, user, currentPath } = model;
  return (
    <div class="mobile-drawer app-header__drawer" id={MENU_ID} role="dialog" aria-labelledby="menu-heading">
      <div class="menu-top">
        <h2 id="menu-heading" class="menu-heading">
          {t.t('nav.menu')}
        </h2>
        <a
          href="#top"
          class="function-link button-menu-close js-menu-close"
          aria-label={t.t('nav.closeLabel')}
        >
          <Icon name="close" />
          {t.t('nav.close')}
        </a>
      </div>
      <nav class="navigation-menu-mobile" aria-label={t.t('nav.main')}>
        <ul class="mainmenu">
          {mainLinks(t).map((link) => (
            <MenuItem key={link.href} link={link} currentPath={currentPath} />
          ))}
        </ul>
      </nav>
      {user !== null && (
        <nav class="navigation-menu-mobile app-header__drawer-account" aria-label={t.t('nav.account')}>
          <ul class="mainmenu">
            {accountLinks(t, user).map((link) => (
              <MenuItem key={link.href} link={link} currentPath={currentPath} />
            ))}
          </ul>
        </nav>
      )}
      <div class="portal-info-mobile">
        {user === null ? <LoginLinks t={t} /> : <LogoutForm t={t} csrfToken={model.csrfToken} />}
        <p class="app-header__drawer-language">
          <LanguageSwitch t={t} currentPath={currentPath} class="function-link" />
        </p>
      </div>
    </div>
  );
}
