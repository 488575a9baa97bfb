#!/usr/bin/env node
// `byliv <command>`: runs the TypeScript entry through tsx, from the project folder, with the
// memory defaults documented in the README (section "Memory"):
// - a V8 heap cap of HEAP_MB (default 256 MB): under a 60 s mixed load the heap otherwise grew by
//   hundreds of MB and was not given back, at the same throughput as with the cap;
// - MALLOC_ARENA_MAX=2: glibc otherwise keeps one malloc arena per thread (compression and
//   crypto run on libuv's threads), which holds on to freed memory as resident set.
import { spawnSync } from 'node:child_process';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const heapMb = process.env.HEAP_MB ?? '256';
if (!/^\d+$/.test(heapMb) || Number(heapMb) < 64 || Number(heapMb) > 16384) {
  process.stderr.write(`Configuration error: HEAP_MB must be a whole number of megabytes from 64 to 16384, got "${heapMb}"\n`);
  process.exit(1);
}
const result = spawnSync(
  process.execPath,
  [`--max-old-space-size=${heapMb}`, '--import', 'tsx', join(root, 'src/main.ts'), ...process.argv.slice(2)],
  { stdio: 'inherit', env: { MALLOC_ARENA_MAX: '2', ...process.env } },
);
process.exit(result.status ?? 1);
