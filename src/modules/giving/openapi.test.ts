import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '#src/testing/test-app.ts';

interface Operation {
  tags?: string[];
  security?: unknown[];
  responses?: Record<string, unknown>;
}

describe('the give-board and moderation in the OpenAPI document', () => {
  let t: TestApp;
  let paths: Record<string, Record<string, Operation>>;
  beforeAll(async () => {
    t = await createTestApp();
    paths = (await t.app.inject({ url: '/api/openapi.json' })).json().paths;
  });
  afterAll(async () => {
    await t.close();
  });

  it('lists the give-board under the tag giving, with a token required to write', () => {
    expect(paths['/api/v1/give-board']?.get?.tags).toEqual(['giving']);
    expect(paths['/api/v1/give-board']?.get?.security).toBeUndefined();
    expect(paths['/api/v1/give-board']?.post?.security).toEqual([{ bearerAuth: [] }]);
    expect(paths['/api/v1/give-board/{id}']?.patch?.security).toEqual([{ bearerAuth: [] }]);
    expect(paths['/api/v1/give-board/{id}/complete']?.post?.tags).toEqual(['giving']);
    expect(paths['/api/v1/give-board/{id}/contact-requests']?.post?.responses).toHaveProperty('429');
    expect(paths['/api/v1/give-board/contact-requests/{id}/accept']?.post?.tags).toEqual(['giving']);
  });

  it('lists the moderation queue and decisions under the tag moderation', () => {
    expect(paths['/api/v1/moderation/queue']?.get?.tags).toEqual(['moderation']);
    expect(paths['/api/v1/moderation/reports']?.post?.security).toEqual([{ bearerAuth: [] }]);
    for (const action of ['hide', 'restore', 'dismiss']) {
      expect(paths[`/api/v1/moderation/content/{type}/{id}/${action}`]?.post?.responses).toHaveProperty(
        '403',
      );
    }
  });

  it('describes give-board items without any e-mail field', () => {
    const board = JSON.stringify(paths['/api/v1/give-board']?.get?.responses);
    expect(board).toContain('"title"');
    expect(board.toLowerCase()).not.toContain('email');
  });
});
