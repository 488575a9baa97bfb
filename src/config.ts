import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

export type LogLevel = 'fatal' | 'error' | 'warn' | 'info' | 'debug' | 'trace' | 'silent';

export type DatabaseConfig =
  | { dialect: 'sqlite'; filename: string }
  | { dialect: 'postgres'; connectionString: string };

export interface Config {
  readonly port: number;
  readonly host: string;
  readonly baseUrl: string;
  readonly dataDir: string;
  readonly database: DatabaseConfig;
  /** Absent: mail is written as .eml files to `<dataDir>/mail/`. */
  readonly smtpUrl: string | null;
  /** The sender of every e-mail, e.g. `Byliv <no-reply@byliv.dk>`. */
  readonly mailFrom: string;
  /** `null` when tiles are off (`MAP_TILE_URL=none`): maps draw shapes only, no network. */
  readonly mapTileUrl: string | null;
  readonly sessionSecret: string;
  readonly logLevel: LogLevel;
  /** Run the job worker inside the web process (off in tests, which drive jobs by hand). */
  readonly inProcessWorker: boolean;
  /** Seed demo data into an empty database on start. */
  readonly seedDemo: boolean;
  /**
   * Believe X-Forwarded-For from a proxy in front. Off by default: otherwise anyone could pick
   * their own IP address and walk around the per-address rate limits.
   */
  readonly trustProxy: boolean;
}

/** Thrown for a bad environment value; its message is the one line printed at start-up. */
export class ConfigError extends Error {}

const LOG_LEVELS: readonly LogLevel[] = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'];
const DEFAULT_TILE_URL = 'https://tile.openstreetmap.org/{z}/{x}/{y}.png';

type Env = Record<string, string | undefined>;

/** Quotes a value for the error line; JSON escaping keeps a stray newline from splitting it. */
function quote(raw: string): string {
  return JSON.stringify(raw);
}

function readPort(env: Env): number {
  const raw = env.PORT ?? '3000';
  const port = Number(raw);
  if (!/^\d+$/.test(raw) || port < 0 || port > 65535) {
    throw new ConfigError(`PORT must be a whole number from 0 to 65535, got ${quote(raw)}`);
  }
  return port;
}

/** URLs that may carry a password are never echoed back, so the error line is safe to log. */
function readUrl(name: string, raw: string, protocols: readonly string[], secret = false): URL {
  const shown = secret ? '' : `, got ${quote(raw)}`;
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    throw new ConfigError(`${name} must be a URL${shown}`);
  }
  if (!protocols.includes(url.protocol)) {
    throw new ConfigError(`${name} must start with ${protocols.map((p) => `${p}//`).join(' or ')}${shown}`);
  }
  if (url.hostname === '') throw new ConfigError(`${name} must name a host${shown}`);
  return url;
}

function readDatabase(env: Env, dataDir: string): DatabaseConfig {
  const raw = env.DATABASE_URL;
  if (raw === undefined || raw === '') return { dialect: 'sqlite', filename: join(dataDir, 'byliv.sqlite') };
  if (raw.startsWith('postgres://') || raw.startsWith('postgresql://')) {
    readUrl('DATABASE_URL', raw, ['postgres:', 'postgresql:'], true);
    return { dialect: 'postgres', connectionString: raw };
  }
  if (raw.startsWith('sqlite:')) {
    const filename = raw.slice('sqlite:'.length).replace(/^\/\//, '');
    if (filename === '')
      throw new ConfigError('DATABASE_URL must name a file after sqlite:, e.g. sqlite:data/byliv.sqlite');
    return { dialect: 'sqlite', filename: filename === ':memory:' ? filename : resolve(filename) };
  }
  throw new ConfigError('DATABASE_URL must be postgres://… or sqlite:FILE');
}

function readMapTileUrl(env: Env): string | null {
  const raw = env.MAP_TILE_URL;
  if (raw === undefined || raw === '') return DEFAULT_TILE_URL;
  if (raw === 'none') return null;
  if (!raw.includes('{z}') || !raw.includes('{x}') || !raw.includes('{y}')) {
    throw new ConfigError(`MAP_TILE_URL must contain {z}, {x} and {y}, or be "none", got ${quote(raw)}`);
  }
  readUrl('MAP_TILE_URL', raw.replace(/\{[a-z]\}/g, '0'), ['http:', 'https:']);
  return raw;
}

function readLogLevel(env: Env): LogLevel {
  const raw = env.LOG_LEVEL ?? 'info';
  const level = LOG_LEVELS.find((candidate) => candidate === raw);
  if (level === undefined)
    throw new ConfigError(`LOG_LEVEL must be one of ${LOG_LEVELS.join(', ')}, got ${quote(raw)}`);
  return level;
}

function readHost(env: Env): string {
  const raw = env.HOST ?? '0.0.0.0';
  if (!/^[A-Za-z0-9.:[\]-]+$/.test(raw)) {
    throw new ConfigError(`HOST must be a host name or IP address, got ${quote(raw)}`);
  }
  return raw;
}

function readSmtpUrl(env: Env): string | null {
  const raw = env.SMTP_URL;
  if (raw === undefined || raw === '') return null;
  readUrl('SMTP_URL', raw, ['smtp:', 'smtps:'], true);
  return raw;
}

function readMailFrom(env: Env, baseUrl: string): string {
  const raw = env.MAIL_FROM;
  if (raw === undefined || raw === '') return `Byliv <no-reply@${new URL(baseUrl).hostname}>`;
  if (!/^([^<>\r\n]*<)?[^\s@<>]+@[^\s@<>]+>?$/.test(raw.trim())) {
    throw new ConfigError(
      `MAIL_FROM must be an e-mail address, e.g. "Byliv <no-reply@example.dk>", got ${quote(raw)}`,
    );
  }
  return raw.trim();
}

function readBoolean(name: string, raw: string | undefined, fallback: boolean): boolean {
  if (raw === undefined || raw === '') return fallback;
  if (raw === 'true' || raw === '1') return true;
  if (raw === 'false' || raw === '0') return false;
  throw new ConfigError(`${name} must be true or false, got ${quote(raw)}`);
}

/** A secret given in the environment, or one generated on first start and kept under the data folder. */
function readSessionSecret(env: Env, dataDir: string): string {
  const raw = env.SESSION_SECRET;
  if (raw !== undefined && raw !== '') {
    if (raw.length < 32) throw new ConfigError('SESSION_SECRET must be at least 32 characters long');
    return raw;
  }
  const file = join(dataDir, 'session-secret');
  try {
    if (existsSync(file)) return readFileSync(file, 'utf8').trim();
    mkdirSync(dataDir, { recursive: true });
    const secret = randomBytes(32).toString('base64url');
    writeFileSync(file, secret, { mode: 0o600 });
    return secret;
  } catch (error) {
    const reason = error instanceof Error && 'code' in error ? String(error.code) : 'unknown error';
    throw new ConfigError(`DATA_DIR must be a folder Byliv can write to (${reason}), got ${quote(dataDir)}`);
  }
}

/**
 * Reads and validates the environment once; nothing else reads `process.env`. Every value is
 * checked before anything is written (the generated session secret comes last).
 */
export function loadConfig(env: Env = process.env): Config {
  const dataDir = resolve(env.DATA_DIR ?? 'data');
  const port = readPort(env);
  const host = readHost(env);
  const baseUrl = (env.BASE_URL ?? `http://localhost:${port}`).replace(/\/$/, '');
  readUrl('BASE_URL', baseUrl, ['http:', 'https:']);
  const checked = {
    port,
    host,
    baseUrl,
    dataDir,
    database: readDatabase(env, dataDir),
    smtpUrl: readSmtpUrl(env),
    mailFrom: readMailFrom(env, baseUrl),
    mapTileUrl: readMapTileUrl(env),
    logLevel: readLogLevel(env),
    inProcessWorker: readBoolean('WORKER', env.WORKER, true),
    seedDemo: readBoolean('SEED_DEMO', env.SEED_DEMO, true),
    trustProxy: readBoolean('TRUST_PROXY', env.TRUST_PROXY, false),
  };
  return Object.freeze({ ...checked, sessionSecret: readSessionSecret(env, dataDir) });
}
