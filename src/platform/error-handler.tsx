import type { FastifyError, FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import fp from 'fastify-plugin';
import { AppError, RateLimitedError, ValidationError } from '#src/platform/errors.ts';
import { bothLanguages, type Message, type PlainMessageKey } from '#src/platform/i18n.ts';
import { isApiRequest } from '#src/platform/web-plugin.ts';

interface Problem {
  status: number;
  code: string;
  message: Message;
  /** Field-level problems, by field name (or JSON pointer for API bodies). */
  errors?: Array<{ field: string; message: Message }>;
  /** Extra detail for malformed requests (parser or schema messages, English only). */
  detail?: string;
}

const FASTIFY_CLIENT_ERRORS: Record<string, { status: number; key: PlainMessageKey }> = {
  FST_ERR_CTP_BODY_TOO_LARGE: { status: 413, key: 'error.tooLarge' },
  FST_ERR_CTP_INVALID_MEDIA_TYPE: { status: 415, key: 'error.unsupportedMediaType' },
  FST_ERR_CTP_INVALID_CONTENT_LENGTH: { status: 400, key: 'error.badRequest.title' },
  FST_ERR_CTP_EMPTY_JSON_BODY: { status: 400, key: 'error.badRequest.title' },
  FST_ERR_CTP_INVALID_JSON_BODY: { status: 400, key: 'error.badRequest.title' },
};

function isFastifyError(error: unknown): error is FastifyError {
  return error instanceof Error && 'code' in error;
}

/** Turns any thrown value into what a person or client may be told. */
function toProblem(error: unknown): Problem | null {
  if (error instanceof ValidationError) {
    return {
      status: error.statusCode,
      code: error.code,
      message: error.userMessage,
      errors: Object.entries(error.fieldErrors).map(([field, message]) => ({ field, message })),
    };
  }
  if (error instanceof AppError) {
    return { status: error.statusCode, code: error.code, message: error.userMessage };
  }
  if (!isFastifyError(error)) return null;
  if (error.validation !== undefined) {
    return {
      status: 400,
      code: 'invalid_request',
      message: { key: 'error.badRequest.title' },
      detail: `${error.validationContext ?? 'request'} ${error.message}`,
    };
  }
  const known = FASTIFY_CLIENT_ERRORS[error.code];
  if (known !== undefined) {
    return { status: known.status, code: error.code, message: { key: known.key }, detail: error.message };
  }
  if (error.statusCode !== undefined && error.statusCode >= 400 && error.statusCode < 500) {
    return {
      status: error.statusCode,
      code: 'bad_request',
      message: { key: 'error.badRequest.title' },
      detail: error.message,
    };
  }
  return null;
}

function sendProblem(request: FastifyRequest, reply: FastifyReply, problem: Problem) {
  const message = bothLanguages(problem.message);
  return reply
    .status(problem.status)
    .type('application/problem+json')
    .send({
      type: `about:blank#${problem.code}`,
      title: message.en,
      status: problem.status,
      code: problem.code,
      detail: problem.detail ?? message.en,
      message,
      errors: problem.errors?.map((fieldError) => ({
        field: fieldError.field,
        message: bothLanguages(fieldError.message),
      })),
      requestId: request.id,
    });
}

function titleFor(status: number): PlainMessageKey {
  if (status === 401) return 'error.unauthorized.title';
  if (status === 403) return 'error.forbidden.title';
  if (status === 404) return 'error.notFound.title';
  if (status === 409 || status === 422 || status === 429) return 'error.conflict.title';
  return 'error.badRequest.title';
}

function sendProblemPage(request: FastifyRequest, reply: FastifyReply, problem: Problem) {
  const { t } = request;
  if (problem.status === 401 && request.method === 'GET') {
    return reply.redirect(`/log-ind?naeste=${encodeURIComponent(request.url)}`);
  }
  const title = t.t(titleFor(problem.status));
  return reply.page({
    title,
    status: problem.status,
    body: (
      <>
        <h1>{title}</h1>
        <p>{t.message(problem.message)}</p>
        {problem.errors !== undefined && (
          <ul>
            {problem.errors.map((fieldError) => (
              <li key={fieldError.field}>{t.message(fieldError.message)}</li>
            ))}
          </ul>
        )}
        {problem.status === 401 && (
          <p>
            <a href="/log-ind">{t.t('nav.login')}</a>
          </p>
        )}
        <p>
          <a href="/">{t.t('error.goHome')}</a>
        </p>
      </>
    ),
  });
}

function sendServerError(request: FastifyRequest, reply: FastifyReply) {
  const { t } = request;
  if (isApiRequest(request)) {
    const message = bothLanguages({ key: 'error.server.body' });
    return reply.status(500).type('application/problem+json').send({
      type: 'about:blank#internal',
      title: message.en,
      status: 500,
      code: 'internal',
      detail: message.en,
      message,
      requestId: request.id,
    });
  }
  return reply.page({
    title: t.t('error.server.title'),
    status: 500,
    body: (
      <>
        <h1>{t.t('error.server.title')}</h1>
        <p>{t.t('error.server.body')}</p>
        <p>{t.t('error.requestId', { id: request.id })}</p>
        <p>
          <a href="/">{t.t('error.goHome')}</a>
        </p>
      </>
    ),
  });
}

async function errorHandlerPlugin(app: FastifyInstance): Promise<void> {
  app.setErrorHandler((error, request, reply) => {
    const problem = toProblem(error);
    if (problem === null) {
      request.log.error({ err: error }, 'unhandled error');
      return sendServerError(request, reply);
    }
    if (problem.status >= 500) request.log.error({ err: error }, 'server error');
    if (error instanceof RateLimitedError) reply.header('retry-after', String(error.retryAfterSeconds));
    return isApiRequest(request)
      ? sendProblem(request, reply, problem)
      : sendProblemPage(request, reply, problem);
  });

  app.setNotFoundHandler((request, reply) => {
    const problem: Problem = { status: 404, code: 'not_found', message: { key: 'error.notFound.body' } };
    if (isApiRequest(request)) return sendProblem(request, reply, problem);
    const { t } = request;
    return reply.page({
      title: t.t('error.notFound.title'),
      status: 404,
      body: (
        <>
          <h1>{t.t('error.notFound.title')}</h1>
          <p>{t.t('error.notFound.body')}</p>
          <p>
            <a href="/">{t.t('error.goHome')}</a>
          </p>
        </>
      ),
    });
  });
}

export const errorHandler = fp(errorHandlerPlugin, { name: 'byliv-errors', dependencies: ['byliv-web'] });
