import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { ModerationOptions } from '#src/modules/moderation/registry.ts';
import { CaseParams, DecisionForm, ReportForm, ReportQuery } from '#src/modules/moderation/schemas.ts';
import {
  checkHideNote,
  decide,
  hiddenContent,
  moderationCase,
  moderationQueue,
  reportTarget,
  submitReport,
} from '#src/modules/moderation/service.ts';
import type { DecisionAction } from '#src/modules/moderation/tables.ts';
import { CasePage, HideConfirm } from '#src/modules/moderation/views/case-page.tsx';
import { casePath, HiddenPage, QueuePage } from '#src/modules/moderation/views/queue.tsx';
import { ReportFormPage, reportTitle } from '#src/modules/moderation/views/report-form.tsx';
import { isConfirmed } from '#src/platform/confirm.ts';
import { currentUser } from '#src/platform/current-user.ts';
import { ValidationError } from '#src/platform/errors.ts';
import { attempt } from '#src/platform/form-flow.ts';
import { emptyForm, type FormState } from '#src/platform/views/forms.tsx';

const DECISION_PATHS: Array<{
  path: string;
  action: DecisionAction;
  flash: 'hidden' | 'restored' | 'dismissed';
}> = [
  { path: 'skjul', action: 'hide', flash: 'hidden' },
  { path: 'gendan', action: 'restore', flash: 'restored' },
  { path: 'behold', action: 'dismiss', flash: 'dismissed' },
];

/** Reporting (anyone, at /rapporter) and the administrators' queue (at /admin/moderation). */
export async function moderationRoutes(app: FastifyInstance, options: ModerationOptions): Promise<void> {
  const r = app.withTypeProvider<TypeBoxTypeProvider>();
  const { ctx } = app;
  const { adapters } = options;

  async function renderCase(
    request: FastifyRequest,
    reply: FastifyReply,
    type: string,
    id: number,
    form?: FormState,
  ) {
    const model = await moderationCase(ctx, adapters, type, id);
    return reply.page({
      title: request.t.t('moderation.content.title', { title: model.content.title }),
      status: form === undefined ? undefined : 422,
      body: <CasePage t={request.t} csrfToken={request.csrfToken} model={model} form={form ?? emptyForm} />,
    });
  }

  r.get(
    '/rapporter',
    { config: { access: 'public' }, schema: { querystring: ReportQuery } },
    async (request, reply) => {
      const target = await reportTarget(ctx, adapters, request.query.type, request.query.id, request.user);
      return reply.page({
        title: reportTitle(request.t, target),
        body: <ReportFormPage t={request.t} csrfToken={request.csrfToken} target={target} form={emptyForm} />,
      });
    },
  );

  r.post(
    '/rapporter',
    { config: { access: 'public' }, schema: { body: ReportForm } },
    async (request, reply) => {
      const { body, t } = request;
      const submitted = await attempt(() => submitReport(ctx, adapters, request.user, request.ip, body));
      if (!submitted.ok) {
        const target = await reportTarget(ctx, adapters, body.type, body.id, request.user);
        const form = {
          values: { reason: body.reason ?? '', details: body.details ?? '' },
          errors: submitted.errors,
        };
        return reply.page({
          title: reportTitle(t, target),
          status: 422,
          body: <ReportFormPage t={t} csrfToken={request.csrfToken} target={target} form={form} />,
        });
      }
      const target = submitted.value;
      reply.flash(target.isAppeal ? 'moderation.appeal.sent' : 'moderation.report.sent');
      return reply.redirect(target.isAppeal ? '/' : target.content.path);
    },
  );

  r.get('/admin/moderation', { config: { access: 'admin' } }, async (request, reply) => {
    const entries = await moderationQueue(ctx, adapters);
    return reply.page({
      title: request.t.t('moderation.queue.title'),
      body: <QueuePage t={request.t} entries={entries} />,
    });
  });

  r.get('/admin/moderation/skjult', { config: { access: 'admin' } }, async (request, reply) => {
    const entries = await hiddenContent(ctx, adapters);
    return reply.page({
      title: request.t.t('moderation.hidden.title'),
      body: <HiddenPage t={request.t} entries={entries} />,
    });
  });

  r.get(
    '/admin/moderation/:type/:id',
    { config: { access: 'admin' }, schema: { params: CaseParams } },
    async (request, reply) => renderCase(request, reply, request.params.type, request.params.id),
  );

  for (const decision of DECISION_PATHS) {
    r.post(
      `/admin/moderation/:type/:id/${decision.path}`,
      { config: { access: 'admin' }, schema: { params: CaseParams, body: DecisionForm } },
      async (request, reply) => {
        const { type, id } = request.params;
        try {
          if (decision.action === 'hide' && !isConfirmed(request.body)) {
            // Hiding mails the owner: a plain post (after the reason is checked) asks first.
            const note = checkHideNote(request.body.note);
            const model = await moderationCase(ctx, adapters, type, id);
            return reply.page({
              title: request.t.t('moderation.hide.title'),
              body: <HideConfirm t={request.t} csrfToken={request.csrfToken} model={model} note={note} />,
            });
          }
          await decide(ctx, adapters, currentUser(request), type, id, decision.action, request.body.note);
        } catch (error) {
          if (!(error instanceof ValidationError)) throw error;
          const form = { values: { note: request.body.note ?? '' }, errors: error.fieldErrors };
          return renderCase(request, reply, type, id, form);
        }
        reply.flash(`moderation.content.${decision.flash}`);
        return reply.redirect(casePath(type, id));
      },
    );
  }
}
