// The processes `npm run bench` starts: Byliv's built server and the hello-world baseline.
import { type ChildProcess, spawn } from 'node:child_process';
import { createServer } from 'node:net';

/** The server runs with the memory flags `npm start` gives it (bin/byliv.mjs, default HEAP_MB). */
export const SERVER_FLAGS = ['--max-old-space-size=256', '--max-semi-space-size=16'];
/** Byliv as production runs it: the build `npm run bench` makes first, on plain node. */
export const BUILT_SERVER = 'dist/server/main.js';
const STARTUP_TIMEOUT_MS = 60_000;

const children = new Set<ChildProcess>();

export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address !== null ? address.port : 0;
      server.close(() => resolve(port));
    });
  });
}

/**
 * The environment Byliv's server and CLI get in the bench: SQLite in `dataDir`, no worker, quiet
 * logs, and glibc's arena limit as bin/byliv.mjs sets it.
 */
export function bylivEnv(dataDir: string, port: number): NodeJS.ProcessEnv {
  return {
    MALLOC_ARENA_MAX: '2',
    ...process.env,
    DATABASE_URL: '',
    DATA_DIR: dataDir,
    PORT: String(port),
    HOST: '127.0.0.1',
    BASE_URL: `http://127.0.0.1:${port}`,
    WORKER: 'false',
    LOG_LEVEL: 'warn',
    MAP_TILE_URL: 'none',
    SEED_DEMO: 'true',
  };
}

export function startProcess(args: string[], env: NodeJS.ProcessEnv): ChildProcess {
  const child = spawn(process.execPath, [...SERVER_FLAGS, ...args], {
    env,
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  children.add(child);
  child.once('exit', () => children.delete(child));
  return child;
}

export async function stopProcess(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return;
  await new Promise<void>((resolve) => {
    const force = setTimeout(() => child.kill('SIGKILL'), 10_000);
    child.once('exit', () => {
      clearTimeout(force);
      resolve();
    });
    child.kill('SIGTERM');
  });
}

export async function stopAllProcesses(): Promise<void> {
  await Promise.all([...children].map(stopProcess));
}

export async function waitUntilAnswering(url: string, child: ChildProcess): Promise<void> {
  const deadline = Date.now() + STARTUP_TIMEOUT_MS;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`the server for ${url} exited with ${child.exitCode}`);
    try {
      if ((await fetch(url)).ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  throw new Error(`${url} did not answer within ${STARTUP_TIMEOUT_MS / 1000} s`);
}
