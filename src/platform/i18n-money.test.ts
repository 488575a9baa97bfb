import { describe, expect, it } from 'vitest';
import { format, formatMoney, translator } from '#src/platform/i18n.ts';

/** Intl keeps the amount and its currency together with a no-break space. */
function nb(text: string): string {
  return text.replace(/(\d) kr\./g, '$1\u00a0kr.').replace(/DKK /g, 'DKK\u00a0');
}

describe('money as people read it', () => {
  it('writes whole kroner without øre and other amounts with them', () => {
    expect(formatMoney('da', 250_000)).toBe(nb('2.500 kr.'));
    expect(formatMoney('da', 250_050)).toBe(nb('2.500,50 kr.'));
    expect(formatMoney('en', 250_000)).toBe(nb('DKK 2,500'));
    expect(translator('da').money(1_000_000)).toBe(nb('10.000 kr.'));
  });

  it('fills a {name:money} placeholder in the reader’s language', () => {
    expect(format('da', 'grants.eligibility.aboveMax', { max: 500_000 })).toBe(
      nb('Puljen giver højst 5.000 kr. pr. ansøgning'),
    );
    expect(format('en', 'grants.eligibility.aboveMax', { max: 500_000 })).toBe(
      nb('The pool grants at most DKK 5,000 per application'),
    );
  });

  it('ends a sentence with one full stop when the amount ends with one', () => {
    expect(format('da', 'grants.decide.overBudget', { remaining: 250_000 })).toBe(
      nb('Der er ikke penge nok tilbage i puljen. Der er 2.500 kr. tilbage.'),
    );
    expect(format('da', 'grants.mail.approved.intro', { granted: nb('2.500 kr.') })).toBe(
      nb('Godt nyt: Du har fået en bevilling på 2.500 kr.'),
    );
    expect(format('en', 'grants.mail.approved.intro', { granted: nb('DKK 2,500') })).toBe(
      nb('Good news: you have been granted DKK 2,500.'),
    );
  });
});
