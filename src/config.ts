import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

export type LogLevel = 'fatal' | 'error' | 'warn' | 'info' | 'debug' | 'trace' | 'silent';

export type DatabaseConfig =
  | { dialect: 'sqlite'; filename: string }
  | { dialect: 'postgres'; connectionString: string };

/**
 * The data controller (dataansvarlig) named in the privacy notice, the terms and the contact page
 * (GDPR art. 13(1)(a)–(b)). The defaults are example values for the demo instance only.
 */
export interface ControllerConfig {
  readonly name: string;
  readonly address: string;
  readonly email: string;
  readonly phone: string | null;
  /** The data protection officer (databeskyttelsesrådgiver), when there is one. */
  readonly dpoEmail: string | null;
  /** True while any of name, address or e-mail is the demo default: the pages then say so. */
  readonly isExample: boolean;
}

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
  /** Credit shown on maps; also names the tile provider in the privacy notice. */
  readonly mapTileAttribution: string;
  readonly controller: ControllerConfig;
  readonly sessionSecret: string;
  readonly logLevel: LogLevel;
  /** Run the job worker inside the web process (off in tests, which drive jobs by hand). */
  readonly inProcessWorker: boolean;
  /**
   * Seed demo data into an empty database on start. Off unless asked for (`SEED_DEMO=true`), except
   * on the embedded quick-start default (no `DATABASE_URL`), so a real database never gets demo people.
   */
  readonly seedDemo: boolean;
  /**
   * Believe X-Forwarded-For from a proxy in front. Off by default: otherwise anyone could pick
   * their own IP address and walk around the per-address rate limits.
   */
  readonly trustProxy: boolean;
  /** Bytes of anonymous pages kept in each process (`PUBLIC_CACHE_MB`, default 32; 0 turns it off). */
  readonly publicCacheBytes: number;
}

/** Thrown for a bad environment value; its message is the one line printed at start-up. */
export class ConfigError extends Error {}

const LOG_LEVELS: readonly LogLevel[] = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'];
const DEFAULT_TILE_URL = 'https://tile.openstreetmap.org/{z}/{x}/{y}.png';
export const DEFAULT_TILE_ATTRIBUTION = '© OpenStreetMap contributors';
/** Example values for a demo or development instance; a real one sets CONTROLLER_*. */
const EXAMPLE_CONTROLLER = {
  name: 'Byliv (demo)',
  address: 'Eksempelvej 1, 1799 København V',
  email: 'privacy@byliv.example',
} as const;
const EMAIL_PATTERN = /^[^\s@<>"]+@[^\s@<>"]+\.[^\s@<>"]+$/;

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

/**
 * The credit shown on maps. Without one, the OpenStreetMap credit for its own tiles, otherwise the
 * tile server's host name, so that a visitor can always see whose server drew the map.
 */
function readMapTileAttribution(env: Env, tileUrl: string | null): string {
  const raw = env.MAP_TILE_ATTRIBUTION?.trim();
  if (raw !== undefined && raw !== '') {
    if (raw.length > 200 || hasControlCharacter(raw) || /[<>]/.test(raw)) {
      throw new ConfigError(
        `MAP_TILE_ATTRIBUTION must be one line of plain text up to 200 characters, got ${quote(raw)}`,
      );
    }
    return raw;
  }
  if (tileUrl === null || tileUrl === DEFAULT_TILE_URL) return DEFAULT_TILE_ATTRIBUTION;
  return tileHost(tileUrl);
}

/** The host that receives a visitor's requests for map tiles, e.g. `tile.openstreetmap.org`. */
export function tileHost(tileUrl: string): string {
  return new URL(tileUrl.replace(/\{[a-z]\}/g, '0')).hostname.replace(/^0\./, '*.');
}

function hasControlCharacter(raw: string): boolean {
  return [...raw].some((character) => (character.codePointAt(0) ?? 0) < 0x20);
}

/** One line of plain text, e.g. a name or an address; `fallback` when unset. */
function readText(env: Env, name: string, fallback: string, max = 200): string {
  const raw = env[name]?.trim();
  if (raw === undefined || raw === '') return fallback;
  if (raw.length > max || hasControlCharacter(raw)) {
    throw new ConfigError(`${name} must be one line of text up to ${max} characters, got ${quote(raw)}`);
  }
  return raw;
}

function readEmail(env: Env, name: string): string | null {
  const raw = env[name]?.trim();
  if (raw === undefined || raw === '') return null;
  if (raw.length > 254 || !EMAIL_PATTERN.test(raw)) {
    throw new ConfigError(`${name} must be an e-mail address, e.g. privacy@example.dk, got ${quote(raw)}`);
  }
  return raw;
}

function readPhone(env: Env): string | null {
  const raw = env.CONTROLLER_PHONE?.trim();
  if (raw === undefined || raw === '') return null;
  if (!/^\+?[0-9][0-9 ]{5,20}$/.test(raw)) {
    throw new ConfigError(`CONTROLLER_PHONE must be a phone number, e.g. +45 33 66 33 66, got ${quote(raw)}`);
  }
  return raw;
}

function readController(env: Env): ControllerConfig {
  const controller = {
    name: readText(env, 'CONTROLLER_NAME', EXAMPLE_CONTROLLER.name),
    address: readText(env, 'CONTROLLER_ADDRESS', EXAMPLE_CONTROLLER.address),
    email: readEmail(env, 'CONTROLLER_EMAIL') ?? EXAMPLE_CONTROLLER.email,
    phone: readPhone(env),
    dpoEmail: readEmail(env, 'DPO_EMAIL'),
  };
  const isExample =
    controller.name === EXAMPLE_CONTROLLER.name ||
    controller.address === EXAMPLE_CONTROLLER.address ||
    controller.email === EXAMPLE_CONTROLLER.email;
  return Object.freeze({ ...controller, isExample });
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

const DEFAULT_PUBLIC_CACHE_MB = 32;

function readPublicCacheBytes(env: Env): number {
  const raw = env.PUBLIC_CACHE_MB;
  if (raw === undefined || raw === '') return DEFAULT_PUBLIC_CACHE_MB * 1024 * 1024;
  const megabytes = Number(raw);
  if (!/^\d+$/.test(raw) || megabytes > 1024) {
    throw new ConfigError(
      `PUBLIC_CACHE_MB must be a whole number of megabytes from 0 to 1024, got ${quote(raw)}`,
    );
  }
  return megabytes * 1024 * 1024;
}

/** No database named: the embedded SQLite file under the data folder, as `npm start` gives it. */
function isQuickStartDefault(env: Env): boolean {
  return env.DATABASE_URL === undefined || env.DATABASE_URL === '';
}

function readBoolean(name: string, raw: string | undefined, fallback: boolean): boolean {
  if (raw === undefined || raw === '') return fallback;
  if (raw === 'true' || raw === '1') return true;
  if (raw === 'false' || raw === '0') return false;
  throw new ConfigError(`${name} must be true or false, got ${quote(raw)}`);
}

/**
 * A secret given in the environment, or (on SQLite, one instance) one generated on first start and
 * kept under the data folder. On PostgreSQL several instances may serve one address, and a form
 * signed by one must be accepted by the next, so the secret must be given and shared.
 */
function readSessionSecret(env: Env, dataDir: string, database: DatabaseConfig): string {
  const raw = env.SESSION_SECRET;
  if (raw !== undefined && raw !== '') {
    if (raw.length < 32) throw new ConfigError('SESSION_SECRET must be at least 32 characters long');
    return raw;
  }
  if (database.dialect === 'postgres')
    throw new ConfigError(
      'SESSION_SECRET must be set when DATABASE_URL is PostgreSQL: every instance behind one address needs the same secret (32 characters or more, e.g. from `openssl rand -base64 32`)',
    );
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
  const mapTileUrl = readMapTileUrl(env);
  const checked = {
    port,
    host,
    baseUrl,
    dataDir,
    database: readDatabase(env, dataDir),
    smtpUrl: readSmtpUrl(env),
    mailFrom: readMailFrom(env, baseUrl),
    mapTileUrl,
    mapTileAttribution: readMapTileAttribution(env, mapTileUrl),
    controller: readController(env),
    logLevel: readLogLevel(env),
    inProcessWorker: readBoolean('WORKER', env.WORKER, true),
    seedDemo: readBoolean('SEED_DEMO', env.SEED_DEMO, isQuickStartDefault(env)),
    trustProxy: readBoolean('TRUST_PROXY', env.TRUST_PROXY, false),
    publicCacheBytes: readPublicCacheBytes(env),
  };
  return Object.freeze({ ...checked, sessionSecret: readSessionSecret(env, dataDir, checked.database) });
}
