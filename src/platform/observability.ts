import { randomUUID } from 'node:crypto';
import type { IncomingMessage } from 'node:http';
import { type DestinationStream, type Logger, type LoggerOptions, pino } from 'pino';
import type { LogLevel } from '#src/config.ts';

const SAFE_REQUEST_ID = /^[A-Za-z0-9-]{1,64}$/;

/**
 * The id that ties a request's log lines together. A load balancer's `x-request-id` is kept so
 * its logs and ours line up, but only when it is short and plain: anything else could forge or
 * break log lines, so it is replaced by a fresh UUID.
 */
export function requestIdFor(request: IncomingMessage): string {
  const incoming = request.headers['x-request-id'];
  return typeof incoming === 'string' && SAFE_REQUEST_ID.test(incoming) ? incoming : randomUUID();
}

/** Parameter names whose values are secrets: log-in links, invitations, API keys. */
const SECRET_NAME = /token|secret|passw|key|code|sig/i;
const REDACTED = '[redacted]';

/** Log paths censored wherever they appear: credentials, cookies, CSRF tokens and passwords. */
export const REDACT_PATHS = [
  'req.headers.authorization',
  'req.headers.cookie',
  'req.headers["x-csrf-token"]',
  'res.headers["set-cookie"]',
  'headers.authorization',
  'headers.cookie',
  'body._csrf',
  'body.password',
  'body.token',
  '*.password',
  '*.newPassword',
  '*.currentPassword',
  '*.token',
  '*.sessionSecret',
  '*.smtpUrl',
];

function redactPath(path: string, params: unknown): string {
  if (typeof params !== 'object' || params === null) return path;
  const secrets = Object.entries(params)
    .filter(([name, value]) => SECRET_NAME.test(name) && typeof value === 'string' && value !== '')
    .map(([, value]) => String(value));
  if (secrets.length === 0) return path;
  return path
    .split('/')
    .map((segment) =>
      secrets.some((secret) => segment === secret || segment === encodeURIComponent(secret))
        ? REDACTED
        : segment,
    )
    .join('/');
}

/** The URL as logged: secret path parameters and query values (e.g. `?token=`) are censored. */
export function redactUrl(url: string, params?: unknown): string {
  const queryStart = url.indexOf('?');
  const path = redactPath(queryStart === -1 ? url : url.slice(0, queryStart), params);
  if (queryStart === -1) return path;
  const query = url
    .slice(queryStart + 1)
    .split('&')
    .map((pair) => {
      const [name = '', ...value] = pair.split('=');
      return value.length > 0 && SECRET_NAME.test(decodeURIComponentSafe(name))
        ? `${name}=${REDACTED}`
        : pair;
    })
    .join('&');
  return `${path}?${query}`;
}

function decodeURIComponentSafe(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}

interface LoggedRequest {
  method: string;
  url: string;
  host?: string;
  ip?: string;
  params?: unknown;
}

/** Pino options for the server: level, redaction, and a request serializer that hides secrets in URLs. */
export function loggerOptions(
  level: LogLevel,
  stream?: NodeJS.WritableStream,
): LoggerOptions & { stream?: NodeJS.WritableStream } {
  return {
    level,
    redact: { paths: REDACT_PATHS, censor: REDACTED },
    serializers: {
      req(request: LoggedRequest) {
        return {
          method: request.method,
          url: redactUrl(request.url, request.params),
          host: request.host,
          remoteAddress: request.ip,
        };
      },
    },
    ...(stream === undefined ? {} : { stream }),
  };
}

/**
 * The logger of a process without a web server (the job worker run on its own): pino with the
 * server's options, so its lines read like the server's and hide the same secrets.
 */
export function processLogger(level: LogLevel, destination?: DestinationStream): Logger {
  return destination === undefined ? pino(loggerOptions(level)) : pino(loggerOptions(level), destination);
}
