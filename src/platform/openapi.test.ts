import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '#src/testing/test-app.ts';

interface Operation {
  summary?: string;
  tags?: string[];
  security?: unknown[];
  responses?: Record<string, { content?: Record<string, { schema?: unknown }> }>;
}
interface OpenApiDocument {
  openapi: string;
  info: { title: string; version: string };
  paths: Record<string, Record<string, Operation>>;
  components?: Record<string, Record<string, unknown>>;
}

/** `/api/v1/places/:slug` → `/api/v1/places/{slug}`, as OpenAPI writes a path. */
function openApiPath(url: string): string {
  return url.replace(/:(\w+)/g, '{$1}');
}

/** Every `$ref` in the document, so each can be checked to point at something. */
function refs(value: unknown, found: string[] = []): string[] {
  if (Array.isArray(value)) for (const item of value) refs(item, found);
  else if (typeof value === 'object' && value !== null) {
    for (const [key, inner] of Object.entries(value)) {
      if (key === '$ref' && typeof inner === 'string') found.push(inner);
      else refs(inner, found);
    }
  }
  return found;
}

describe('the OpenAPI document', () => {
  let t: TestApp;
  let document: OpenApiDocument;

  beforeAll(async () => {
    t = await createTestApp();
    const response = await t.app.inject({ url: '/api/openapi.json' });
    expect(response.statusCode).toBe(200);
    document = response.json();
  });
  afterAll(async () => {
    await t.close();
  });

  it('is OpenAPI 3 with a title and a version', () => {
    expect(document.openapi).toMatch(/^3\./);
    expect(document.info.title).toBe('Byliv API');
    expect(document.info.version).toBeTruthy();
  });

  it('describes every /api/v1 route with a summary, a tag and a schema for its success answer', () => {
    const problems: string[] = [];
    const apiRoutes = t.app.routeAccess.filter((entry) => entry.url.startsWith('/api/v1/'));
    expect(apiRoutes.length).toBeGreaterThan(20);
    for (const route of apiRoutes) {
      const label = `${route.method} ${route.url}`;
      const operation = document.paths[openApiPath(route.url)]?.[route.method.toLowerCase()];
      if (operation === undefined) {
        problems.push(`${label}: missing`);
        continue;
      }
      if ((operation.summary ?? '') === '') problems.push(`${label}: no summary`);
      if ((operation.tags ?? []).length === 0) problems.push(`${label}: no tag`);
      const success = Object.entries(operation.responses ?? {}).filter(([status]) => status.startsWith('2'));
      if (success.length === 0) problems.push(`${label}: no 2xx response`);
      for (const [status, response] of success) {
        if (status === '204') continue;
        const schemas = Object.values(response.content ?? {}).map((content) => content.schema);
        if (schemas.length === 0 || schemas.some((schema) => schema === undefined)) {
          problems.push(`${label}: ${status} has no schema`);
        }
      }
      const secured = (operation.security ?? []).length > 0;
      if (route.access !== 'public' && !secured)
        problems.push(`${label}: needs a token but says no security`);
    }
    expect(problems).toEqual([]);
  });

  it('has no $ref that points nowhere', () => {
    const missing = refs(document).filter((ref) => {
      const [, section, name] = /^#\/components\/(\w+)\/(.+)$/.exec(ref) ?? [];
      return (
        section === undefined || name === undefined || document.components?.[section]?.[name] === undefined
      );
    });
    expect(missing).toEqual([]);
  });

  it('has a readable docs page listing the operations', async () => {
    const page = await t.app.inject({ url: '/api/docs' });
    expect(page.statusCode).toBe(200);
    expect(page.headers['content-type']).toContain('text/html');
    expect(page.body).toContain('<h1>Byliv API</h1>');
    expect(page.body).toContain('/api/openapi.json');
    expect(page.body).toContain('/api/v1/districts');
  });
});
