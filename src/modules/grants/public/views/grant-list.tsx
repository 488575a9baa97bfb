import type { PublicGrant, PublicPool } from '#src/modules/grants/public/service.ts';
import { GrantCard } from '#src/modules/grants/public/views/grant-card.tsx';
import { PoolHeader } from '#src/modules/grants/public/views/pool-header.tsx';
import type { Translator } from '#src/platform/i18n.ts';
import { AreaMap } from '#src/platform/views/map.tsx';

export interface GrantListModel {
  pool: PublicPool;
  grants: PublicGrant[];
  tileUrl: string | null;
  /** The map's credit (MAP_TILE_ATTRIBUTION). */
  tileAttribution?: string;
  /** GeoJSON drawn under the initiatives for orientation (the home district's neighbourhoods). */
  contextLayer: string | null;
}

/** Links to the same list as data files. */
export function Exports({ t, links }: { t: Translator; links: Array<[string, string]> }) {
  return (
    <section aria-labelledby="exports-title">
      <h2 id="exports-title">{t.t('grantsPublic.exports.title')}</h2>
      <ul>
        {links.map(([href, label]) => (
          <li key={href}>
            <a href={href}>{label}</a>
          </li>
        ))}
      </ul>
      <p>{t.t('grantsPublic.exports.privacy')}</p>
    </section>
  );
}

/** The pool's funded initiatives: a map island, and the list that says everything the map shows. */
export function GrantList({ t, model }: { t: Translator; model: GrantListModel }) {
  const { pool, grants } = model;
  const base = `/puljer/${encodeURIComponent(pool.slug)}/bevillinger`;
  const located = grants.some((grant) => grant.location !== null);
  return (
    <>
      <PoolHeader
        t={t}
        pool={pool}
        current="grants"
        heading={t.t('grantsPublic.list.title', { pool: pool.title })}
      />
      <p>{t.t('grantsPublic.list.lead')}</p>
      {located && (
        <AreaMap
          t={t}
          model={{
            label: t.t('grantsPublic.list.map', { pool: pool.title }),
            layers: [
              ...(model.contextLayer === null ? [] : [model.contextLayer]),
              `/api/v1/grants.geojson?pool=${encodeURIComponent(pool.slug)}`,
            ],
            tileUrl: model.tileUrl,
            tileAttribution: model.tileAttribution,
          }}
        />
      )}
      <h2>{t.plural(grants.length, 'grantsPublic.list.count.one', 'grantsPublic.list.count.other')}</h2>
      {grants.length === 0 ? (
        <p>{t.t('grantsPublic.list.none')}</p>
      ) : (
        <ul class="nobullet-list">
          {grants.map((grant) => (
            <GrantCard key={grant.id} t={t} grant={grant} />
          ))}
        </ul>
      )}
      <Exports
        t={t}
        links={[
          [`${base}.csv`, t.t('grantsPublic.exports.csv')],
          [`${base}.json`, t.t('grantsPublic.exports.json')],
          [
            `/api/v1/grants.geojson?pool=${encodeURIComponent(pool.slug)}`,
            t.t('grantsPublic.exports.geojson'),
          ],
        ]}
      />
    </>
  );
}
