import { renderToString } from 'preact-render-to-string';
import { describe, expect, it } from 'vitest';
import { BarChart, TargetChart } from '#src/platform/views/charts.tsx';

const count = { heading: 'Ansøgninger', format: (value: number) => String(value) };
const days = { heading: 'Dage', format: (value: number) => `${value} dage` };

function bars(rows: Array<{ label: string; value: number; extra?: number[] }>) {
  return renderToString(
    <BarChart
      id="kategorier"
      title="Ansøgninger efter kategori"
      labelHeading="Kategori"
      value={count}
      extraColumns={[{ heading: 'Ansøgt', format: (ore) => `${ore / 100} kr.` }]}
      rows={rows}
      emptyText="Ingen ansøgninger endnu."
    />,
  );
}

describe('the bar chart', () => {
  const html = bars([
    { label: 'Bænk', value: 4, extra: [200_000] },
    { label: 'Kultur & "andet"', value: 1, extra: [50_000] },
    { label: 'Grøn lomme', value: 0, extra: [0] },
  ]);

  it('is an image with a title and a description that names every bar', () => {
    expect(html).toContain(
      'role="img" aria-labelledby="kategorier-svg-title" aria-describedby="kategorier-svg-desc"',
    );
    expect(html).toContain('<title id="kategorier-svg-title">Ansøgninger efter kategori</title>');
    expect(html).toContain(
      '<desc id="kategorier-svg-desc">Bænk: 4; Kultur &amp; &quot;andet&quot;: 1; Grøn lomme: 0</desc>',
    );
  });

  it('has a table beside it with the same numbers, headed by row and column', () => {
    expect(html).toContain('<caption class="sr-only">Ansøgninger efter kategori</caption>');
    expect(html).toContain('<th scope="col" role="columnheader">Kategori</th>');
    expect(html).toContain(
      '<tr role="row"><th scope="row" role="rowheader" class="app-table__row-title" data-title>Bænk</th>' +
        '<td role="cell" class="align-text-right" data-title="Ansøgninger">4</td>' +
        '<td role="cell" class="align-text-right" data-title="Ansøgt">2000 kr.</td></tr>',
    );
  });

  it('draws bars in proportion, the longest at full length and none for zero', () => {
    const widths = [...html.matchAll(/<rect [^>]*width="(\d+)"/g)].map((match) => Number(match[1]));
    expect(widths).toEqual([360, 90, 0]);
  });

  it('uses no inline styles, which the content security policy would block', () => {
    expect(html).not.toContain('style=');
  });

  it('says so in words when there is nothing to draw', () => {
    const empty = bars([]);
    expect(empty).toContain('<p>Ingen ansøgninger endnu.</p>');
    expect(empty).not.toContain('<svg');
  });
});

describe('the target chart', () => {
  function target(median: number | null, p90: number | null) {
    return renderToString(
      <TargetChart
        id="tid"
        title="Dage fra ansøgning til afgørelse"
        labelHeading="Mål"
        value={days}
        rows={[
          { label: 'Median', value: median },
          { label: '90-procent-fraktil', value: p90 },
        ]}
        target={{ label: 'Mål', value: 14 }}
        notes={[{ label: 'Afgørelser i alt', text: '4' }]}
        emptyText="Ingen afgørelser endnu."
        missingText="Ingen endnu"
      />,
    );
  }

  it('draws the measures against a target line and lists them all in the table', () => {
    const html = target(8, 21);
    expect(html).toContain('role="img"');
    expect(html).toContain(
      '<desc id="tid-svg-desc">Median: 8 dage; 90-procent-fraktil: 21 dage; Mål: 14 dage</desc>',
    );
    expect(html).toContain('stroke-dasharray="5 3"');
    for (const row of [
      'Median</th><td role="cell" class="align-text-right" data-title="Dage">8 dage',
      'Mål</th><td role="cell" class="align-text-right" data-title="Dage">14 dage',
    ]) {
      expect(html).toContain(row);
    }
    expect(html).toContain(
      'Afgørelser i alt</th><td role="cell" class="align-text-right" data-title="Dage">4',
    );
  });

  it('shows no chart and no NaN before the first decision, but keeps the table', () => {
    const html = target(null, null);
    expect(html).toContain('<p>Ingen afgørelser endnu.</p>');
    expect(html).not.toContain('<svg');
    expect(html).not.toContain('NaN');
    expect(html).toContain(
      'Median</th><td role="cell" class="align-text-right" data-title="Dage">Ingen endnu',
    );
  });
});
