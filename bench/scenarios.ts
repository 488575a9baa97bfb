/** One measured request. Add a line here to benchmark another route. */
export interface Scenario {
  name: string;
  path: string;
  method?: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';
  headers?: Record<string, string>;
  body?: string;
}

export const scenarios: Scenario[] = [
  { name: 'home', path: '/' },
  { name: 'log-in page', path: '/log-ind' },
  // Browsers and GIS clients ask for gzip; the plain body (216 kB of official boundary) is measured too.
  {
    name: 'districts GeoJSON (gzip)',
    path: '/api/v1/districts',
    headers: { accept: 'application/geo+json', 'accept-encoding': 'gzip' },
  },
  {
    name: 'districts GeoJSON (plain)',
    path: '/api/v1/districts',
    headers: { accept: 'application/geo+json' },
  },
];
