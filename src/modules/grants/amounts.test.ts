import { describe, expect, it } from 'vitest';
import { oreToDkkString, oreToInput, parseDkk, parsePositiveDkk } from '#src/modules/grants/amounts.ts';

describe('reading Danish amounts', () => {
  it.each([
    ['1500', 150_000],
    ['1.500', 150_000],
    ['1500,50', 150_050],
    ['1.500,5', 150_050],
    ['1 500 kr.', 150_000],
    ['kr. 2.500', 250_000],
    ['12.5', 1_250],
    ['1.000.000', 100_000_000],
    ['0', 0],
  ])('reads %s as %i øre', (typed, ore) => {
    expect(parseDkk(typed)).toEqual({ ok: true, ore });
  });

  it.each(['-100', '−100', '– 5'])('calls %s negative', (typed) => {
    expect(parseDkk(typed)).toEqual({ ok: false, error: { key: 'grants.amount.negative' } });
  });

  it.each(['mange', '1,2,3', '1.50.0', '12,345', 'NaN', '1e309', '١٢٣'])('calls %s not a number', (typed) => {
    expect(parseDkk(typed)).toEqual({ ok: false, error: { key: 'grants.amount.notANumber' } });
  });

  it('refuses nothing, zero where it must be positive, and absurd sums', () => {
    expect(parseDkk('  ')).toEqual({ ok: false, error: { key: 'grants.amount.required' } });
    expect(parsePositiveDkk('0,00')).toEqual({ ok: false, error: { key: 'grants.amount.zero' } });
    expect(parseDkk('99999999999999999999')).toEqual({ ok: false, error: { key: 'grants.amount.tooLarge' } });
  });

  it('writes amounts back for the API and the form', () => {
    expect(oreToDkkString(150_050)).toBe('1500.50');
    expect(oreToDkkString(7)).toBe('0.07');
    expect(oreToInput(150_000)).toBe('1500');
    expect(oreToInput(150_050)).toBe('1500,50');
    expect(parseDkk(oreToInput(150_050))).toEqual({ ok: true, ore: 150_050 });
  });
});
