import { renderToString } from 'preact-render-to-string';
import { describe, expect, it } from 'vitest';
import { translator } from '#src/platform/i18n.ts';
import { DateField, TimeField } from '#src/platform/views/date-field.tsx';

const da = translator('da');
const en = translator('en');

describe('the date field', () => {
  const empty = { values: {}, errors: {} };

  it('is a plain labelled text field with a decimal keypad, not a native picker', () => {
    const html = renderToString(
      <DateField t={da} form={empty} name="date" label="Dato" today="2026-12-06" />,
    );
    expect(html).toContain('<label class="form-label" for="date">Dato</label>');
    expect(html).toContain('type="text"');
    expect(html).toContain('inputmode="decimal"');
    expect(html).not.toContain('type="date"');
    expect(html).toContain('aria-describedby="date-hint"');
    expect(html).not.toContain('aria-invalid');
  });

  it("gives an example a week after the request's day, so it is never in the past", () => {
    const html = renderToString(
      <DateField t={da} form={empty} name="date" label="Dato" today="2026-12-28" />,
    );
    expect(html).toContain('<span class="form-hint" id="date-hint">Skriv dag.måned.år, fx 4.1.2027</span>');
    const english = renderToString(
      <DateField
        t={en}
        form={empty}
        name="date"
        label="Date"
        today="2026-12-28"
        hint="Only when repeating."
      />,
    );
    expect(english).toContain('Only when repeating. Write day.month.year, e.g. 4.1.2027');
  });

  it('shows the error with the Fejl: prefix, ties it to the input and keeps exactly what was typed', () => {
    const form = {
      values: { date: '31.2' },
      errors: { date: { key: 'dates.error.noSuchDate' as const, params: { typed: '31.2' } } },
    };
    const html = renderToString(<DateField t={da} form={form} name="date" label="Dato" today="2026-12-06" />);
    expect(html).toContain('class="form-group form-error"');
    expect(html).toContain(
      '<span class="form-error-message" id="date-error"><span class="sr-only">Fejl: </span>Datoen 31.2 findes ikke i kalenderen. Tjek dag og måned</span>',
    );
    expect(html).toContain('aria-describedby="date-hint date-error"');
    expect(html).toContain('aria-invalid="true"');
    expect(html).toContain('value="31.2"');
  });

  it('marks an optional field (frivilligt) and does not require it', () => {
    const html = renderToString(
      <DateField t={da} form={empty} name="until" label="Til og med" optional today="2026-12-06" />,
    );
    expect(html).toContain('(frivilligt)');
    expect(html).not.toContain('required');
  });
});

describe('the time field', () => {
  it('says how to write a time and keeps what was typed', () => {
    const form = { values: { startTime: '18' }, errors: {} };
    const html = renderToString(<TimeField t={da} form={form} name="startTime" label="Fra kl." />);
    expect(html).toContain('Skriv timer og minutter, fx 18 eller 18.30');
    expect(html).toContain('value="18"');
    expect(html).toContain('inputmode="decimal"');
  });
});
