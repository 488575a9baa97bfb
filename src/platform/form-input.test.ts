import { describe, expect, it } from 'vitest';
import type { FieldErrors } from '#src/platform/errors.ts';
import { ValidationError } from '#src/platform/errors.ts';
import {
  checkedValues,
  readChoice,
  readDecimal,
  readFlag,
  readId,
  readInteger,
  readList,
  readSubset,
  readText,
} from '#src/platform/form-input.ts';

function read(value: unknown, options: Parameters<typeof readText>[3] = { max: 20 }) {
  const errors: FieldErrors = {};
  const text = readText(errors, 'f', value, options);
  return { text, error: errors.f?.key ?? null };
}

describe('readText: one rule for control characters', () => {
  it('trims and keeps ordinary text, Danish letters and emoji included', () => {
    expect(read('  Æblegrød 🍎 ')).toEqual({ text: 'Æblegrød 🍎', error: null });
  });

  it('turns a tab into a space in a single line', () => {
    expect(read('Jul\tfest')).toEqual({ text: 'Jul fest', error: null });
  });

  it('refuses a line break in a single line', () => {
    expect(read('Jul\nfest').error).toBe('validation.invalid');
    expect(read('Jul\rfest').error).toBe('validation.invalid');
  });

  it('refuses NUL, other C0 controls, DEL and C1 controls in a single line', () => {
    for (const control of ['\u0000', '\u0007', '\u001b', '\u007f', '\u0085', '\u009f']) {
      expect(read(`a${control}b`).error).toBe('validation.invalid');
    }
  });

  it('keeps line breaks and tabs in a text area, with CR LF and CR made LF', () => {
    expect(read('a\r\nb\rc\n\td', { max: 20, multiline: true })).toEqual({
      text: 'a\nb\nc\n\td',
      error: null,
    });
  });

  it('refuses other control characters in a text area', () => {
    for (const control of ['\u0000', '\u000b', '\u000c', '\u007f', '\u0080']) {
      expect(read(`a${control}b`, { max: 20, multiline: true }).error).toBe('validation.invalid');
    }
  });

  it('counts a CR LF line break as one character, as the browser does against maxlength', () => {
    expect(read('ab\r\ncd', { max: 5, multiline: true })).toEqual({ text: 'ab\ncd', error: null });
  });

  it('names the limit when the text is too long, and the message when it is required', () => {
    const errors: FieldErrors = {};
    readText(errors, 'long', 'x'.repeat(21), { max: 20 });
    readText(errors, 'empty', '   ', { max: 20, required: 'validation.required' });
    readText(errors, 'optional', '', { max: 20 });
    expect(errors).toEqual({
      long: { key: 'validation.tooLong', params: { max: 20 } },
      empty: { key: 'validation.required' },
    });
  });

  it('reads a JSON number as its text and anything else as empty', () => {
    expect(read(42).text).toBe('42');
    expect(read({ a: 1 }).text).toBe('');
    expect(read(['a']).text).toBe('');
  });
});

describe('the other readers', () => {
  it('reads whole numbers in range, from text or JSON', () => {
    const errors: FieldErrors = {};
    const options = { min: 1, max: 10, message: 'validation.invalid' } as const;
    expect(readInteger(errors, 'a', ' 7 ', options)).toBe(7);
    expect(readInteger(errors, 'b', 7, options)).toBe(7);
    expect(readInteger(errors, 'c', '11', options)).toBeNull();
    expect(readInteger(errors, 'd', '1.5', options)).toBeNull();
    expect(readInteger(errors, 'e', '', { ...options, optional: true })).toBeNull();
    expect(Object.keys(errors)).toEqual(['c', 'd']);
  });

  it('reads a decimal typed with a Danish comma', () => {
    const errors: FieldErrors = {};
    const options = {
      min: -90,
      max: 90,
      required: 'validation.required',
      message: 'validation.invalid',
    } as const;
    expect(readDecimal(errors, 'lat', '55,66', options)).toBe(55.66);
    expect(readDecimal(errors, 'lon', '91', options)).toBeNull();
    expect(errors).toEqual({ lon: { key: 'validation.invalid' } });
  });

  it('reads a choice as its own type, and a subset of a fixed set', () => {
    const errors: FieldErrors = {};
    const sizes = ['small', 'large'] as const;
    const size: 'small' | 'large' | null = readChoice(errors, 'size', ' large ', sizes, 'validation.invalid');
    expect(size).toBe('large');
    expect(readSubset(errors, 'many', ['small', 'small', 'large'], sizes, 'validation.invalid')).toEqual([
      'small',
      'large',
    ]);
    expect(readSubset(errors, 'bad', ['huge'], sizes, 'validation.invalid')).toEqual([]);
    expect(Object.keys(errors)).toEqual(['bad']);
  });

  it('reads checkboxes and lists as forms and JSON send them', () => {
    expect([readFlag('on'), readFlag(true), readFlag(['', 'on']), readFlag(''), readFlag(undefined)]).toEqual(
      [true, true, true, false, false],
    );
    expect(readList(' a ')).toEqual(['a']);
    expect(readList(['a', '', 'a', 3])).toEqual(['a']);
  });

  it('reads positive ids and nothing else', () => {
    expect([readId('12'), readId(12), readId('0'), readId('1e3'), readId(-1), readId(null)]).toEqual([
      12,
      12,
      null,
      null,
      null,
      null,
    ]);
  });
});

describe('checkedValues', () => {
  it('hands back the values with null taken out of their types when no field has an error', () => {
    const errors: FieldErrors = {};
    const kind: string | null = readChoice(errors, 'kind', 'a', ['a'], 'validation.invalid');
    const checked: { kind: string } = checkedValues(errors, { kind });
    expect(checked.kind).toBe('a');
  });

  it('throws every collected error at once', () => {
    const errors: FieldErrors = { other: { key: 'validation.invalid' } };
    const kind = readChoice(errors, 'kind', 'b', ['a'], 'validation.invalid');
    expect(() => checkedValues(errors, { kind })).toThrow(ValidationError);
    expect(Object.keys(errors)).toEqual(['other', 'kind']);
  });

  it('refuses a null that no reader explained, on its field, instead of letting it through', () => {
    const errors: FieldErrors = {};
    try {
      checkedValues(errors, { kind: null });
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(ValidationError);
      expect((error as ValidationError).fieldErrors).toEqual({ kind: { key: 'validation.required' } });
    }
  });
});
