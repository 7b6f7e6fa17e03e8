/**
 * CSV as spreadsheets save it, read with papaparse: columns separated by commas, semicolons (Excel
 * in the Netherlands, Germany, France...) or tabs, told apart from the first rows; quoted fields
 * may hold the separator, doubled quotes and line breaks; a leading byte-order mark is skipped.
 * Line ends may be CRLF (Excel), LF or CR, even mixed in one file: all are read as LF first, inside
 * quoted fields too, so a cell's text has LF line breaks. Each row keeps the line it starts on, so a
 * problem can name it.
 */
import Papa from 'papaparse';

/** A parsed row with the 1-based line it starts on. */
export interface CsvRow {
  line: number;
  fields: string[];
}

/** What reading CSV text gives. */
export interface CsvRead {
  /** Rows in file order; rows whose cells are all blank are left out. */
  rows: CsvRow[];
  /** The column separator found: `,`, `;` or a tab (`,` when the rows do not tell). */
  delimiter: string;
  /** Set, with the line of the offending quote, when a quoted field is malformed; `rows` stop before it. */
  error?: { line: number; message: string };
}

/** Column separators told apart, in order of preference when the rows fit more than one. */
export const CSV_DELIMITERS = [',', ';', '\t'];

const QUOTE_PROBLEMS: Record<string, string> = {
  MissingQuotes: 'a quoted field is never closed; add the closing double quote',
  InvalidQuotes:
    'a quoted field goes on after its closing double quote; quote the whole cell and double each quote inside it ("")',
};

/** Line breaks in `text` from `from` up to `to`. */
function breaks(text: string, from: number, to: number): number {
  let n = 0;
  for (let i = from; i < to; i++) if (text[i] === '\n') n++;
  return n;
}

/** Parses CSV text, finding its column separator. Never throws. */
export function parseCsv(text: string): CsvRead {
  const body = text.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n');
  // Guessed on the first rows without blank ones: Excel ends a sheet with rows of bare separators.
  const { delimiter } = Papa.parse<string[]>(body, {
    newline: '\n',
    preview: 10,
    delimitersToGuess: CSV_DELIMITERS,
    skipEmptyLines: 'greedy',
  }).meta;
  const rows: CsvRow[] = [];
  let error: CsvRead['error'];
  // papaparse gives each row the offset just past it: the next row starts there.
  let start = 0;
  let line = 1;
  Papa.parse<string[]>(body, {
    delimiter,
    newline: '\n',
    step: ({ data, errors, meta }, parser) => {
      const quote = errors.find((e) => e.type === 'Quotes');
      if (quote) {
        error = {
          line: line + breaks(body, start, quote.index ?? start),
          message: QUOTE_PROBLEMS[quote.code] ?? quote.message,
        };
        return parser.abort();
      }
      if (data.some((field) => field.trim() !== '')) rows.push({ line, fields: data });
      line += breaks(body, start, meta.cursor);
      start = meta.cursor;
    },
  });
  return { rows, delimiter, ...(error ? { error } : {}) };
}
