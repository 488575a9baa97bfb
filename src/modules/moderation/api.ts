import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import type { FastifyInstance } from 'fastify';
import { type Static, Type } from 'typebox';
import {
  CONTENT_TYPES,
  type ModeratedContent,
  type ModerationOptions,
} from '#src/modules/moderation/registry.ts';
import {
  DETAILS_MAX,
  decide,
  type ModerationCase,
  moderationQueue,
  NOTE_MAX,
  type ReportView,
  submitReport,
} from '#src/modules/moderation/service.ts';
import { DECISION_ACTIONS, REPORT_REASONS } from '#src/modules/moderation/tables.ts';
import { BEARER_AUTH, DatabaseId, problem } from '#src/platform/api-schemas.ts';
import { currentUser } from '#src/platform/current-user.ts';
import { fieldCap } from '#src/platform/form-input.ts';

const tags = ['moderation'];
const instant = Type.String({ format: 'date-time' });

const ContentTypeJson = Type.Enum(CONTENT_TYPES, { description: 'A registered content type.' });
const ContentJson = Type.Object({
  title: Type.String(),
  url: Type.String(),
  hidden: Type.Boolean(),
  ownerName: Type.Union([Type.String(), Type.Null()]),
});
const ReportJson = Type.Object({
  reason: Type.Enum([...REPORT_REASONS, 'appeal']),
  details: Type.String(),
  reporterName: Type.Union([Type.String(), Type.Null()], { description: 'Null for anonymous reports.' }),
  createdAt: instant,
  resolved: Type.Boolean(),
});
const QueueJson = Type.Object({
  items: Type.Array(
    Type.Object({
      type: ContentTypeJson,
      id: Type.Integer(),
      content: Type.Union([ContentJson, Type.Null()], {
        description: 'Null when the content no longer exists.',
      }),
      reports: Type.Array(ReportJson),
      firstReportedAt: instant,
    }),
  ),
});
const CaseJson = Type.Object({
  type: ContentTypeJson,
  id: Type.Integer(),
  content: ContentJson,
  reports: Type.Array(ReportJson),
  decisions: Type.Array(
    Type.Object({
      action: Type.Enum(DECISION_ACTIONS),
      note: Type.String(),
      adminName: Type.Union([Type.String(), Type.Null()]),
      createdAt: instant,
    }),
  ),
});
const CaseParamsJson = Type.Object({
  type: ContentTypeJson,
  id: DatabaseId,
});
const NoteJson = Type.Object(
  {
    note: Type.Optional(
      Type.String({
        maxLength: fieldCap(NOTE_MAX),
        description: 'Required to hide or restore; mailed to the owner.',
      }),
    ),
  },
  { additionalProperties: false },
);
const ReportCreateJson = Type.Object(
  {
    type: ContentTypeJson,
    id: DatabaseId,
    reason: Type.Enum(REPORT_REASONS),
    details: Type.Optional(Type.String({ maxLength: fieldCap(DETAILS_MAX) })),
  },
  { additionalProperties: false },
);

function iso(epochMs: number): string {
  return new Date(epochMs).toISOString();
}

function contentJson(content: ModeratedContent, baseUrl: string): Static<typeof ContentJson> {
  return {
    title: content.title,
    url: `${baseUrl}${content.path}`,
    hidden: content.hidden,
    ownerName: content.ownerName,
  };
}

function reportJson(report: ReportView): Static<typeof ReportJson> {
  return { ...report, createdAt: iso(report.createdAt) };
}

function caseJson(model: ModerationCase, baseUrl: string): Static<typeof CaseJson> {
  return {
    type: model.type,
    id: model.id,
    content: contentJson(model.content, baseUrl),
    reports: model.reports.map(reportJson),
    decisions: model.decisions.map((decision) => ({ ...decision, createdAt: iso(decision.createdAt) })),
  };
}

/** Reports and the moderation queue as JSON under /api/v1 (tag `moderation`). */
export async function moderationApi(app: FastifyInstance, options: ModerationOptions): Promise<void> {
  const r = app.withTypeProvider<TypeBoxTypeProvider>();
  const { ctx } = app;
  const { adapters } = options;

  r.post(
    '/moderation/reports',
    {
      config: { access: 'user' },
      schema: {
        tags,
        summary: 'Report an activity, offer or wish to the administrators',
        security: BEARER_AUTH,
        body: ReportCreateJson,
        response: {
          204: Type.Null({ description: 'Recorded. Reporters are not told the outcome.' }),
          401: problem('No valid token.'),
          404: problem('No visible content of this type has this id.'),
          422: problem('A field breaks a rule; `errors` names each field.'),
          429: problem('Too many reports.'),
        },
      },
    },
    async (request, reply) => {
      await submitReport(ctx, adapters, currentUser(request), request.ip, request.body);
      return reply.status(204).send(null);
    },
  );

  r.get(
    '/moderation/queue',
    {
      config: { access: 'admin' },
      schema: {
        tags,
        summary: 'Reported content with its open reports, the longest-waiting first (administrators)',
        security: BEARER_AUTH,
        response: { 200: QueueJson, 401: problem('No valid token.'), 403: problem('Not an administrator.') },
      },
    },
    async () => {
      const entries = await moderationQueue(ctx, adapters);
      return {
        items: entries.map((entry) => ({
          type: entry.type,
          id: entry.id,
          content: entry.content === null ? null : contentJson(entry.content, ctx.config.baseUrl),
          reports: entry.reports.map(reportJson),
          firstReportedAt: iso(entry.firstReportedAt),
        })),
      };
    },
  );

  for (const action of DECISION_ACTIONS) {
    r.post(
      `/moderation/content/:type/:id/${action}`,
      {
        config: { access: 'admin' },
        schema: {
          tags,
          summary:
            action === 'hide'
              ? 'Hide content everywhere and e-mail its owner the note (administrators)'
              : action === 'restore'
                ? 'Restore hidden content and e-mail its owner (administrators)'
                : 'Keep content visible and close its open reports (administrators)',
          security: BEARER_AUTH,
          params: CaseParamsJson,
          body: NoteJson,
          response: {
            200: CaseJson,
            401: problem('No valid token.'),
            403: problem('Not an administrator.'),
            404: problem('No content of this type has this id.'),
            409: problem('Already hidden, or not hidden.'),
            422: problem('The note is missing or too long.'),
          },
        },
      },
      async (request) => {
        const { type, id } = request.params;
        const model = await decide(ctx, adapters, currentUser(request), type, id, action, request.body.note);
        return caseJson(model, ctx.config.baseUrl);
      },
    );
  }
}
