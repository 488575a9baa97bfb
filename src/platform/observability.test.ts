import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Writable } from 'node:stream';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '#src/app.ts';
import { loggerOptions, redactUrl } from '#src/platform/observability.ts';
import { testConfig } from '#src/testing/test-app.ts';
import { createTestDatabase, type TestDatabase } from '#src/testing/test-db.ts';

describe('request logs', () => {
  let folder: string;
  let database: TestDatabase;
  let app: FastifyInstance;
  const lines: string[] = [];

  beforeAll(async () => {
    folder = mkdtempSync(join(tmpdir(), 'byliv-logs-'));
    database = await createTestDatabase();
    const stream = new Writable({
      write(chunk: Buffer, _encoding, done) {
        lines.push(
          ...chunk
            .toString('utf8')
            .split('\n')
            .filter((line) => line !== ''),
        );
        done();
      },
    });
    app = await buildApp({
      config: testConfig(folder),
      db: database.db,
      logger: loggerOptions('info', stream),
    });
    await app.ready();
  });
  afterAll(async () => {
    await app.close();
    await database.close();
    rmSync(folder, { recursive: true, force: true });
  });

  function logsOf(requestId: string): string[] {
    return lines.filter((line) => (JSON.parse(line) as { reqId?: string }).reqId === requestId);
  }

  it('gives every response a request id and logs under it', async () => {
    const response = await app.inject({ url: '/healthz' });
    const id = String(response.headers['x-request-id']);
    expect(id).toMatch(/^[0-9a-f-]{36}$/);
    expect(logsOf(id).length).toBeGreaterThanOrEqual(2);
  });

  it('keeps a plain incoming x-request-id so logs line up with the load balancer', async () => {
    const response = await app.inject({ url: '/healthz', headers: { 'x-request-id': 'lb-7f3a-0001' } });
    expect(response.headers['x-request-id']).toBe('lb-7f3a-0001');
    expect(logsOf('lb-7f3a-0001').length).toBeGreaterThanOrEqual(2);
  });

  it('replaces an incoming x-request-id that is too long or not plain', async () => {
    for (const forged of ['a'.repeat(65), 'abc"}{"level":60', 'id with spaces']) {
      const response = await app.inject({ url: '/healthz', headers: { 'x-request-id': forged } });
      expect(response.headers['x-request-id']).not.toBe(forged);
      expect(response.headers['x-request-id']).toMatch(/^[0-9a-f-]{36}$/);
    }
  });

  it('never writes credentials, cookies or link tokens to the log', async () => {
    await app.inject({
      url: '/bekraeft-email?token=secret-link-token-123&x=1',
      headers: { authorization: 'Bearer secret-api-token-456', cookie: 'byliv_session=secret-cookie-789' },
    });
    await app.inject({ url: '/invitationer/secret-invitation-999' });
    const log = lines.join('\n');
    expect(log).toContain('/bekraeft-email?token=[redacted]&x=1');
    expect(log).toContain('/invitationer/[redacted]');
    for (const secret of [
      'secret-link-token-123',
      'secret-api-token-456',
      'secret-cookie-789',
      'secret-invitation-999',
    ]) {
      expect(log).not.toContain(secret);
    }
  });
});

describe('redacting URLs', () => {
  it('hides secret query values and secret path parameters, and keeps the rest', () => {
    expect(redactUrl('/sprog?til=en&tilbage=/')).toBe('/sprog?til=en&tilbage=/');
    expect(redactUrl('/nulstil-adgangskode?token=abc')).toBe('/nulstil-adgangskode?token=[redacted]');
    expect(redactUrl('/invitationer/abc123/accepter', { token: 'abc123' })).toBe(
      '/invitationer/[redacted]/accepter',
    );
  });
});
