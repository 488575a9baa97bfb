#!/usr/bin/env node
// The whole suite, as `npm test` runs it: type-check, lint, build, unit and integration tests on
// SQLite (and on PostgreSQL when TEST_DATABASE_URL is set), then the browser suite in Chromium.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync } from 'node:fs';

const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const RESULTS = 'test-results';
mkdirSync(RESULTS, { recursive: true });

function run(label, command, args, env = {}) {
  process.stdout.write(`\n▶ ${label}\n`);
  const result = spawnSync(command, args, { stdio: 'inherit', env: { ...process.env, ...env } });
  if (result.status !== 0) {
    process.stderr.write(`\n✗ ${label} failed\n`);
    process.exit(result.status ?? 1);
  }
}

function ensureChromium() {
  if (existsSync(CHROMIUM)) return;
  const command = 'apt-get update && apt-get install -y chromium';
  if (process.getuid?.() === 0) {
    run('install Chromium from Debian', 'sh', ['-c', command], { DEBIAN_FRONTEND: 'noninteractive' });
    return;
  }
  process.stderr.write(`Chromium is missing at ${CHROMIUM}. Install it with:\n  sudo ${command}\n`);
  process.exit(1);
}

function counts(file, read) {
  if (!existsSync(file)) return { passed: 0, failed: 0, flaky: [] };
  return read(JSON.parse(readFileSync(file, 'utf8')));
}

/** Every browser test that failed first and passed on its retry, as "file › title [project]". */
function flakyTests(suite, path = []) {
  const here = suite.title === '' ? path : [...path, suite.title];
  const own = (suite.specs ?? []).flatMap((spec) =>
    spec.tests
      .filter((test) => test.status === 'flaky')
      .map((test) => `${[...here, spec.title].join(' › ')} [${test.projectName}]`),
  );
  return [...own, ...(suite.suites ?? []).flatMap((child) => flakyTests(child, here))];
}

const vitestCounts = (report) => ({
  passed: report.numPassedTests,
  failed: report.numFailedTests,
  flaky: [],
});
// A flaky test counts as passed (CI retried it once) but is named below, so it is never hidden.
const playwrightCounts = (report) => ({
  passed: report.stats.expected + report.stats.flaky,
  failed: report.stats.unexpected,
  flaky: report.suites.flatMap((suite) => flakyTests(suite)),
});

run('type-check', 'npx', ['tsc', '-p', '.']);
run('lint', 'npx', ['biome', 'check', '.']);
run('build', 'npm', ['run', 'build']);
run('unit and integration tests on SQLite', 'npx', [
  'vitest',
  'run',
  '--project',
  'sqlite',
  '--reporter=default',
  '--reporter=json',
  `--outputFile.json=${RESULTS}/vitest-sqlite.json`,
]);
const postgres = process.env.TEST_DATABASE_URL;
if (postgres !== undefined && postgres !== '') {
  run('the same tests on PostgreSQL', 'npx', [
    'vitest',
    'run',
    '--project',
    'postgres',
    '--reporter=default',
    '--reporter=json',
    `--outputFile.json=${RESULTS}/vitest-postgres.json`,
  ]);
} else {
  process.stdout.write('\n(PostgreSQL tests skipped: set TEST_DATABASE_URL=postgres://… to run them)\n');
}
ensureChromium();
run('browser tests in Chromium', 'npx', ['playwright', 'test']);

const parts = [
  counts(`${RESULTS}/vitest-sqlite.json`, vitestCounts),
  counts(`${RESULTS}/vitest-postgres.json`, vitestCounts),
  counts(`${RESULTS}/playwright.json`, playwrightCounts),
];
const passed = parts.reduce((sum, part) => sum + part.passed, 0);
const failed = parts.reduce((sum, part) => sum + part.failed, 0);
const flaky = parts.flatMap((part) => part.flaky);
const flakyNote = flaky.length === 0 ? '' : ` (${flaky.length} of them flaky: passed only on a retry)`;
process.stdout.write(`\n${passed} passed${flakyNote}, ${failed} failed\n`);
for (const title of flaky) process.stdout.write(`  flaky: ${title}\n`);
