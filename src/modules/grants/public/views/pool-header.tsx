import type { PublicPool } from '#src/modules/grants/public/service.ts';
import { formatDate } from '#src/modules/grants/public/views/format.ts';
import type { Translator } from '#src/platform/i18n.ts';

export type PoolTab = 'grants' | 'figures';

/** The pool's name, owner and period, and links between its open pages. */
export function PoolHeader({
  t,
  pool,
  current,
  heading,
}: {
  t: Translator;
  pool: PublicPool;
  current: PoolTab;
  heading: string;
}) {
  const base = `/puljer/${encodeURIComponent(pool.slug)}`;
  const tabs: Array<[PoolTab, string, string]> = [
    ['grants', `${base}/bevillinger`, t.t('grantsPublic.nav.grants')],
    ['figures', `${base}/tal`, t.t('grantsPublic.nav.figures')],
  ];
  return (
    <>
      <p>
        <a href={base}>{pool.title}</a>
      </p>
      <h1>{heading}</h1>
      <p class="font-lead">
        {t.t('grantsPublic.pool.period', {
          organisation: pool.organisation.name,
          from: formatDate(t, pool.opensOn),
          to: formatDate(t, pool.closesOn),
        })}
      </p>
      <nav aria-label={t.t('grantsPublic.nav.label')}>
        <ul class="nobullet-list">
          {tabs.map(([tab, href, label]) => (
            <li key={tab}>
              {tab === current ? (
                <a href={href} aria-current="page">
                  <strong>{label}</strong>
                </a>
              ) : (
                <a href={href}>{label}</a>
              )}
            </li>
          ))}
          <li>
            <a href="/hurtige-handlinger">{t.t('grantsPublic.nav.allPools')}</a>
          </li>
        </ul>
      </nav>
    </>
  );
}
