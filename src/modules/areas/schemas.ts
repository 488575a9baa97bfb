import { Type } from 'typebox';
import { Slug } from '#src/platform/api-schemas.ts';

// HTML pages: lenient strings; the service checks them and answers with field messages.
export const FindPageQuery = Type.Object({
  lat: Type.Optional(Type.String({ maxLength: 100 })),
  lon: Type.Optional(Type.String({ maxLength: 100 })),
});

export const NeighbourhoodParams = Type.Object({
  slug: Slug,
  neighbourhood: Type.String({ maxLength: 200 }),
});

// JSON API.
export const ResolveQuery = Type.Object({
  lat: Type.Number({ minimum: -90, maximum: 90, description: 'Latitude in decimal degrees (WGS 84).' }),
  lon: Type.Number({ minimum: -180, maximum: 180, description: 'Longitude in decimal degrees (WGS 84).' }),
});

export const NeighbourhoodsQuery = Type.Object({
  district: Type.Optional(
    Type.String({ maxLength: 200, description: 'Only the neighbourhoods of this district (its slug).' }),
  ),
});

export const AreaSummaryJson = Type.Object({
  slug: Type.String(),
  name: Type.String(),
  kind: Type.Union([Type.Literal('district'), Type.Literal('neighbourhood')]),
  approximate: Type.Boolean({
    description: 'True where the boundary is hand-drawn (no official one exists).',
  }),
  url: Type.String({ description: 'The area’s page.' }),
});

export const ResolvedPointJson = Type.Object({
  lat: Type.Number(),
  lon: Type.Number(),
  district: Type.Union([AreaSummaryJson, Type.Null()]),
  neighbourhood: Type.Union([AreaSummaryJson, Type.Null()]),
});

const Position = Type.Array(Type.Number(), {
  minItems: 2,
  maxItems: 2,
  description: 'Longitude, latitude (RFC 7946).',
});
const Polygon = Type.Object({
  type: Type.Literal('Polygon'),
  coordinates: Type.Array(Type.Array(Position)),
});
const MultiPolygon = Type.Object({
  type: Type.Literal('MultiPolygon'),
  coordinates: Type.Array(Type.Array(Type.Array(Position))),
});

const NeighbourhoodLink = Type.Object({
  slug: Type.String(),
  name: Type.String(),
  approximate: Type.Boolean(),
  url: Type.String(),
});

export const AreaFeatureJson = Type.Object({
  type: Type.Literal('Feature'),
  id: Type.String({ description: 'The area’s slug.' }),
  bbox: Type.Array(Type.Number(), { minItems: 4, maxItems: 4 }),
  geometry: Type.Union([Polygon, MultiPolygon]),
  properties: Type.Object({
    slug: Type.String(),
    name: Type.String(),
    kind: Type.Union([Type.Literal('district'), Type.Literal('neighbourhood')]),
    approximate: Type.Boolean(),
    url: Type.String(),
    home: Type.Boolean({ description: 'True for Vesterbro-Kongens Enghave, where Byliv starts.' }),
    district: Type.Union([Type.String(), Type.Null()], { description: 'A neighbourhood’s district (slug).' }),
    neighbourhoods: Type.Optional(
      Type.Array(NeighbourhoodLink, { description: 'A district’s neighbourhoods.' }),
    ),
  }),
});

export const AreaFeatureCollectionJson = Type.Object({
  type: Type.Literal('FeatureCollection'),
  features: Type.Array(AreaFeatureJson),
});

/** A GeoJSON response, documented under its own media type. */
export function geoJsonResponse<T>(schema: T, description: string) {
  return { description, content: { 'application/geo+json': { schema } } };
}
