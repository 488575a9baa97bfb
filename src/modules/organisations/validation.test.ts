import { describe, expect, it } from 'vitest';
import { isEmailAddress, isValidCvr, normaliseCvr } from '#src/modules/organisations/validation.ts';

describe('CVR numbers', () => {
  it('accepts numbers whose weighted digit sum is divisible by 11', () => {
    expect(isValidCvr('64942212')).toBe(true); // Københavns Kommune
    expect(isValidCvr('12345674')).toBe(true);
  });

  it('refuses a mistyped digit, the wrong length and letters', () => {
    expect(isValidCvr('64942213')).toBe(false);
    expect(isValidCvr('6494221')).toBe(false);
    expect(isValidCvr('649422120')).toBe(false);
    expect(isValidCvr('6494221a')).toBe(false);
  });

  it('ignores spaces and a DK prefix as people write them', () => {
    expect(normaliseCvr('DK 64 94 22 12')).toBe('64942212');
    expect(normaliseCvr('dk64942212')).toBe('64942212');
  });
});

describe('invitation addresses', () => {
  it('refuses an address with a control character, which the pattern alone lets through', () => {
    expect(isEmailAddress('ida@example.dk')).toBe(true);
    expect(isEmailAddress('ida\u0007@example.dk')).toBe(false);
  });
});
