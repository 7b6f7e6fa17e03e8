import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { parseCsv } from '../../src/engine/csv-read.ts';
import { writeCsv } from '../../src/engine/csv.ts';
import { MSEL_COLUMNS } from '../../src/engine/msel.ts';

const fields = (text: string) => parseCsv(text).rows.map((r) => r.fields);
const lines = (text: string) => parseCsv(text).rows.map((r) => r.line);

describe('parseCsv', () => {
  it('reads a semicolon file as Excel saves it in the Netherlands, Germany or France, commas in cells unquoted', () => {
    const text = 'Subject;Message;To\r\nExport found, on a forum;"Say ""hi""; then call";dpo\r\n';
    expect(parseCsv(text).delimiter).toBe(';');
    expect(fields(text)).toEqual([
      ['Subject', 'Message', 'To'],
      ['Export found, on a forum', 'Say "hi"; then call', 'dpo'],
    ]);
  });

  it('reads a tab-separated file with commas and semicolons in its cells', () => {
    const text = 'Subject\tMessage\tTo\nA, b\tc; d\tdpo\n';
    expect(parseCsv(text).delimiter).toBe('\t');
    expect(fields(text)).toEqual([
      ['Subject', 'Message', 'To'],
      ['A, b', 'c; d', 'dpo'],
    ]);
  });

  it('keeps commas as separators when the cells of a comma file hold semicolons', () => {
    const text = 'Subject,Message,To\r\nHi,Body,incident-commander; dpo\r\nHo,Body; more,dpo; legal; ceo\r\n';
    expect(parseCsv(text).delimiter).toBe(',');
    expect(fields(text)[2]).toEqual(['Ho', 'Body; more', 'dpo; legal; ceo']);
  });

  it('skips a byte-order mark, so the first header is read without it', () => {
    expect(fields('\uFEFFSubject;Message;To\r\na;b;c\r\n')[0]).toEqual(['Subject', 'Message', 'To']);
  });

  it('keeps a line break inside a quoted field and numbers each row by the line it starts on', () => {
    const text = 'Subject,Message\n"A","line one\nline two\n\nline four"\nB,x\n';
    expect(fields(text)[1]).toEqual(['A', 'line one\nline two\n\nline four']);
    expect(lines(text)).toEqual([1, 2, 6]);
  });

  it("reads Excel's CRLF rows with LF line breaks inside cells, giving LF line breaks in the text", () => {
    const text = 'Subject;Message\r\nA;"one\ntwo"\r\nB;"three\r\nfour"\r\nC;x\r\n';
    expect(fields(text).slice(1)).toEqual([
      ['A', 'one\ntwo'],
      ['B', 'three\nfour'],
      ['C', 'x'],
    ]);
    expect(lines(text)).toEqual([1, 2, 4, 6]);
  });

  it('reads a file whose line ends are mixed (CRLF, LF and CR)', () => {
    expect(fields('a,b\r\nc,d\ne,f\rg,h')).toEqual([
      ['a', 'b'],
      ['c', 'd'],
      ['e', 'f'],
      ['g', 'h'],
    ]);
  });

  it('leaves out blank rows and the rows of bare separators Excel writes below a sheet, but counts their lines', () => {
    const text = 'Subject;Message;To\r\n\r\na;b;c\r\n;;\r\n ; ;\r\nd;e;f\r\n;;\r\n';
    expect(fields(text)).toEqual([
      ['Subject', 'Message', 'To'],
      ['a', 'b', 'c'],
      ['d', 'e', 'f'],
    ]);
    expect(lines(text)).toEqual([1, 3, 6]);
  });

  it('reports a quoted field that is never closed at the line of its opening quote', () => {
    const { error } = parseCsv('Subject,Message\n"A","two\nlines"\nB,"open\nmore\n');
    expect(error).toEqual({ line: 4, message: 'a quoted field is never closed; add the closing double quote' });
  });

  it('reports text after a closing quote at its line instead of guessing the cell', () => {
    const { error } = parseCsv('Subject;Message\r\nA;B\r\n"Hi" there;x\r\n');
    expect(error?.line).toBe(3);
    expect(error?.message).toBe(
      'a quoted field goes on after its closing double quote; quote the whole cell and double each quote inside it ("")',
    );
  });

  it('reads nothing from an empty file or one of blank lines', () => {
    expect(parseCsv('')).toEqual({ rows: [], delimiter: ',' });
    expect(parseCsv('\r\n\r\n').rows).toEqual([]);
  });

  it('reads back any cells written by the RFC 4180 writer below an MSEL header, separators and quotes in them included', () => {
    const header = MSEL_COLUMNS.map(([, h]) => h);
    const cell = fc
      .array(fc.constantFrom('a', 'B', ' ', ',', ';', '\t', '"', '""', '\n', '\r\n', '\r', 'é', 'T+00:15'), {
        maxLength: 6,
      })
      .map((p) => p.join(''));
    const row = fc.array(cell, { minLength: header.length, maxLength: header.length });
    fc.assert(
      fc.property(fc.array(row, { maxLength: 12 }), (rows) => {
        const read = parseCsv(writeCsv([header, ...rows]));
        // Line ends inside cells come back as LF; rows of blank cells are left out.
        const expected = rows
          .map((r) => r.map((c) => c.replace(/\r\n?/g, '\n')))
          .filter((r) => r.some((c) => c.trim() !== ''));
        expect(read.error).toBeUndefined();
        expect(read.delimiter).toBe(',');
        expect(read.rows.map((r) => r.fields)).toEqual([header, ...expected]);
      }),
      { numRuns: 300 },
    );
  });
});
