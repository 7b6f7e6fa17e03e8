/**
 * Who approves, in words and with links: one role ("Legal Counsel"), or a quorum ("2 of Legal Counsel,
 * CISO and Communications"). The one wording the templates page, the checklist and the role card use.
 */
import { elementHref, raciTeam } from './element-kinds.ts';
import type { PlanModel } from './model.ts';
import { byId } from './lookup.ts';

/** One approver as a person reads it: name and page. */
export interface ApproverLink {
  name: string;
  href: string;
}

/** A quorum's approvers with their names and pages, in the order the plan lists them. */
export function approverLinks(plan: PlanModel, of: readonly string[]): ApproverLink[] {
  return of.map((key) => {
    const team = raciTeam(key);
    if (team !== undefined) return { name: byId(plan).teamName(team), href: elementHref('team', team) };
    return { name: byId(plan).roleName(key), href: elementHref('role', key) };
  });
}

/** "2 of" — the quorum's count before its list; "all of" when every one must approve. */
export function quorumWords(q: { of: readonly string[]; needed: number }): string {
  return q.needed === q.of.length ? 'all of' : `${q.needed} of`;
}

/** Whether `roleId` is one of the approvers of a quorum. */
export function approvesIn(q: { of: readonly string[] } | undefined, roleId: string): boolean {
  return q?.of.includes(roleId) ?? false;
}
