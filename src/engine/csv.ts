/**
 * RFC 4180 CSV output: commas, CRLF line ends, a field quoted when it holds a comma, a quote or a
 * line break. Reading CSV as spreadsheets save it is `csv-read.ts`, kept apart so that exporting
 * (the facilitator console's MSEL download) does not bundle the parser.
 */

/** Quotes a field when it holds a comma, a quote or a line break. */
export function csvField(value: string): string {
  return /[",\r\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}

/** Rows as CSV text with CRLF line ends. */
export function writeCsv(rows: readonly (readonly string[])[]): string {
  return rows.map((r) => r.map(csvField).join(',')).join('\r\n') + '\r\n';
}
