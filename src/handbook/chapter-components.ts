/**
 * The handbook components a chapter may use without import (`<RaciTable playbook="…" />`,
 * `<SeverityTable />`, `<RoleCard role="…" />`, listed in src/plan/chapter-markup.ts), rendered
 * to HTML at build time from the plan model by the same renderers as the generated pages
 * (raci-table.ts, severity-table.ts). Every text from the plan is escaped; Markdown fields go
 * through the handbook's Markdown renderer. Pure apart from that renderer: no Astro imports, so a test can call it.
 */
import type { PlanModel } from '../plan/model.ts';
import { byId } from '../plan/lookup.ts';
import type { ResolvedRef } from '../plan/refs.ts';
import { buildRaciMatrix, shortName } from './raci.ts';
import { renderRaciTable } from './raci-table.ts';
import { renderSeverityTable } from './severity-table.ts';
import { renderMarkdown } from '../markdown/render-markdown.ts';
import { elementHref } from '../plan/element-kinds.ts';
import { escapeHtml } from '../plan/safe-policy.ts';

const e = escapeHtml;

/** `<RaciTable playbook="…" />`: the playbook's activities × roles, as on /raci/<playbook>/ (without the role filter). */
export function renderPlaybookRaci(plan: PlanModel, playbookId: string): string {
  const playbook = byId(plan).playbooks.get(playbookId);
  if (!playbook) throw new Error(`no playbook "${playbookId}" in the plan`);
  return renderRaciTable(buildRaciMatrix(plan, playbookId), `RACI of the ${playbook.name} playbook`);
}

/** `<RoleCard role="…" />`: the role's purpose, responsibilities and backup, linking to its full role card. */
export function renderRoleCard(plan: PlanModel, refs: ReadonlyMap<string, ResolvedRef>, roleId: string): string {
  const role = byId(plan).roles.get(roleId);
  if (!role) throw new Error(`no role "${roleId}" in the plan`);
  const backup = role.backup ? byId(plan).roles.get(role.backup) : undefined;
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
export function renderComponent(
  plan: PlanModel,
  refs: ReadonlyMap<string, ResolvedRef>,
  name: string,
  attributes: Readonly<Record<string, string>>,
): string {
  switch (name) {
    case 'RaciTable':
      return renderPlaybookRaci(plan, attributes.playbook);
    case 'SeverityTable':
      return renderSeverityTable(plan);
    case 'RoleCard':
      return renderRoleCard(plan, refs, attributes.role);
    default:
      throw new Error(`<${name}> is not a handbook component`);
  }
}
