/**
 * Escalation policies as data for people: an ordered text version of the levels, and a Mermaid
 * flowchart generated from the same levels (rendered to SVG at build time, never in the browser).
 */
import type { EscalationPolicy, EscalationTarget, PlanModel } from '../plan/model.ts';
import { byId } from '../plan/lookup.ts';
import { formatDuration } from '../plan/time.ts';
import { elementHref } from '../plan/element-kinds.ts';
import { personHref } from '../plan/directory.ts';

/** Whom a level pages, named and linked. */
export interface TargetView {
  kind: 'role' | 'team' | 'person' | 'policy';
  id: string;
  name: string;
  href: string;
}

/** One level in words. */
export interface LevelView {
  /** 1-based level number. */
  level: number;
  targets: TargetView[];
  /** "10 min"; absent where the plan leaves the time open ("when needed"). */
  timeout?: string;
  /** When the next level is paged, e.g. "if not acknowledged within 10 min", or "when needed". */
  escalates: string;
}

const CONDITION: Record<EscalationPolicy['levels'][number]['condition'], string> = {
  'not-acknowledged': 'if not acknowledged within',
  'not-resolved': 'if not resolved within',
  always: 'always after',
};

/** Names and links one escalation target. */
export function describeTarget(plan: PlanModel, target: EscalationTarget): TargetView {
  if ('role' in target) {
    return {
      kind: 'role',
      id: target.role,
      name: byId(plan).roleName(target.role),
      href: elementHref('role', target.role),
    };
  }
  if ('team' in target) {
    return {
      kind: 'team',
      id: target.team,
      name: byId(plan).teamName(target.team),
      href: elementHref('team', target.team),
    };
  }
  if ('person' in target) {
    const p = byId(plan).people.get(target.person);
    return { kind: 'person', id: target.person, name: p?.name ?? target.person, href: personHref(plan, target.person) };
  }
  const e = byId(plan).escalationPolicies.get(target.policy);
  return {
    kind: 'policy',
    id: target.policy,
    name: e?.name ?? target.policy,
    href: elementHref('policy', target.policy),
  };
}

/** The levels of a policy in words: the accessible text version of its diagram. */
export function describePolicy(plan: PlanModel, policy: EscalationPolicy): LevelView[] {
  return policy.levels.map((l, i) => {
    const timeout = l.timeout === undefined ? undefined : formatDuration(l.timeout);
    return {
      level: i + 1,
      targets: l.targets.map((t) => describeTarget(plan, t)),
      ...(timeout === undefined ? {} : { timeout }),
      // A level without a timeout escalates when the responders judge it needed (the source says no more).
      escalates: timeout === undefined ? 'when needed' : `${CONDITION[l.condition]} ${timeout}`,
    };
  });
}

// beautiful-mermaid reads these four entities back as characters and escapes them again in the SVG.
const LABEL_ENTITY: Record<string, string> = { '&': '&amp;', '"': '&quot;', '<': '&lt;', '>': '&gt;' };

/**
 * Mermaid label text for a plan name: `& " < >` as entities (shown as written, never markup), and
 * the brackets and bar that would end a node or edge label however quoted as spaces.
 */
export const mermaidLabel = (text: string) => text.replace(/[&"<>]/g, (c) => LABEL_ENTITY[c]).replace(/[[\]|]/g, ' ');

/** Mermaid line break inside a label: labels are kept to short lines so the diagram stays narrow. */
const BR = '<br>';

/** The escalation condition on two short lines: "if not acknowledged" / "within 10 min". */
const conditionLines = (escalates: string) => mermaidLabel(escalates).replace(/ (within|after) /, `${BR}$1 `);

/**
 * Mermaid flowchart of a policy: start → level 1 → level 2 ... with each edge labelled by the
 * condition and timeout; a hand-over to another policy is its own node; repeats loop back.
 * Each target gets a line of its own, so a box is as wide as its longest name, not its level; the
 * edges into "Acknowledged" carry no label (the node says it), which keeps the diagram small.
 */
export function policyToMermaid(plan: PlanModel, policy: EscalationPolicy): string {
  const levels = describePolicy(plan, policy);
  const lines = ['flowchart TD', `  start(["${mermaidLabel(policy.name)}${BR}incident declared"])`];
  for (const l of levels) {
    const who = l.targets.map((t) => mermaidLabel(t.kind === 'policy' ? `hand over to ${t.name}` : t.name)).join(BR);
    lines.push(`  L${l.level}["Level ${l.level}: page${BR}${who}"]`);
  }
  lines.push(`  done(["Acknowledged:${BR}responder takes over"])`);
  lines.push('  start --> L1');
  for (const l of levels) {
    const next = l.level < levels.length ? `L${l.level + 1}` : policy.repeat > 0 ? 'L1' : undefined;
    lines.push(`  L${l.level} --> done`); // the node says it: acknowledged
    if (next) {
      const text =
        next === 'L1'
          ? `${conditionLines(l.escalates)}${BR}then repeat, up to ${policy.repeat}x`
          : conditionLines(l.escalates);
      lines.push(`  L${l.level} -->|${text}| ${next}`);
    }
  }
  return lines.join('\n');
}
