/** The coverage matrix as CSV (`/audit/coverage.csv`), one row per control, through papaparse. */
import Papa from 'papaparse';
import type { FrameworkCoverage } from './coverage.ts';

const STATUS = { covered: 'covered', partial: 'partial', missing: 'missing', 'not-applicable': 'not applicable' };

/** Framework, control, title, status, elements (names, `; `-separated), reason, last exercise, open actions. */
export function coverageCsv(coverage: readonly FrameworkCoverage[]): string {
  const rows = coverage.flatMap((f) =>
    f.rows.map((r) => ({
      framework: f.name,
      control: r.control,
      title: r.title,
      status: STATUS[r.status],
      elements: r.elements.map((e) => e.name).join('; '),
      reason: r.reason ?? '',
      'last exercise': r.lastExercise ? `${r.lastExercise.date} ${r.lastExercise.title}` : '',
      'open improvement actions': r.openActions
        .map((a) => `${a.action} (${a.owner}, due ${a.due}${a.overdue ? ', overdue' : ''})`)
        .join('; '),
    })),
  );
  // A cell starting with = + - @ would run as a formula in a spreadsheet: quote it with a leading '.
  const safe = rows.map((row) =>
    Object.fromEntries(Object.entries(row).map(([k, v]) => [k, /^[=+\-@\t\r]/.test(v) ? `'${v}` : v])),
  );
  return (
    Papa.unparse(safe, {
      newline: '\r\n',
      columns: [
        'framework',
        'control',
        'title',
        'status',
        'elements',
        'reason',
        'last exercise',
        'open improvement actions',
      ],
    }) + '\r\n'
  );
}
