import { defineConfig } from 'vitest/config';

const include = ['src/**/*.test.{ts,tsx}'];
const postgresUrl = process.env.TEST_DATABASE_URL;

/** The same integration tests run once per database; PostgreSQL only when TEST_DATABASE_URL is set. */
export default defineConfig({
  oxc: { jsx: { runtime: 'automatic', importSource: 'preact' } },
  test: {
    testTimeout: 30_000,
    // Test files share a worker's module cache: each file builds its own app and database, and no
    // test mocks a module, so isolating every file only re-imported the app 115 times (import took
    // 123 of 286 s on SQLite; with shared modules the SQLite run takes ~105 s).
    isolate: false,
    hookTimeout: 60_000,
    projects: [
      { extends: true, test: { name: 'sqlite', include, env: { BYLIV_TEST_DIALECT: 'sqlite' } } },
      ...(postgresUrl === undefined || postgresUrl === ''
        ? []
        : [
            {
              extends: true as const,
              test: { name: 'postgres', include, env: { BYLIV_TEST_DIALECT: 'postgres' } },
            },
          ]),
    ],
  },
});
