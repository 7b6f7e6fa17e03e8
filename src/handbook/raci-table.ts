/**
 * The RACI table, the one renderer of it: the playbook RACI pages and the print page (through
 * RaciTable.astro) and a chapter's `<RaciTable playbook="…" />` all show this HTML. Written as one
 * string rather than element by element in RaciTable.astro because a plan's matrices hold hundreds of
 * thousands of cells (the print page repeats each in column groups), and Astro's rendering of a
 * template element per cell took over a second of a 350-page build. Every text and address is escaped.
 */
import { escapeHtml as e } from '../plan/safe-policy.ts';
import { PRINT_RACI_COLUMNS, RACI_MEANING, type RaciMatrix } from './raci.ts';

/** Options of `renderRaciTable`. */
export interface RaciTableOptions {
  /** Add the role filter (hidden until RaciTable.astro's custom element shows it). Default false. */
  filter?: boolean;
}

/**
 * A `<raci-table>`: activities as rows (with their phase), roles as columns linking their role cards,
 * plain letters explained by the legend below; with `filter`, a role picker above.
 */
export function renderRaciTable(
  matrix: RaciMatrix,
  caption: string,
  { filter = false }: RaciTableOptions = {},
): string {
  const picker = filter
    ? `<p class="db-raci-filters" hidden><label>Role <select><option value="">All roles</option>${matrix.columns.map((c) => `<option value="${e(c.id)}">${e(c.name)}</option>`).join('')}</select></label><output aria-live="polite"></output></p>`
    : '';
  // Wider than an A4 page's role columns, the table prints as column groups (RaciTable.astro's script builds them before printing).
  const printColumns = matrix.columns.length > PRINT_RACI_COLUMNS ? ` data-print-columns="${PRINT_RACI_COLUMNS}"` : '';
  const head = matrix.columns
    .map(
      (c) =>
        `<th scope="col" data-role="${e(c.id)}"><a href="${e(c.href)}" title="${e(c.name)}">${e(c.short)}</a></th>`,
    )
    .join('');
  const legend = Object.entries(RACI_MEANING)
    .map(([l, m]) => `<span><b>${e(l)}</b> ${e(m)}</span>`)
    .join('');
  return (
    `<raci-table class="db-raci"${printColumns}>${picker}<div class="db-table-scroll" tabindex="0" role="region" aria-label="${e(caption)}" data-pagefind-ignore><table>` +
    `<caption>${e(caption)} (letters explained below the table)</caption>` +
    `<thead><tr><th scope="col">Activity</th><th scope="col">Phase</th>${head}</tr></thead><tbody>${raciRowsHtml(matrix)}</tbody></table></div>` +
    `<p class="db-raci-legend">${legend}</p></raci-table>`
  );
}

/**
 * The body rows of a RACI table as HTML: a row header linking the activity, its phase, then a letter
 * (or nothing) per column, the Accountable cell marked. An empty cell is written without its end
 * tag, which HTML allows for a cell followed by another cell or by the end of its row: a matrix is
 * mostly empty cells (a playbook of 50 activities across 50 roles has over 2,000), and the end tags
 * were a fifth of its page.
 */
export function raciRowsHtml(matrix: RaciMatrix): string {
  const html: string[] = [];
  for (const r of matrix.rows) {
    html.push(`<tr><th scope="row"><a href="${e(r.href)}">${e(r.title)}</a></th><td>${e(r.phaseName)}</td>`);
    for (const c of matrix.columns) {
      const letter = e(r.cells[c.id] ?? '');
      html.push(
        c.id === r.accountable ? `<td class="db-raci-a">${letter}</td>` : letter ? `<td>${letter}</td>` : '<td>',
      );
    }
    html.push('</tr>');
  }
  return html.join('');
}
