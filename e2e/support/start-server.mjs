// Starts the built server, as production runs it, for the browser tests on a throw-away data
// folder: fresh SQLite, demo data, tiles off, mail written to the data folder where the tests read
// it. The server runs in this very process, so the signal Playwright sends on teardown reaches it
// directly, it shuts down gracefully, and no child process can be left behind.
import { spawnSync } from 'node:child_process';
import { mkdirSync, rmSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { E2E_DATA_DIR } from './paths.mjs';

// `npm test` has built already; a browser run on its own rebuilds what changed, never tests a stale build.
const build = spawnSync(process.execPath, ['scripts/build-if-needed.mjs'], {
  cwd: fileURLToPath(new URL('../..', import.meta.url)),
  stdio: ['ignore', 2, 2],
});
if (build.status !== 0) process.exit(build.status ?? 1);

rmSync(E2E_DATA_DIR, { recursive: true, force: true });
mkdirSync(E2E_DATA_DIR, { recursive: true });
Object.assign(process.env, {
  DATA_DIR: E2E_DATA_DIR,
  HOST: '127.0.0.1',
  BASE_URL: `http://127.0.0.1:${process.env.PORT}`,
  MAP_TILE_URL: 'none',
  LOG_LEVEL: 'warn',
  SEED_DEMO: 'true',
  WORKER: 'true',
  // The tests give each test its own address in X-Forwarded-For (see fixtures.ts).
  TRUST_PROXY: 'true',
});
// Whatever the shell says, the tests read mail from the folder and want a fresh SQLite file.
delete process.env.SMTP_URL;
delete process.env.DATABASE_URL;
// No arguments: the command-line entry starts `serve`.
await import('../../dist/server/main.js');
