/**
 * The severity table, the one renderer of it: the home, severities and print pages (through
 * SeverityTable.astro) and a chapter's `<SeverityTable />` all show this HTML. Every text from the
 * plan is escaped.
 */
import type { PlanModel } from '../plan/model.ts';
import { byId } from '../plan/lookup.ts';
import { elementHref } from '../plan/element-kinds.ts';
import { escapeHtml as e } from '../plan/safe-policy.ts';
import { updateWords } from '../plan/time.ts';

/** Options of `renderSeverityTable`. */
export interface SeverityTableOptions {
  /** Give each row its severity's id (`#sev1`) so references can point at it; only on the severities page. Default false. */
  anchors?: boolean;
}

/**
 * The severity levels, most severe first: criteria, expected response (a column only once some
 * severity states one), acknowledgement and update targets, and the escalation policy by name.
 */
export function renderSeverityTable(plan: PlanModel, { anchors = false }: SeverityTableOptions = {}): string {
  const policies = byId(plan).escalationPolicies;
  const responses = plan.severities.some((s) => s.response.length > 0);
  const list = (items: string[]) => (items.length ? `<ul>${items.map((c) => `<li>${e(c)}</li>`).join('')}</ul>` : '');
  const rows = plan.severities
    .map(
      (s) =>
        `<tr${anchors ? ` id="${e(s.id)}"` : ''}><th scope="row">${e(s.label)}${s.major ? ' <span class="db-badge db-bad">major</span>' : ''}</th>` +
        `<td data-label="Criteria (any one)"><ul>${s.criteria.map((c) => `<li>${e(c)}</li>`).join('')}</ul></td>` +
        (responses ? `<td data-label="Expected response">${list(s.response)}</td>` : '') +
        `<td data-label="Acknowledge within">${e(updateWords(s.acknowledgeWithin))}</td><td data-label="Updates every">${e(updateWords(s.updateEvery))}</td>` +
        // A compiled plan names every policy it references; the id only stands in for a hand-made model.
        `<td data-label="Escalation"><a href="${e(elementHref('policy', s.escalationPolicy))}">${e(policies.get(s.escalationPolicy)?.name ?? s.escalationPolicy)}</a></td></tr>`,
    )
    .join('');
  return (
    `<div class="db-table-scroll db-stack db-severities" tabindex="0" role="region" aria-label="Severity levels"><table><caption>Severity levels, most severe first</caption>` +
    `<thead><tr><th scope="col">Severity</th><th scope="col">Criteria (any one)</th>${responses ? '<th scope="col">Expected response</th>' : ''}<th scope="col">Acknowledge within</th><th scope="col">Updates every</th><th scope="col">Escalation</th></tr></thead>` +
    `<tbody>${rows}</tbody></table></div>`
  );
}
