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
  { name: 'districts GeoJSON', path: '/api/v1/districts', headers: { accept: 'application/geo+json' } },
];
