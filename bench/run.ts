// `npm run bench`: Byliv's built server against a Fastify hello-world, measured in one run.
import { type ChildProcess, spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import autocannon from 'autocannon';
import { setupActivitiesBench } from './activities.ts';
import { setupBookingsBench } from './bookings.ts';
import { type Scenario, scenarios } from './scenarios.ts';

const CONNECTIONS = 10;
const DURATION_S = 5;
const WARM_UP_S = 2;
const STARTUP_TIMEOUT_MS = 60_000;

interface Measurement {
  name: string;
  path: string;
  requestsPerSecond: number;
  p50: number;
  p99: number;
  non2xx: number;
  errors: number;
}

async function freePort(): Promise<number> {
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

const children: ChildProcess[] = [];

/** The server runs with the memory defaults `npm start` gives it (bin/byliv.mjs). */
const SERVER_FLAGS = ['--max-old-space-size=256', '--max-semi-space-size=16'];
/** Byliv as production runs it: the build `npm run bench` makes first, on plain node. */
const BUILT_SERVER = 'dist/server/main.js';

function start(args: string[], env: NodeJS.ProcessEnv): ChildProcess {
  const child = spawn(process.execPath, [...SERVER_FLAGS, ...args], {
    env,
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  children.push(child);
  return child;
}

async function stopChildren(): Promise<void> {
  await Promise.all(
    children.map(
      (child) =>
        new Promise<void>((resolve) => {
          if (child.exitCode !== null || child.signalCode !== null) return resolve();
          const force = setTimeout(() => child.kill('SIGKILL'), 10_000);
          child.once('exit', () => {
            clearTimeout(force);
            resolve();
          });
          child.kill('SIGTERM');
        }),
    ),
  );
}

async function waitUntilAnswering(url: string, child: ChildProcess): Promise<void> {
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

async function measure(base: string, scenario: Scenario, seconds: number): Promise<Measurement> {
  const result = await autocannon({
    url: `${base}${scenario.path}`,
    method: scenario.method ?? 'GET',
    headers: scenario.headers,
    body: scenario.body,
    connections: CONNECTIONS,
    duration: seconds,
  });
  return {
    name: scenario.name,
    path: scenario.path,
    requestsPerSecond: result.requests.average,
    p50: result.latency.p50,
    p99: result.latency.p99,
    non2xx: result.non2xx,
    errors: result.errors + result.timeouts,
  };
}

async function measureWithWarmUp(base: string, scenario: Scenario): Promise<Measurement> {
  await measure(base, scenario, WARM_UP_S);
  const measurement = await measure(base, scenario, DURATION_S);
  process.stdout.write(`  measured ${scenario.name}: ${Math.round(measurement.requestsPerSecond)} req/s\n`);
  return measurement;
}

function printTable(rows: Measurement[], baseline: number): void {
  const header = ['route', 'path', 'req/s', 'p50 ms', 'p99 ms', 'non-2xx', 'errors', 'vs hello'];
  const body = rows.map((row) => [
    row.name,
    row.path,
    Math.round(row.requestsPerSecond).toString(),
    row.p50.toFixed(1),
    row.p99.toFixed(1),
    row.non2xx.toString(),
    row.errors.toString(),
    `${((row.requestsPerSecond / baseline) * 100).toFixed(1)} %`,
  ]);
  const table = [header, ...body];
  const widths = header.map((_, column) => Math.max(...table.map((line) => (line[column] ?? '').length)));
  const format = (line: string[]): string =>
    line.map((cell, column) => cell.padEnd(widths[column] ?? 0)).join('  ');
  process.stdout.write(`\n${format(header)}\n${widths.map((w) => '-'.repeat(w)).join('  ')}\n`);
  for (const line of body) process.stdout.write(`${format(line)}\n`);
  process.stdout.write(
    `\n${CONNECTIONS} connections, ${DURATION_S} s per route after a ${WARM_UP_S} s warm-up; SQLite with demo data; Node ${process.version}. Non-2xx in a 304 row are the 304s.\n`,
  );
}

/** The server's resident memory now and at its peak, from /proc (Linux). */
function memoryOf(child: ChildProcess): string {
  try {
    const status = readFileSync(`/proc/${child.pid}/status`, 'utf8');
    const field = (name: string) =>
      Math.round(Number(/(\d+) kB/.exec(status.split(`${name}:`)[1] ?? '')?.[1] ?? 0) / 1024);
    return `Byliv server memory after the run: ${field('VmRSS')} MB resident, peak ${field('VmHWM')} MB (heap cap 256 MB).`;
  } catch {
    return 'Byliv server memory: not available on this system.';
  }
}

async function main(): Promise<void> {
  const dataDir = mkdtempSync(join(tmpdir(), 'byliv-bench-'));
  try {
    const [bylivPort, helloPort] = [await freePort(), await freePort()];
    const bylivBase = `http://127.0.0.1:${bylivPort}`;
    const env: NodeJS.ProcessEnv = {
      ...process.env,
      DATABASE_URL: '',
      DATA_DIR: dataDir,
      PORT: String(bylivPort),
      HOST: '127.0.0.1',
      BASE_URL: bylivBase,
      WORKER: 'false',
      LOG_LEVEL: 'warn',
      MAP_TILE_URL: 'none',
      SEED_DEMO: 'true',
    };
    process.stdout.write(`Preparing a SQLite database with demo data in ${dataDir} …\n`);
    const seeded = spawnSync(process.execPath, [BUILT_SERVER, 'seed'], {
      env,
      stdio: ['ignore', 'ignore', 'inherit'],
    });
    if (seeded.status !== 0) throw new Error('seeding the database failed');
    const bookingScenarios = await setupBookingsBench(env);
    const activityScenarios = await setupActivitiesBench(env);

    const byliv = start([BUILT_SERVER, 'serve'], env);
    const hello = start(['--import', 'tsx', 'bench/hello-world.ts'], {
      ...process.env,
      PORT: String(helloPort),
    });
    await waitUntilAnswering(`${bylivBase}/readyz`, byliv);
    await waitUntilAnswering(`http://127.0.0.1:${helloPort}/`, hello);

    process.stdout.write('Measuring …\n');
    const baseline = await measureWithWarmUp(`http://127.0.0.1:${helloPort}`, {
      name: 'hello world (Fastify)',
      path: '/',
    });
    const rows = [baseline];
    for (const scenario of [...scenarios, ...bookingScenarios, ...activityScenarios])
      rows.push(await measureWithWarmUp(bylivBase, scenario));
    printTable(rows, baseline.requestsPerSecond);
    process.stdout.write(`${memoryOf(byliv)}\n`);
  } finally {
    await stopChildren();
    rmSync(dataDir, { recursive: true, force: true });
  }
}

process.once('SIGINT', () => {
  void stopChildren().then(() => process.exit(130));
});

main().then(
  () => process.exit(0),
  async (error: unknown) => {
    process.stderr.write(`Benchmark failed: ${error instanceof Error ? error.message : String(error)}\n`);
    await stopChildren();
    process.exit(1);
  },
);
