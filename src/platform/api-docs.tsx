import type { FastifyInstance } from 'fastify';
import type { Translator } from '#src/platform/i18n.ts';
import { DataTable } from '#src/platform/views/table.tsx';

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
      <DataTable
        caption={t.t('apiDocs.caption')}
        zebra
        rows={operations}
        rowKey={(operation) => `${operation.method} ${operation.path}`}
        columns={[
          { heading: t.t('apiDocs.method'), cell: (operation) => <code>{operation.method}</code> },
          {
            heading: t.t('apiDocs.path'),
            rowHeader: true,
            cell: (operation) => <code>{operation.path}</code>,
          },
          { heading: t.t('apiDocs.description'), cell: (operation) => operation.summary },
          {
            heading: t.t('apiDocs.needsToken'),
            cell: (operation) => t.t(operation.secured ? 'apiDocs.yes' : 'apiDocs.no'),
          },
        ]}
      />
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
