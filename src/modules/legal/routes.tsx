import type { FastifyInstance } from 'fastify';
import { SESSION_LIFETIME } from '#src/modules/accounts/service.ts';
import { legalModel } from '#src/modules/legal/model.ts';
import { AccessibilityStatement } from '#src/modules/legal/views/accessibility.tsx';
import { ContactPage } from '#src/modules/legal/views/contact.tsx';
import { PrivacyNotice } from '#src/modules/legal/views/privacy.tsx';
import { TermsOfUse } from '#src/modules/legal/views/terms.tsx';

const DAY_MS = 24 * 3600 * 1000;

/** Privatlivspolitik, vilkår, kontakt and tilgængelighedserklæring: public pages from configuration. */
export async function legalRoutes(app: FastifyInstance): Promise<void> {
  const model = legalModel(app.ctx.config);
  const publicPage = { config: { access: 'public' as const, publicCache: true } };
  app.get('/privatliv', publicPage, async (request, reply) => {
    const privacy = { ...model, sessionDays: Math.round(SESSION_LIFETIME / DAY_MS) };
    return reply.page({
      title: request.t.t('privacy.title'),
      body: <PrivacyNotice t={request.t} model={privacy} />,
    });
  });
  app.get('/vilkaar', publicPage, async (request, reply) => {
    return reply.page({
      title: request.t.t('terms.title'),
      body: <TermsOfUse t={request.t} model={model} />,
    });
  });
  app.get('/kontakt', publicPage, async (request, reply) => {
    return reply.page({
      title: request.t.t('contact.title'),
      body: <ContactPage t={request.t} model={model} />,
    });
  });
  app.get('/tilgaengelighed', publicPage, async (request, reply) => {
    return reply.page({
      title: request.t.t('a11y.title'),
      body: <AccessibilityStatement t={request.t} model={model} />,
    });
  });
}
