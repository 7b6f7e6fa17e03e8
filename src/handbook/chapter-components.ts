/**
 * The handbook components a chapter may use without import (`<RaciTable playbook="…" />`,
 * `<SeverityTable />`, `<RoleCard role="…" />`, listed in src/plan/chapter-markup.ts), rendered
 * to HTML at build time from the plan model with the same view models and markup as the generated
 * pages. Every text from the plan is escaped; Markdown fields go through the handbook's Markdown
 * renderer. Pure apart from that renderer: no Astro imports, so a test can call it.
 */
import type { PlanModel } from '../plan/model.ts';
import type { ResolvedRef } from '../plan/refs.ts';
import { formatDuration, updateWords } from '../plan/time.ts';
import { RACI_MEANING, buildRaciMatrix, shortName } from './raci.ts';
import { renderMarkdown } from '../markdown/render-markdown.ts';
import { elementHref } from '../plan/element-kinds.ts';
import { escapeHtml } from '../plan/safe-policy.ts';

const e = escapeHtml;
const legend = () => `<p class="db-raci-legend">${Object.entries(RACI_MEANING).map(([l, m]) => `<span><b>${e(l)}</b> ${e(m)}</span>`).join('')}</p>`;

/** `<RaciTable playbook="…" />`: the playbook's activities × roles, as on /raci/<playbook>/ (without the role filter). */
export function renderRaciTable(plan: PlanModel, playbookId: string): string {
  const playbook = plan.playbooks.find((p) => p.id === playbookId);
  if (!playbook) throw new Error(`no playbook "${playbookId}" in the plan`);
  const matrix = buildRaciMatrix(plan, playbookId);
  const caption = `RACI of the ${playbook.name} playbook`;
  const head = matrix.columns.map((c) => `<th scope="col" data-role="${e(c.id)}"><a href="${e(c.href)}" title="${e(c.name)}">${e(c.short)}</a></th>`).join('');
  const rows = matrix.rows
    .map((r) => {
      const cells = matrix.columns.map((c) => {
        const letter = r.cells[c.id];
        return c.id === r.accountable ? `<td class="db-raci-a">${e(letter!)}</td>` : `<td>${letter ? e(letter) : ''}</td>`;
      });
      return `<tr><th scope="row"><a href="${e(r.href)}">${e(r.title)}</a></th><td>${e(r.phaseName)}</td>${cells.join('')}</tr>`;
    })
    .join('');
  return (
    `<raci-table class="db-raci"><div class="db-table-scroll" tabindex="0" role="region" aria-label="${e(caption)}" data-pagefind-ignore><table>` +
    `<caption>${e(caption)} (letters explained below the table)</caption>` +
    `<thead><tr><th scope="col">Activity</th><th scope="col">Phase</th>${head}</tr></thead><tbody>${rows}</tbody></table></div>${legend()}</raci-table>`
  );
}

/** `<SeverityTable />`: the severity levels, most severe first, as on the home and severities pages. */
export function renderSeverityTable(plan: PlanModel): string {
  const policy = new Map(plan.escalationPolicies.map((p) => [p.id, p.name]));
  const responses = plan.severities.some((s) => s.response.length > 0);
  const list = (items: string[]) => (items.length ? `<ul>${items.map((c) => `<li>${e(c)}</li>`).join('')}</ul>` : '');
  const rows = plan.severities
    .map(
      (s) =>
        `<tr><th scope="row">${e(s.label)}${s.major ? ' <span class="db-badge db-bad">major</span>' : ''}</th>` +
        `<td data-label="Criteria (any one)"><ul>${s.criteria.map((c) => `<li>${e(c)}</li>`).join('')}</ul></td>` +
        (responses ? `<td data-label="Expected response">${list(s.response)}</td>` : '') +
        `<td data-label="Acknowledge within">${e(formatDuration(s.acknowledgeWithin))}</td><td data-label="Updates every">${e(updateWords(s.updateEvery))}</td>` +
        `<td data-label="Escalation"><a href="${e(elementHref('policy', s.escalationPolicy))}">${e(policy.get(s.escalationPolicy) ?? s.escalationPolicy)}</a></td></tr>`,
    )
    .join('');
  return (
    `<div class="db-table-scroll db-stack db-severities" tabindex="0" role="region" aria-label="Severity levels"><table><caption>Severity levels, most severe first</caption>` +
    `<thead><tr><th scope="col">Severity</th><th scope="col">Criteria (any one)</th>${responses ? '<th scope="col">Expected response</th>' : ''}<th scope="col">Acknowledge within</th><th scope="col">Updates every</th><th scope="col">Escalation</th></tr></thead>` +
    `<tbody>${rows}</tbody></table></div>`
  );
}

/** `<RoleCard role="…" />`: the role's purpose, responsibilities and backup, linking to its full role card. */
export function renderRoleCard(plan: PlanModel, refs: ReadonlyMap<string, ResolvedRef>, roleId: string): string {
  const role = plan.roles.find((r) => r.id === roleId);
  if (!role) throw new Error(`no role "${roleId}" in the plan`);
  const backup = role.backup ? plan.roles.find((r) => r.id === role.backup) : undefined;
  const short = shortName(role);
  return (
    `<section class="db-role-summary" aria-label="${e(`Role: ${role.name}`)}">` +
    `<p><strong><a href="${e(elementHref('role', role.id))}">${e(role.name)}</a></strong>${short !== role.name ? ` (${e(short)})` : ''}</p>` +
    renderMarkdown(role.purpose, refs) +
    (role.responsibilities.length ? `<ul>${role.responsibilities.map((r) => `<li>${e(r)}</li>`).join('')}</ul>` : '') +
    `<p class="db-meta">${backup ? `Backup: <a href="${e(elementHref('role', backup.id))}">${e(backup.name)}</a>. ` : ''}<a href="${e(elementHref('role', role.id))}">Full role card</a></p>` +
    `</section>`
  );
}

/** Renders one component from its attributes (already validated by the compiler). */
export function renderComponent(plan: PlanModel, refs: ReadonlyMap<string, ResolvedRef>, name: string, attributes: Readonly<Record<string, string>>): string {
  switch (name) {
    case 'RaciTable':
      return renderRaciTable(plan, attributes.playbook);
    case 'SeverityTable':
      return renderSeverityTable(plan);
    case 'RoleCard':
      return renderRoleCard(plan, refs, attributes.role);
    default:
      throw new Error(`<${name}> is not a handbook component`);
  }
}
