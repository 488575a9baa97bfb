import { renderToString } from 'preact-render-to-string';
import { describe, expect, it } from 'vitest';
import { translator } from '#src/platform/i18n.ts';
import { Checkbox, ChoiceGroup, RowCheckbox } from '#src/platform/views/choices.tsx';

const t = translator('da');
const noErrors = {};

describe('Checkbox', () => {
  it('wraps the box and its label in the DKFDS wrapper that draws them side by side', () => {
    const html = renderToString(
      <Checkbox
        t={t}
        form={{ values: {}, errors: noErrors }}
        name="terms"
        label="Jeg accepterer betingelserne"
      />,
    );
    expect(html).toBe(
      '<div class="form-group"><div class="form-group-checkbox">' +
        '<input type="checkbox" id="terms" name="terms" value="ja" class="form-checkbox"/>' +
        '<label class="form-label" for="terms">Jeg accepterer betingelserne</label></div></div>',
    );
  });

  it('is ticked when the form holds its value', () => {
    const html = renderToString(
      <Checkbox
        t={t}
        form={{ values: { niveaufri: 'ja' }, errors: noErrors }}
        id="filter-niveaufri"
        name="niveaufri"
        label="Kun steder med niveaufri adgang"
      />,
    );
    expect(html).toContain('id="filter-niveaufri" name="niveaufri" value="ja" class="form-checkbox" checked');
    expect(html).toContain('for="filter-niveaufri"');
  });

  it('shows its error with a "Fejl:" prefix, read out with the box, which is marked invalid', () => {
    const html = renderToString(
      <Checkbox
        t={t}
        form={{ values: {}, errors: { terms: { key: 'form.errorSummary' } } }}
        name="terms"
        label="Jeg accepterer betingelserne"
        describedBy="terms-text"
      />,
    );
    expect(html).toContain('<div class="form-group form-error">');
    expect(html).toContain(
      '<span class="form-error-message" id="terms-error"><span class="sr-only">Fejl: </span>Der er et problem</span>',
    );
    expect(html).toContain('aria-describedby="terms-text terms-error" aria-invalid="true"');
  });

  it('ties its own hint to the box', () => {
    const html = renderToString(
      <Checkbox t={t} form={{ values: {}, errors: noErrors }} name="ok" label="OK" hint="Kun hvis du vil" />,
    );
    expect(html).toContain('aria-describedby="ok-hint"');
    expect(html).toContain('<span class="form-hint" id="ok-hint">Kun hvis du vil</span>');
  });
});

describe('ChoiceGroup', () => {
  const options = [
    { value: 'chair', label: 'Formanden afgør' },
    { value: 'majority', label: 'Flertallet afgør', hint: 'Flest ja-stemmer' },
  ];

  it('puts radio buttons in a fieldset with a legend, each in the DKFDS radio wrapper', () => {
    const html = renderToString(
      <ChoiceGroup
        t={t}
        form={{ values: { rule: 'majority' }, errors: noErrors }}
        type="radio"
        name="rule"
        legend="Hvem afgør?"
        options={options}
      />,
    );
    expect(html).toContain('<fieldset><legend class="form-label">Hvem afgør?</legend>');
    expect(html.match(/<div class="form-group-radio"><input type="radio"/g)).toHaveLength(2);
    // The first box carries the field's id, so the error summary's link lands on it.
    expect(html).toContain('id="rule" name="rule" value="chair" class="form-radio"/>');
    expect(html).toContain('id="rule-majority" name="rule" value="majority" class="form-radio" checked');
  });

  it('ties the group hint and error to the fieldset and an option hint to its own box', () => {
    const html = renderToString(
      <ChoiceGroup
        t={t}
        form={{ values: {}, errors: { rule: { key: 'form.errorSummary' } } }}
        type="radio"
        name="rule"
        legend="Hvem afgør?"
        hint="Vælg én"
        options={options}
      />,
    );
    expect(html).toContain(
      '<div class="form-group form-error"><fieldset aria-describedby="rule-hint rule-error">',
    );
    expect(html).toContain('<span class="form-hint" id="rule-hint">Vælg én</span>');
    expect(html).toContain('<span class="sr-only">Fejl: </span>Der er et problem');
    expect(html).toContain('aria-describedby="rule-majority-hint" aria-invalid="true"');
    expect(html).toContain('<span class="form-hint" id="rule-majority-hint">Flest ja-stemmer</span>');
    expect(html.match(/id="rule-hint"/g)).toHaveLength(1);
  });

  it('ticks every chosen checkbox and marks an optional group "(frivilligt)"', () => {
    const html = renderToString(
      <ChoiceGroup
        t={t}
        form={{ values: { facilities: ['kitchen', 'wifi'] }, errors: noErrors }}
        type="checkbox"
        name="facilities"
        legend="Faciliteter"
        optional
        options={[
          { value: 'kitchen', label: 'Køkken' },
          { value: 'toilet', label: 'Toilet' },
          { value: 'wifi', label: 'Wi-fi' },
        ]}
      />,
    );
    expect(html).toContain('Faciliteter<span class="weight-normal"> (frivilligt)</span></legend>');
    expect(html.match(/<div class="form-group-checkbox">/g)).toHaveLength(3);
    expect(html.match(/ checked/g)).toHaveLength(2);
    expect(html).not.toContain('value="toilet" class="form-checkbox" checked');
  });

  it('lets a box stand for a yes/no field of its own, with that field as its id', () => {
    const html = renderToString(
      <ChoiceGroup
        t={t}
        form={{ values: { gratis: '1' }, errors: noErrors }}
        type="checkbox"
        name="tags"
        legend="Kendetegn"
        options={[
          { name: 'trinfrit', value: '1', label: 'Trinfrit' },
          { name: 'gratis', value: '1', label: 'Gratis' },
        ]}
      />,
    );
    expect(html).toContain('id="trinfrit" name="trinfrit" value="1" class="form-checkbox"/>');
    expect(html).toContain('id="gratis" name="gratis" value="1" class="form-checkbox" checked');
  });
});

describe('RowCheckbox', () => {
  it('is the bare DKFDS box with a label for screen readers only', () => {
    const html = renderToString(
      <RowCheckbox
        form={{ values: {}, errors: noErrors }}
        id="ids"
        name="ids"
        value="7"
        label="Vælg Strikkeklub"
      />,
    );
    expect(html).toBe(
      '<div class="form-group-checkbox"><input type="checkbox" id="ids" name="ids" value="7" class="form-checkbox"/>' +
        '<label class="form-label" for="ids"><span class="sr-only">Vælg Strikkeklub</span></label></div>',
    );
  });
});
