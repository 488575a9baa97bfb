import { describe, expect, it } from 'vitest';
import { NotFoundError, ValidationError } from '#src/platform/errors.ts';
import { attempt } from '#src/platform/form-flow.ts';

describe('attempt', () => {
  it('returns the action’s value', async () => {
    expect(await attempt(async () => 42)).toEqual({ ok: true, value: 42 });
  });

  it('returns the field errors of a ValidationError', async () => {
    const errors = { name: { key: 'validation.required' as const } };
    const outcome = await attempt(async () => {
      throw new ValidationError(errors);
    });
    expect(outcome).toEqual({ ok: false, errors });
  });

  it('rethrows any other error', async () => {
    const failing = attempt(async () => {
      throw new NotFoundError();
    });
    await expect(failing).rejects.toBeInstanceOf(NotFoundError);
  });
});
