import type { PublicPool } from '#src/modules/grants/public/service.ts';
import { formatDate, formatMoney } from '#src/modules/grants/public/views/format.ts';
import type { Translator } from '#src/platform/i18n.ts';
import { AreaMap } from '#src/platform/views/map.tsx';

export interface OverviewModel {
  pools: Array<PublicPool & { funded: number }>;
  tileUrl: string | null;
  /** The map's credit (MAP_TILE_ATTRIBUTION). */
  tileAttribution?: string;
  /** GeoJSON drawn under the initiatives for orientation (the home district's neighbourhoods). */
  contextLayer: string | null;
}

function PoolSummary({ t, pool }: { t: Translator; pool: OverviewModel['pools'][number] }) {
  const base = `/puljer/${encodeURIComponent(pool.slug)}`;
  return (
    <li>
      <h3>
        <a href={base}>{pool.title}</a>
      </h3>
      <p>
        {t.t('grantsPublic.pool.period', {
          organisation: pool.organisation.name,
          from: formatDate(t, pool.opensOn),
          to: formatDate(t, pool.closesOn),
        })}
      </p>
      <p>
        {t.t('grantsPublic.overview.money', {
          budget: formatMoney(t, pool.budgetOre),
          committed: formatMoney(t, pool.committedOre),
          remaining: formatMoney(t, pool.remainingOre),
        })}
      </p>
      <ul>
        <li>
          <a href={`${base}/bevillinger`}>
            {t.plural(pool.funded, 'grantsPublic.overview.funded.one', 'grantsPublic.overview.funded.other')}
          </a>
        </li>
        <li>
          <a href={`${base}/tal`}>{t.t('grantsPublic.overview.figures')}</a>
        </li>
      </ul>
    </li>
  );
}

/** "Hurtige handlinger": every pool with its key figures, and a map of everything funded. */
export function Overview({ t, model }: { t: Translator; model: OverviewModel }) {
  const anyFunded = model.pools.some((pool) => pool.funded > 0);
  return (
    <>
      <h1>{t.t('grantsPublic.overview.title')}</h1>
      <p class="font-lead">{t.t('grantsPublic.overview.lead')}</p>
      {anyFunded && (
        <AreaMap
          t={t}
          model={{
            label: t.t('grantsPublic.overview.map'),
            layers: ['/api/v1/grants.geojson'],
            tileUrl: model.tileUrl,
            tileAttribution: model.tileAttribution,
          }}
        />
      )}
      <h2>{t.t('grantsPublic.overview.pools')}</h2>
      {model.pools.length === 0 ? (
        <p>{t.t('grantsPublic.overview.none')}</p>
      ) : (
        <ul class="nobullet-list">
          {model.pools.map((pool) => (
            <PoolSummary key={pool.slug} t={t} pool={pool} />
          ))}
        </ul>
      )}
      <p>
        <a href="/api/v1/grants.geojson">{t.t('grantsPublic.exports.geojsonAll')}</a>
      </p>
    </>
  );
}
