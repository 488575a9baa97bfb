import type { Db } from '#src/db/database.ts';
import {
  type AreaGeometry,
  type BoundingBox,
  boundingBox,
  normaliseGeometry,
} from '#src/modules/areas/geometry.ts';
import { type AreaRow, listAllAreas } from '#src/modules/areas/queries.ts';
import type { AreaKind } from '#src/modules/areas/tables.ts';

/** What other modules and pages need to name and link an area. */
export interface AreaSummary {
  id: number;
  slug: string;
  name: string;
  kind: AreaKind;
  parentId: number | null;
  /** The district's slug for a neighbourhood; null for a district. */
  parentSlug: string | null;
  isHome: boolean;
  /** True where the boundary is hand-drawn because no official one exists. */
  approximate: boolean;
  /** The area's page on this site, e.g. `/bydele/vesterbro-kongens-enghave/sluseholmen`. */
  path: string;
}

export interface Area extends AreaSummary {
  geometry: AreaGeometry;
  bbox: BoundingBox;
  source: string;
  sortOrder: number;
}

/** A response body built once per index and reused, plain and gzipped, each with its entity tag. */
export interface SerialisedGeoJson {
  body: string;
  etag: string;
  gzipped: Buffer;
  gzippedEtag: string;
}

/** The parsed areas of one database, with lookups. */
export interface AreaIndex {
  areas: Area[];
  bySlug: Map<string, Area>;
  /** Home district first, then by the municipality's district number. */
  districts: Area[];
  neighbourhoodsByDistrict: Map<number, Area[]>;
  /** Serialised responses built from this index, by a key the builder chooses. */
  responses: Map<string, SerialisedGeoJson>;
}

function toArea(row: AreaRow, parentSlug: string | null): Area {
  const geometry = normaliseGeometry(JSON.parse(row.geometry));
  return {
    id: row.id,
    slug: row.slug,
    name: row.name,
    kind: row.kind,
    parentId: row.parent_id,
    parentSlug,
    isHome: row.is_home === 1,
    approximate: row.approximate === 1,
    path: parentSlug === null ? `/bydele/${row.slug}` : `/bydele/${parentSlug}/${row.slug}`,
    geometry,
    bbox: boundingBox(geometry),
    source: row.source,
    sortOrder: row.sort_order,
  };
}

function byHomeThenOrder(a: Area, b: Area): number {
  if (a.isHome !== b.isHome) return a.isHome ? -1 : 1;
  return a.sortOrder - b.sortOrder || a.name.localeCompare(b.name, 'da');
}

function buildIndex(rows: AreaRow[]): AreaIndex {
  const slugById = new Map(rows.map((row) => [row.id, row.slug]));
  const areas = rows.map((row) =>
    toArea(row, row.parent_id === null ? null : (slugById.get(row.parent_id) ?? null)),
  );
  const neighbourhoodsByDistrict = new Map<number, Area[]>();
  for (const area of areas) {
    if (area.parentId === null) continue;
    const siblings = neighbourhoodsByDistrict.get(area.parentId) ?? [];
    siblings.push(area);
    neighbourhoodsByDistrict.set(area.parentId, siblings);
  }
  for (const siblings of neighbourhoodsByDistrict.values()) siblings.sort(byHomeThenOrder);
  return {
    areas,
    bySlug: new Map(areas.map((area) => [area.slug, area])),
    districts: areas.filter((area) => area.kind === 'district').sort(byHomeThenOrder),
    neighbourhoodsByDistrict,
    responses: new Map(),
  };
}

// Areas are reference data, written only by `ensureAreas` at start-up: parse them once per database
// and process. Every instance loads the same files, so instances still answer alike.
const indexes = new WeakMap<Db, Promise<AreaIndex>>();

/** The parsed areas of this database, read on first use. */
export function areaIndex(db: Db): Promise<AreaIndex> {
  const cached = indexes.get(db);
  if (cached !== undefined) return cached;
  const loading = listAllAreas(db.kysely).then(buildIndex);
  indexes.set(db, loading);
  loading.then(
    // An empty table is not worth keeping: the areas may simply not be loaded yet.
    (index) => {
      if (index.areas.length === 0 && indexes.get(db) === loading) indexes.delete(db);
    },
    () => {
      if (indexes.get(db) === loading) indexes.delete(db);
    },
  );
  return loading;
}

/** Forgets the parsed areas after they changed. */
export function forgetAreaIndex(db: Db): void {
  indexes.delete(db);
}

/** The parts of an area other modules may hold on to. */
export function summarise(area: Area): AreaSummary {
  return {
    id: area.id,
    slug: area.slug,
    name: area.name,
    kind: area.kind,
    parentId: area.parentId,
    parentSlug: area.parentSlug,
    isHome: area.isHome,
    approximate: area.approximate,
    path: area.path,
  };
}
