import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from '#src/config.ts';

let dataDir: string;
beforeEach(() => {
  dataDir = mkdtempSync(join(tmpdir(), 'byliv-config-'));
});
afterEach(() => {
  rmSync(dataDir, { recursive: true, force: true });
});

function load(env: Record<string, string>) {
  return loadConfig({ DATA_DIR: dataDir, ...env });
}

function configErrorFor(env: Record<string, string>): string {
  try {
    load(env);
  } catch (error) {
    if (error instanceof ConfigError) return error.message;
    throw error;
  }
  throw new Error(`no configuration error for ${JSON.stringify(env)}`);
}

describe('configuration from the environment', () => {
  it('starts with sensible defaults on an empty environment', () => {
    const config = load({});
    expect(config.port).toBe(3000);
    expect(config.baseUrl).toBe('http://localhost:3000');
    expect(config.database).toEqual({ dialect: 'sqlite', filename: join(dataDir, 'byliv.sqlite') });
    expect(config.smtpUrl).toBeNull();
    expect(config.mailFrom).toBe('Byliv <no-reply@localhost>');
    expect(config.inProcessWorker).toBe(true);
    expect(config.sessionSecret.length).toBeGreaterThanOrEqual(32);
  });

  it('keeps the generated session secret across restarts', () => {
    expect(load({}).sessionSecret).toBe(load({}).sessionSecret);
  });

  it('selects PostgreSQL for a postgres:// URL', () => {
    const config = load({
      DATABASE_URL: 'postgres://byliv:secret@db.example:5432/byliv',
      SESSION_SECRET: 'a-shared-secret-of-at-least-32-characters',
    });
    expect(config.database.dialect).toBe('postgres');
  });

  it('seeds demo data on the quick-start default only, never on a named database unless asked', () => {
    const postgres = {
      DATABASE_URL: 'postgres://byliv:secret@db.example:5432/byliv',
      SESSION_SECRET: 'a-shared-secret-of-at-least-32-characters',
    };
    expect(load({}).seedDemo).toBe(true);
    expect(load(postgres).seedDemo).toBe(false);
    expect(load({ DATABASE_URL: `sqlite:${join(dataDir, 'own.sqlite')}` }).seedDemo).toBe(false);
    expect(load({ ...postgres, SEED_DEMO: 'true' }).seedDemo).toBe(true);
    expect(load({ SEED_DEMO: 'false' }).seedDemo).toBe(false);
  });

  it('refuses to start on PostgreSQL without a shared SESSION_SECRET, and writes no secret of its own', () => {
    const message = configErrorFor({ DATABASE_URL: 'postgres://byliv:secret@db.example:5432/byliv' });
    expect(message).toContain('SESSION_SECRET must be set when DATABASE_URL is PostgreSQL');
    expect(existsSync(join(dataDir, 'session-secret'))).toBe(false);
  });

  const badValues: Array<[string, Record<string, string>]> = [
    ['PORT', { PORT: 'abc' }],
    ['PORT', { PORT: '70000' }],
    ['HOST', { HOST: 'not a host' }],
    ['BASE_URL', { BASE_URL: 'localhost:3000' }],
    ['BASE_URL', { BASE_URL: 'ftp://byliv.dk' }],
    ['DATABASE_URL', { DATABASE_URL: 'mysql://root@localhost/byliv' }],
    ['DATABASE_URL', { DATABASE_URL: 'sqlite:' }],
    ['SMTP_URL', { SMTP_URL: 'mail.example.dk:587' }],
    ['MAIL_FROM', { MAIL_FROM: 'Byliv' }],
    ['MAP_TILE_URL', { MAP_TILE_URL: 'https://tiles.example/tile.png' }],
    ['MAP_TILE_ATTRIBUTION', { MAP_TILE_ATTRIBUTION: '<script>credit</script>' }],
    ['CONTROLLER_NAME', { CONTROLLER_NAME: 'x'.repeat(201) }],
    ['CONTROLLER_ADDRESS', { CONTROLLER_ADDRESS: 'Rådhuspladsen 1\n1550 København V' }],
    ['CONTROLLER_EMAIL', { CONTROLLER_EMAIL: 'privacy at kk.dk' }],
    ['CONTROLLER_PHONE', { CONTROLLER_PHONE: 'call us' }],
    ['DPO_EMAIL', { DPO_EMAIL: 'dpo@' }],
    ['SESSION_SECRET', { SESSION_SECRET: 'too-short' }],
    ['LOG_LEVEL', { LOG_LEVEL: 'verbose' }],
    ['WORKER', { WORKER: 'yes' }],
    ['SEED_DEMO', { SEED_DEMO: 'maybe' }],
    ['TRUST_PROXY', { TRUST_PROXY: 'sometimes' }],
    ['PUBLIC_CACHE_MB', { PUBLIC_CACHE_MB: '32MB' }],
  ];
  it.each(badValues)('names %s in one line when its value is wrong (%j)', (name, env) => {
    const message = configErrorFor(env);
    expect(message.startsWith(`${name} must`)).toBe(true);
    expect(message).not.toContain('\n');
  });

  it('names the demo data controller as an example until CONTROLLER_* are set', () => {
    expect(load({}).controller).toEqual({
      name: 'Byliv (demo)',
      address: 'Eksempelvej 1, 1799 København V',
      email: 'privacy@byliv.example',
      phone: null,
      dpoEmail: null,
      isExample: true,
    });
  });

  it('reads the data controller and DPO from the environment', () => {
    const config = load({
      CONTROLLER_NAME: 'Vesterbro Lokaludvalg',
      CONTROLLER_ADDRESS: 'Valdemarsgade 4, 1665 København V',
      CONTROLLER_EMAIL: 'byliv@kk.dk',
      CONTROLLER_PHONE: '+45 33 66 33 66',
      DPO_EMAIL: 'dpo@kk.dk',
    });
    expect(config.controller).toEqual({
      name: 'Vesterbro Lokaludvalg',
      address: 'Valdemarsgade 4, 1665 København V',
      email: 'byliv@kk.dk',
      phone: '+45 33 66 33 66',
      dpoEmail: 'dpo@kk.dk',
      isExample: false,
    });
  });

  it('credits OpenStreetMap for its tiles and otherwise names the tile host', () => {
    expect(load({}).mapTileAttribution).toBe('© OpenStreetMap contributors');
    const own = load({ MAP_TILE_URL: 'https://{s}.tiles.example.dk/{z}/{x}/{y}.png' });
    expect(own.mapTileAttribution).toBe('*.tiles.example.dk');
    const credited = load({
      MAP_TILE_URL: 'https://tiles.example.dk/{z}/{x}/{y}.png',
      MAP_TILE_ATTRIBUTION: '© Styrelsen for Dataforsyning og Infrastruktur',
    });
    expect(credited.mapTileAttribution).toBe('© Styrelsen for Dataforsyning og Infrastruktur');
  });

  it('names DATA_DIR when the folder cannot be written', () => {
    const aFile = join(dataDir, 'a-file');
    writeFileSync(aFile, '');
    const message = configErrorFor({ DATA_DIR: join(aFile, 'data') });
    expect(message).toMatch(/^DATA_DIR must be a folder Byliv can write to/);
  });

  it('never repeats a password from a bad SMTP_URL or DATABASE_URL', () => {
    expect(configErrorFor({ SMTP_URL: 'http://user:hunter2@mail.example' })).not.toContain('hunter2');
    expect(configErrorFor({ DATABASE_URL: 'postgres://user:hunter2@' })).not.toContain('hunter2');
  });

  it('keeps a value with a line break on one line', () => {
    expect(configErrorFor({ LOG_LEVEL: 'info\nwarn' })).not.toContain('\n');
  });

  it('writes nothing to the data folder when a value is wrong', () => {
    configErrorFor({ LOG_LEVEL: 'verbose' });
    expect(existsSync(join(dataDir, 'session-secret'))).toBe(false);
  });
});

describe('starting with a bad value', () => {
  it('exits non-zero printing exactly one line that names the variable', () => {
    const result = spawnSync(process.execPath, ['--import', 'tsx', 'src/main.ts'], {
      env: { PATH: process.env.PATH, DATA_DIR: dataDir, PORT: 'abc' },
      encoding: 'utf8',
      timeout: 20_000,
    });
    expect(result.status).not.toBe(0);
    expect(result.stdout).toBe('');
    expect(result.stderr).toBe(
      'Configuration error: PORT must be a whole number from 0 to 65535, got "abc"\n',
    );
  });
});
