import type { ComponentChildren } from 'preact';
import type { PageAssets } from '#src/platform/assets.ts';
import type { Translator } from '#src/platform/i18n.ts';
import { Alert } from '#src/platform/views/alert.tsx';
import { Header } from '#src/platform/views/header.tsx';
import type { HeaderUser } from '#src/platform/views/nav-links.ts';
import { PageHead } from '#src/platform/views/page-head.tsx';

export type LayoutUser = HeaderUser;

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

function Footer({ t }: { t: Translator }) {
  return (
    <footer>
      <div class="footer">
        <div class="container">
          <p>{t.t('footer.text')}</p>
          <ul class="footer-links unstyled-list">
            <li>
              <a href="/privatliv">{t.t('footer.privacy')}</a>
            </li>
            <li>
              <a href="/vilkaar">{t.t('footer.terms')}</a>
            </li>
            <li>
              <a href="/kontakt">{t.t('footer.contact')}</a>
            </li>
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
        <Header t={t} user={model.user} csrfToken={model.csrfToken} currentPath={model.currentPath} />
        <div class="container page-container">
          <main id="main-content" class="app-main" tabIndex={-1}>
            {model.flash !== null && (
              <Alert t={t} variant="success">
                {model.flash}
              </Alert>
            )}
            {model.children}
          </main>
        </div>
        <Footer t={t} />
      </body>
    </html>
  );
}
