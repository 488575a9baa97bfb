import { renderToString } from 'preact-render-to-string';
import { describe, expect, it } from 'vitest';
import { DataTable, FactsTable } from '#src/platform/views/table.tsx';

interface Booking {
  id: number;
  title: string;
  when: string;
  attendees: number;
}

const bookings: Booking[] = [
  { id: 1, title: 'Strikkeklub', when: 'tirsdag 8. december', attendees: 12 },
  { id: 2, title: 'Lektiecafé', when: 'onsdag 9. december', attendees: 5 },
];

function bookingTable(captionHidden = false): string {
  return renderToString(
    <DataTable
      caption="Mine bookinger"
      captionHidden={captionHidden}
      rows={bookings}
      rowKey={(row) => row.id}
      columns={[
        { heading: 'Hvad', rowHeader: true, cell: (row) => row.title },
        { heading: 'Hvornår', cell: (row) => row.when },
        { heading: 'Antal', numeric: true, cell: (row) => row.attendees },
        { heading: 'Handlinger', headingHidden: true, cell: () => <button type="submit">Annuller</button> },
      ]}
    />,
  );
}

describe('the responsive data table', () => {
  const html = bookingTable();

  it('is a real table with a caption and column headings', () => {
    expect(html).toMatch(/^<table class="table table--responsive-headers app-table" role="table">/);
    expect(html).toContain('<caption>Mine bookinger</caption>');
    expect(html).toContain('<th scope="col" role="columnheader">Hvornår</th>');
  });

  it('names each row by its row-heading cell, which DKFDS’s script must not label with its heading', () => {
    // An empty data-title (rendered as a bare attribute) stops DKFDS from writing "Hvad" above the card's title.
    expect(html).toContain(
      '<th scope="row" role="rowheader" class="app-table__row-title" data-title>Strikkeklub</th>',
    );
  });

  it('labels every value for the card view on a phone', () => {
    expect(html).toContain('<td role="cell" data-title="Hvornår">tirsdag 8. december</td>');
    expect(html).toContain('<td role="cell" class="align-text-right" data-title="Antal">12</td>');
  });

  it('keeps a hidden heading for screen readers and gives its cells no label', () => {
    expect(html).toContain('<span class="sr-only">Handlinger</span>');
    expect(html).toContain('<td role="cell" data-title><button type="submit">Annuller</button></td>');
  });

  it('writes one row per item', () => {
    expect(html.match(/<tr role="row">/g)).toHaveLength(3);
  });

  it('can hide its caption from the eye only', () => {
    expect(bookingTable(true)).toContain('<caption class="sr-only">Mine bookinger</caption>');
  });
});

describe('the facts table', () => {
  const html = renderToString(
    <FactsTable
      caption="Om stedet"
      facts={[
        { label: 'Adresse', value: 'Enghavevej 80' },
        false,
        null,
        { label: 'Kapacitet', value: '40 personer' },
      ]}
    />,
  );

  it('puts a row heading beside each value and leaves out missing facts', () => {
    expect(html).toContain('<caption>Om stedet</caption>');
    expect(html).toContain('<th scope="row" role="rowheader">Adresse</th><td role="cell">Enghavevej 80</td>');
    expect(html.match(/<tr role="row">/g)).toHaveLength(2);
  });

  it('uses the DKFDS structured list that stacks label over value on a phone', () => {
    expect(html).toContain(
      'class="table table--responsive-headers app-table structured-list app-table--facts"',
    );
  });
});
