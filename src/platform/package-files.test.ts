import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DISTRICTS_FILE, NEIGHBOURHOODS_FILE } from '#src/modules/areas/data-files.ts';
import { PACKAGE_ROOT, packageFile } from '#src/platform/package-files.ts';
import { testDialect } from '#src/testing/test-db.ts';

const BUILT_SERVER = packageFile('dist/server/main.js');

describe('the files the server reads at run time', () => {
  it('are found from the package folder, not the working directory', () => {
    const manifest = JSON.parse(readFileSync(join(PACKAGE_ROOT, 'package.json'), 'utf8')) as { name: string };
    expect(manifest.name).toBe('byliv');
    for (const file of [packageFile('src/client/icons/favicon.ico'), DISTRICTS_FILE, NEIGHBOURHOODS_FILE]) {
      expect(existsSync(file), file).toBe(true);
    }
  });

  // `npm run build` makes dist/server before the tests run (scripts/test.mjs); without it, skipped.
  it.skipIf(!existsSync(BUILT_SERVER) || testDialect() === 'postgres')(
    'are found by the built server started from another folder',
    () => {
      const elsewhere = mkdtempSync(join(tmpdir(), 'byliv-elsewhere-'));
      try {
        const result = spawnSync(process.execPath, [BUILT_SERVER, 'seed'], {
          cwd: elsewhere,
          env: { PATH: process.env.PATH, DATA_DIR: join(elsewhere, 'data'), SEED_DEMO: 'false' },
          encoding: 'utf8',
          timeout: 30_000,
        });
        expect(result.stderr).toBe('');
        expect(result.stdout).toContain('Districts and neighbourhoods are loaded.');
      } finally {
        rmSync(elsewhere, { recursive: true, force: true });
      }
    },
  );
});
