// Starts the server for the browser tests on a throw-away data folder: fresh SQLite, demo data,
// tiles off, mail written to the data folder where the tests read it.
import { spawn } from 'node:child_process';
import { mkdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';

const dataDir = join(process.cwd(), 'test-results', 'e2e-data');
rmSync(dataDir, { recursive: true, force: true });
mkdirSync(dataDir, { recursive: true });
const child = spawn(process.execPath, ['--import', 'tsx', 'src/main.ts', 'serve'], {
  stdio: 'inherit',
  env: {
    ...process.env,
    DATA_DIR: dataDir,
    HOST: '127.0.0.1',
    BASE_URL: `http://127.0.0.1:${process.env.PORT}`,
    MAP_TILE_URL: 'none',
    LOG_LEVEL: 'warn',
  },
});
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => child.kill(signal));
child.on('exit', (code) => process.exit(code ?? 0));
