import type { FastifyInstance } from 'fastify';
import type { Translator } from '#src/platform/i18n.ts';

interface Operation {
  method: string;
  path: string;
  summary: string;
  tags: string[];
  secured: boolean;
}

interface OpenApiDocument {
  paths?: Record<string, Record<string, { summary?: string; tags?: string[]; security?: unknown[] }>>;
}

function listOperations(document: OpenApiDocument): Operation[] {
  const operations: Operation[] = [];
  for (const [path, methods] of Object.entries(document.paths ?? {})) {
    for (const [method, operation] of Object.entries(methods)) {
      operations.push({
        method: method.toUpperCase(),
        path,
        summary: operation.summary ?? '',
        tags: operation.tags ?? [],
        secured: (operation.security ?? []).length > 0,
      });
    }
  }
  return operations;
}

function ApiDocsPage({ t, operations }: { t: Translator; operations: Operation[] }) {
  return (
    <>
      <h1>{t.t('apiDocs.title')}</h1>
      <p class="font-lead">
        {t.t('apiDocs.lead')} <a href="/api/openapi.json">/api/openapi.json</a>.
      </p>
      <p>
        {t.t('apiDocs.tokens')} <a href="/profil/api-tokens">{t.t('apiDocs.tokensLink')}</a>.
      </p>
      <div class="table--responsive-scroll">
        <table class="table table--zebra">
          <caption>{t.t('apiDocs.caption')}</caption>
          <thead>
            <tr>
              <th scope="col">{t.t('apiDocs.method')}</th>
              <th scope="col">{t.t('apiDocs.path')}</th>
              <th scope="col">{t.t('apiDocs.description')}</th>
              <th scope="col">{t.t('apiDocs.needsToken')}</th>
            </tr>
          </thead>
          <tbody>
            {operations.map((operation) => (
              <tr key={`${operation.method} ${operation.path}`}>
                <td>
                  <code>{operation.method}</code>
                </td>
                <td>
                  <code>{operation.path}</code>
                </td>
                <td>{operation.summary}</td>
                <td>{t.t(operation.secured ? 'apiDocs.yes' : 'apiDocs.no')}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </>
  );
}

/** The OpenAPI document generated from the route schemas, and a readable page of it. */
export async function apiDocsRoutes(app: FastifyInstance): Promise<void> {
  app.get('/api/openapi.json', { config: { access: 'public' } }, async () => app.swagger());
  app.get('/api/docs', { config: { access: 'public' } }, async (request, reply) => {
    const operations = listOperations(app.swagger() as OpenApiDocument);
    return reply.page({
      title: request.t.t('apiDocs.title'),
      body: <ApiDocsPage t={request.t} operations={operations} />,
    });
  });
}
