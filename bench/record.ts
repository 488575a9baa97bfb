// Writes a run to bench/results/ (Markdown and JSON) and, for a full run, the README's table.
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { cpus, hostname, platform, release, totalmem } from 'node:os';
import { join } from 'node:path';
import { recordToMarkdown, summaryTable } from './markdown.ts';
import type { BenchRecord, Machine } from './results-model.ts';

const RESULTS_DIR = 'bench/results';
const README = 'README.md';
/** run.ts rewrites what stands between these two lines of the README after every full run. */
const README_START = '<!-- bench:latest:start -->';
const README_END = '<!-- bench:latest:end -->';

export function machine(): Machine {
  return {
    hostname: hostname(),
    cpu: cpus()[0]?.model.trim() ?? 'unknown CPU',
    cores: cpus().length,
    ramGb: Math.round(totalmem() / 1024 ** 3),
    platform: `${platform()} ${release()}`,
  };
}

/** The commit measured, marked `+changes` when the worktree differs from it. */
export function gitCommit(): string {
  const head = spawnSync('git', ['rev-parse', '--short', 'HEAD'], { encoding: 'utf8' }).stdout.trim();
  const dirty = spawnSync('git', ['status', '--porcelain', '--untracked-files=no'], {
    encoding: 'utf8',
  }).stdout.trim();
  return `${head || 'unknown'}${dirty === '' ? '' : ' +changes'}`;
}

function fileStem(record: BenchRecord): string {
  const stamp = record.date.slice(0, 16).replace(':', '');
  const host = record.machine.hostname.replace(/[^A-Za-z0-9-]/g, '-');
  return `${stamp}-${host}${record.mode === 'full' ? '' : `-${record.mode}`}`;
}

function rewriteReadme(record: BenchRecord): boolean {
  const readme = readFileSync(README, 'utf8');
  const start = readme.indexOf(README_START);
  const end = readme.indexOf(README_END);
  if (start === -1 || end < start) return false;
  const m = record.machine;
  const summary = [
    `Latest full run: ${record.date}, ${m.cpu} (${m.cores} cores), Node ${record.node}, commit ${record.commit}; every cell is req/s as a share of the same-run hello-world / p99, ✗ where the row misses its target. Details, memory and the worst rows: [bench/results/latest.md](bench/results/latest.md).`,
    '',
    summaryTable(record),
  ].join('\n');
  writeFileSync(README, `${readme.slice(0, start + README_START.length)}\n${summary}\n${readme.slice(end)}`);
  return true;
}

/** Returns the files written. Partial runs (quick or subset) never replace latest.* or the README. */
export function writeRecord(record: BenchRecord): string[] {
  mkdirSync(RESULTS_DIR, { recursive: true });
  const markdown = recordToMarkdown(record);
  const json = `${JSON.stringify(record, null, 2)}\n`;
  const stem = join(RESULTS_DIR, fileStem(record));
  const written = [`${stem}.md`, `${stem}.json`];
  writeFileSync(`${stem}.md`, markdown);
  writeFileSync(`${stem}.json`, json);
  if (record.mode === 'full') {
    writeFileSync(join(RESULTS_DIR, 'latest.md'), markdown);
    writeFileSync(join(RESULTS_DIR, 'latest.json'), json);
    written.push(join(RESULTS_DIR, 'latest.md'), join(RESULTS_DIR, 'latest.json'));
    if (rewriteReadme(record)) written.push(README);
  }
  return written;
}
