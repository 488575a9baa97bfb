import type { Generated } from 'kysely';

export type AreaKind = 'district' | 'neighbourhood';

/** Districts (bydele) and, inside the home district, neighbourhoods (kvarterer). */
export interface AreasTable {
  id: Generated<number>;
  slug: string;
  name: string;
  kind: AreaKind;
  parent_id: number | null;
  /** 1 for Vesterbro–Kongens Enghave, the district Byliv serves first. */
  is_home: 0 | 1;
  /** 1 where the boundary is drawn by hand because no open data exists. */
  approximate: 0 | 1;
  /** GeoJSON geometry (Polygon or MultiPolygon, WGS 84) as text. */
  geometry: string;
  source: string;
  sort_order: number;
}
