/**
 * An MSEL spreadsheet read back: CSV as a spreadsheet saved it (any of the separators `csv-read.ts`
 * tells apart) into MSEL rows and inject drafts, with problems that name the line and column to fix.
 * Validate the drafts inside a scenario with `validateScenario` (see `simulator/msel-import.ts`).
 */
import { parseClock } from '../plan/scenario-time.ts';
import { parseCsv } from './csv-read.ts';
import { MSEL_COLUMNS as COLUMNS, type MselRow } from './msel.ts';
import type { Inject } from '../plan/scenario.ts';
import type { Problem } from '../plan/problem.ts';

/** An inject draft read from a MSEL row: the fields a spreadsheet holds. */
export type InjectDraft = Pick<Inject, 'id' | 'to' | 'channel' | 'from' | 'subject' | 'body'> &
  Partial<Pick<Inject, 'at' | 'when' | 'contingency' | 'expectedAction' | 'objectives'>>;

/** Reads MSEL CSV text into rows and inject drafts; problems name the line and column to fix. */
export function fromMselCsv(
  text: string,
  file = 'msel.csv',
): { rows: MselRow[]; injects: InjectDraft[]; problems: Problem[] } {
  const problems: Problem[] = [];
  const problem = (line: number, column: number, message: string) =>
    problems.push({ file, line, column, severity: 'error', rule: 'msel', message });
  // Excel's plain "CSV" is in the Windows code page, not UTF-8: read as UTF-8, its é and ü are lost.
  const lost = text.indexOf('\uFFFD');
  if (lost >= 0) {
    const before = text.slice(0, lost).split(/\r\n?|\n/);
    problem(
      before.length,
      before.at(-1)!.length + 1,
      'a character could not be read (shown as \uFFFD), so the file is not UTF-8 text; in Excel, save it as "CSV UTF-8"',
    );
    return { rows: [], injects: [], problems };
  }
  const { rows: raw, error } = parseCsv(text);
  if (error) problem(error.line, 1, error.message);
  if (!raw.length) {
    if (!error) problem(1, 1, `the file has no header row; start with: ${COLUMNS.map(([, h]) => h).join(',')}`);
    return { rows: [], injects: [], problems };
  }
  const header = raw[0].fields.map((h) => h.trim().toLowerCase());
  const index = new Map(COLUMNS.map(([k, h]) => [k, header.indexOf(h.toLowerCase())]));
  for (const k of ['subject', 'message', 'to'] as const)
    if (index.get(k)! < 0)
      problem(raw[0].line, 1, `the header has no "${COLUMNS.find(([c]) => c === k)![1]}" column; add it`);
  if (problems.length) return { rows: [], injects: [], problems };
  const rows: MselRow[] = [];
  const injects: InjectDraft[] = [];
  for (const { line, fields } of raw.slice(1)) {
    const get = (k: keyof MselRow) => (index.get(k)! >= 0 ? (fields[index.get(k)!] ?? '').trim() : '');
    const col = (k: keyof MselRow) => index.get(k)! + 1;
    const row: MselRow = {
      ...(Object.fromEntries(COLUMNS.map(([k]) => [k, get(k)])) as unknown as MselRow),
      number: rows.length + 1,
    };
    const draft: InjectDraft = {
      id: row.inject || `inject-${row.number}`,
      to: row.to
        .split(/[;,]/)
        .map((s) => s.trim())
        .filter(Boolean),
      channel: (row.channel || 'email') as Inject['channel'],
      from: row.from || 'Facilitator',
      subject: row.subject,
      body: row.message,
    };
    if (row.time) {
      if (parseClock(row.time) === undefined)
        problem(line, col('time'), `row ${row.number}: time "${row.time}" must be written T+hh:mm, such as T+00:15`);
      else draft.at = row.time;
    }
    if (row.trigger === 'contingency') draft.contingency = true;
    else if (row.trigger) {
      try {
        draft.when = JSON.parse(row.trigger) as Inject['when'];
      } catch {
        problem(
          line,
          col('trigger'),
          `row ${row.number}: the trigger is not a condition in JSON, such as {"decided":"declare-severity/sev1"}; correct it or leave it empty`,
        );
      }
    }
    if (row.expectedAction) draft.expectedAction = row.expectedAction;
    if (row.objective)
      draft.objectives = row.objective
        .split(/[;,]/)
        .map((s) => s.trim())
        .filter(Boolean);
    rows.push(row);
    injects.push(draft);
  }
  return { rows, injects, problems };
}
