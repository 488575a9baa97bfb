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
  const da = t.locale === 'da';
  return (
    <>
      <h1>{da ? 'Byliv API' : 'Byliv API'}</h1>
      <p class="font-lead">
        {da
          ? 'Åbne data om bydele og organisationer, og din egen konto via et personligt API-token. Beskrivelsen i OpenAPI 3-format ligger på '
          : 'Open data on districts and organisations, and your own account through a personal API token. The OpenAPI 3 description is at '}
        <a href="/api/openapi.json">/api/openapi.json</a>.
      </p>
      <p>
        {da
          ? 'Kald, der kræver login, bruger et personligt token i headeren Authorization: Bearer <token>. Opret tokens på '
          : 'Calls that need a login use a personal token in the header Authorization: Bearer <token>. Create tokens on '}
        <a href="/profil/api-tokens">{da ? 'din profil' : 'your profile'}</a>.
      </p>
      <div class="table--responsive-scroll">
        <table class="table table--zebra">
          <caption>{da ? 'Alle kald' : 'All operations'}</caption>
          <thead>
            <tr>
              <th scope="col">{da ? 'Metode' : 'Method'}</th>
              <th scope="col">{da ? 'Sti' : 'Path'}</th>
              <th scope="col">{da ? 'Beskrivelse' : 'Description'}</th>
              <th scope="col">{da ? 'Kræver token' : 'Needs token'}</th>
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
                <td>{operation.secured ? (da ? 'Ja' : 'Yes') : da ? 'Nej' : 'No'}</td>
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
    return reply.page({ title: 'API', body: <ApiDocsPage t={request.t} operations={operations} /> });
  });
}
