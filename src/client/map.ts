/**
 * The map island: draws district and neighbourhood shapes with Leaflet on
 * `<div data-module="app-map" data-layers="URL URL" data-tile-url? data-highlight?>`.
 * Without `data-tile-url` it draws shapes only, so it makes no request beyond our own GeoJSON.
 * When no tile can be fetched it says so in one line (`data-tiles-failed`) and draws the shapes on
 * plain ground instead of a grey box.
 * Everything drawn is also written out on the page, which stays the primary way to read it.
 */
import * as L from 'leaflet';
import 'leaflet/dist/leaflet.css';
import './map.css';

interface AreaProperties {
  slug: string;
  name: string;
  kind: 'district' | 'neighbourhood';
  approximate: boolean;
  url: string;
  home: boolean;
}

type AreaFeature = GeoJSON.Feature<GeoJSON.Polygon | GeoJSON.MultiPolygon, AreaProperties>;

// DKFDS colours: primary blue for districts, a warm accent for neighbourhoods.
const BLUE = '#004993';
const GREY = '#454545';
const ORANGE = '#a0430b';

// Places (points, from /steder/kort.geojson) are drawn as circles: no marker images to load.
const POINT_STYLE: L.CircleMarkerOptions = {
  radius: 7,
  color: '#ffffff',
  weight: 2,
  fillColor: BLUE,
  fillOpacity: 0.9,
};

function styleFor(properties: AreaProperties, highlight: string | undefined): L.PathOptions {
  if (properties.kind !== 'district' && properties.kind !== 'neighbourhood') return POINT_STYLE;
  const highlighted = properties.slug === highlight;
  if (properties.kind === 'neighbourhood') {
    return {
      color: ORANGE,
      weight: highlighted ? 3 : 2,
      // A dashed line says "approximate".
      dashArray: properties.approximate ? '6 4' : undefined,
      fillColor: ORANGE,
      fillOpacity: highlighted ? 0.45 : 0.18,
    };
  }
  return {
    color: properties.home ? BLUE : GREY,
    weight: properties.home ? 3 : 1.5,
    fillColor: BLUE,
    fillOpacity: properties.home ? 0.12 : 0.04,
  };
}

/** The area's page on this site (the GeoJSON carries absolute addresses for other users). */
function localPath(url: string): string {
  const parsed = new URL(url, window.location.href);
  return `${parsed.pathname}${parsed.search}`;
}

function tooltipContent(name: string): HTMLElement {
  const label = document.createElement('span');
  label.textContent = name;
  return label;
}

async function fetchFeatures(url: string): Promise<AreaFeature[]> {
  const response = await fetch(url, { headers: { accept: 'application/geo+json' } });
  if (!response.ok) throw new Error(`${url} answered ${response.status}`);
  const body = (await response.json()) as
    | AreaFeature
    | GeoJSON.FeatureCollection<AreaFeature['geometry'], AreaProperties>;
  return body.type === 'FeatureCollection' ? body.features : [body];
}

function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (character) => `&#${character.charCodeAt(0)};`);
}

function createMap(element: HTMLElement, canvas: HTMLElement): L.Map {
  const tileUrl = element.dataset.tileUrl;
  const map = L.map(canvas, {
    zoomControl: false,
    attributionControl: tileUrl !== undefined,
    // A page scrolls past the map; zoom with the buttons, keyboard or pinch.
    scrollWheelZoom: false,
    zoomSnap: 0.25,
  });
  L.control
    .zoom({ zoomInTitle: element.dataset.zoomIn ?? '+', zoomOutTitle: element.dataset.zoomOut ?? '-' })
    .addTo(map);
  if (tileUrl === undefined) {
    canvas.classList.add('app-map__canvas--no-tiles');
  } else {
    const tiles = L.tileLayer(tileUrl, {
      maxZoom: 19,
      attribution: escapeHtml(element.dataset.tileAttribution ?? ''),
      referrerPolicy: 'no-referrer',
    }).addTo(map);
    fallBackWhenNoTileLoads(element, canvas, map, tiles);
  }
  return map;
}

/**
 * Once every tile in view has settled (Leaflet fires `load` after errors too) and none arrived,
 * the tile server is unreachable or refused: stop asking it and say so. One failed tile among
 * loaded ones is left alone.
 */
function fallBackWhenNoTileLoads(element: HTMLElement, canvas: HTMLElement, map: L.Map, tiles: L.TileLayer) {
  let loaded = 0;
  let failed = 0;
  tiles.on('tileload', () => {
    loaded += 1;
  });
  tiles.on('tileerror', () => {
    failed += 1;
  });
  tiles.on('load', () => {
    if (loaded > 0 || failed === 0) return;
    map.removeLayer(tiles);
    canvas.classList.add('app-map__canvas--no-tiles');
    const notice = element.querySelector<HTMLElement>('.app-map__notice');
    if (notice !== null) notice.textContent = element.dataset.tilesFailed ?? '';
  });
}

function drawLayer(map: L.Map, features: AreaFeature[], highlight: string | undefined): L.GeoJSON {
  const collection: GeoJSON.FeatureCollection<AreaFeature['geometry'], AreaProperties> = {
    type: 'FeatureCollection',
    features,
  };
  return L.geoJSON<AreaProperties>(collection, {
    style: (feature) => (feature === undefined ? {} : styleFor(feature.properties, highlight)),
    pointToLayer: (_feature, latlng) => L.circleMarker(latlng, POINT_STYLE),
    onEachFeature: (feature, layer) => {
      layer.bindTooltip(tooltipContent(feature.properties.name), { sticky: true });
      if (feature.properties.slug !== highlight) {
        layer.on('click', () => window.location.assign(localPath(feature.properties.url)));
      }
    },
  }).addTo(map);
}

function highlightedShape(layers: L.GeoJSON[], highlight: string | undefined): L.Polygon | undefined {
  let found: L.Polygon | undefined;
  for (const layer of layers) {
    layer.eachLayer((shape) => {
      if (shape instanceof L.Polygon && shape.feature?.properties.slug === highlight) found = shape;
    });
  }
  return found;
}

async function drawAreas(element: HTMLElement, map: L.Map): Promise<void> {
  const urls = (element.dataset.layers ?? '').split(' ').filter((url) => url !== '');
  const highlight = element.dataset.highlight;
  const layers = (await Promise.all(urls.map(fetchFeatures))).map((features) =>
    drawLayer(map, features, highlight),
  );
  const focus = highlightedShape(layers, highlight) ?? layers[0];
  if (focus !== undefined)
    map.fitBounds(focus.getBounds(), { padding: [16, 16], animate: false, maxZoom: 16 });
  element.dataset.mapReady = 'true';
}

export function startMap(element: HTMLElement): void {
  const canvas = element.querySelector<HTMLElement>('.app-map__canvas');
  if (canvas === null) return;
  element.hidden = false;
  const map = createMap(element, canvas);
  // Copenhagen, until the shapes arrive.
  map.setView([55.676, 12.568], 11);
  drawAreas(element, map).catch((error: unknown) => {
    element.hidden = true;
    console.error('the map could not load its shapes', error);
  });
}
