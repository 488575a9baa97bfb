import { describe, expect, it } from 'vitest';
import { csvDocument, csvField } from '#src/platform/csv.ts';

describe('CSV fields (RFC 4180)', () => {
  it('leaves plain text and numbers as they are', () => {
    expect(csvField('Bænk ved kanalen')).toBe('Bænk ved kanalen');
    expect(csvField(1500.5)).toBe('1500.5');
    expect(csvField(null)).toBe('');
  });

  it('quotes a field with a comma, a quote or a line break, doubling the quotes', () => {
    expect(csvField('Bænke, borde')).toBe('"Bænke, borde"');
    expect(csvField('Det "grønne" hjørne')).toBe('"Det ""grønne"" hjørne"');
    expect(csvField('Linje et\nlinje to')).toBe('"Linje et\nlinje to"');
    expect(csvField('Linje et\r\nlinje to')).toBe('"Linje et\r\nlinje to"');
  });

  it('turns text that a spreadsheet would run as a formula into plain text', () => {
    expect(csvField('=HYPERLINK("http://evil.example")')).toBe(`"'=HYPERLINK(""http://evil.example"")"`);
    expect(csvField('+45 12 34 56 78')).toBe("'+45 12 34 56 78");
    expect(csvField('-1')).toBe("'-1");
    expect(csvField('@SUM(A1)')).toBe("'@SUM(A1)");
    expect(csvField('\tindrykket')).toBe("'\tindrykket");
  });

  it('writes a number as a number, without the guard', () => {
    expect(csvField(-1)).toBe('-1');
    expect(csvField(Number.NaN)).toBe('');
  });
});

describe('a CSV document', () => {
  it('starts with a byte-order mark and ends every line with CRLF', () => {
    const text = csvDocument(['id', 'title'], [[1, 'Byttehylde, Sluseholmen']]);
    expect(text).toBe('\uFEFFid,title\r\n1,"Byttehylde, Sluseholmen"\r\n');
  });
});
