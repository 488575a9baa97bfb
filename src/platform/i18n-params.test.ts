import { describe, expect, it } from 'vitest';
import { da } from '#src/locales/da.ts';
import { en } from '#src/locales/en.ts';
import type { FieldError } from '#src/platform/errors.ts';
import { format, type MessageKey, translator } from '#src/platform/i18n.ts';
import { PLACEHOLDER } from '#src/platform/i18n-keys.ts';

function placeholders(text: string): string[] {
  return [...new Set([...text.matchAll(PLACEHOLDER)].map((match) => match[0]))].sort();
}

describe('message placeholders', () => {
  it('are the same in the Danish and English text of every key', () => {
    const differing = (Object.keys(da) as MessageKey[]).filter(
      (key) => placeholders(da[key]).join() !== placeholders(en[key]).join(),
    );
    expect(differing).toEqual([]);
  });

  it('are demanded by the compiler: none missing, none misspelt, none for a plain key', () => {
    const t = translator('en');
    // The lines marked below do not compile; tsc -p . fails if any of them does.
    // @ts-expect-error a key with placeholders needs its values
    t.t('grants.eligibility.aboveMax');
    // @ts-expect-error a misspelt placeholder
    t.t('grants.eligibility.aboveMax', { maxx: 500_000 });
    // @ts-expect-error an amount in øre is a number
    format('da', 'grants.eligibility.aboveMax', { max: '5000' });
    // @ts-expect-error a key without placeholders takes no values
    t.t('nav.login', { name: 'Ana' });
    // @ts-expect-error a field error's values are checked against its key too
    const misspelt: FieldError = { key: 'bookings.validation.attendees', params: { maximum: 3 } };
    const right: FieldError = { key: 'bookings.validation.attendees', params: { max: 3 } };
    expect(t.message(right)).toBe(t.t('bookings.validation.attendees', { max: 3 }));
    expect(misspelt.key).toBe(right.key);
  });
});
