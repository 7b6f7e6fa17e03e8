/**
 * The change report in words: names instead of ids, durations in words ("8 h", "12 months"), and
 * the changes an auditor must not miss called out — who is Accountable, a deadline, escalation.
 *
 *   ~ activity "Declare the incident" (playbook Ransomware): due within: 1 h → 8 h   [deadline]
 */
import { ELEMENT_KINDS } from './element-kinds.ts';
import type { ChangeReport, ElementChange, FieldChange } from './changes.ts';
import type { PlanModel } from './model.ts';
import { formatDuration, parseDuration } from './time.ts';

/** What makes a change one to call out. */
export type Notable = 'accountable' | 'deadline' | 'escalation';

/** One element change in words. */
export interface WordedChange {
  sign: '+' | '-' | '~';
  /** `activity "Declare the incident" (playbook Ransomware)`. */
  what: string;
  /** Each changed field: `due within: 1 h → 8 h`. */
  fields: { text: string; notable?: Notable }[];
  notable: Notable[];
}

const OTHER_KINDS: Record<string, string> = {
  plan: 'plan',
  stage: 'stage',
  control: 'control',
  framework: 'framework',
  exercise: 'exercise record',
  chapter: 'chapter',
};

/** The kind in words: `escalation policy`, `incident type`. */
export const kindWords = (kind: string) =>
  (ELEMENT_KINDS as Record<string, { name: string }>)[kind]?.name ?? OTHER_KINDS[kind] ?? kind;

/** `acknowledgeWithin` → `acknowledge within`. */
const words = (key: string) => key.replace(/([a-z])([A-Z])/g, '$1 $2').toLowerCase();

/** Fields that hold a role id, whose value is shown as the role's name. */
const ROLE_FIELDS = new Set(['owner', 'accountable', 'backup', 'role', 'namedBy']);

/** Which notable change a field change is, if any. */
function notableOf(kind: string, f: FieldChange): Notable | undefined {
  const [head] = f.path;
  if (head === 'accountable' || (head === 'raci' && [f.before, f.after].some((l) => l === 'A' || l === 'AR')))
    return 'accountable';
  if (kind === 'policy' || head === 'escalationPolicy' || head === 'major') return 'escalation';
  if (['due', 'deadline', 'noLaterThan', 'acknowledgeWithin', 'updateEvery'].includes(head)) return 'deadline';
  return undefined;
}

/** Words every change of `report`, with names from the plans before (`a`) and after (`b`). */
export function wordChanges(report: ChangeReport, a: PlanModel, b: PlanModel): WordedChange[] {
  const names = new Map<string, string>();
  for (const plan of [a, b]) {
    for (const r of plan.roles) names.set(`role:${r.id}`, r.name);
    for (const p of plan.playbooks) names.set(`playbook:${p.id}`, p.name);
    for (const o of plan.obligations) names.set(`obligation:${o.id}`, o.name);
    for (const p of plan.escalationPolicies) names.set(`policy:${p.id}`, p.name);
    for (const p of plan.phases) names.set(`phase:${p.id}`, p.name);
  }
  const role = (id: string) => names.get(`role:${id}`) ?? id;
  const value = (field: string, v: unknown): string => {
    if (v === undefined) return '(not set)';
    if (typeof v === 'string') {
      if (ROLE_FIELDS.has(field)) return role(v);
      if (field === 'escalationPolicy') return names.get(`policy:${v}`) ?? v;
      if (field === 'phase') return names.get(`phase:${v}`) ?? v;
      if (parseDuration(v)) return formatDuration(v);
      return v.length > 80 ? `"${v.slice(0, 77)}…"` : `"${v}"`;
    }
    if (Array.isArray(v)) return v.length ? v.map((x) => value(field, x)).join(', ') : '(none)';
    if (v && typeof v === 'object')
      return `(${Object.entries(v)
        .map(([k, x]) => `${words(k)} ${value(k, x)}`)
        .join(', ')})`;
    return String(v);
  };
  return report.changes.map((c) => {
    const parent =
      c.kind === 'activity'
        ? ` (playbook ${names.get(`playbook:${c.id.split('/')[0]}`) ?? c.id.split('/')[0]})`
        : c.kind === 'stage'
          ? ` (${names.get(`obligation:${c.id.split('/')[0]}`) ?? c.id.split('/')[0]})`
          : '';
    const what = `${kindWords(c.kind)} "${c.name}"${parent}`;
    if (c.change !== 'changed') return { sign: c.change === 'added' ? '+' : '-', what, fields: [], notable: [] };
    const fields = c.fields.map((f) => {
      const field = f.path[0] === 'raci' && f.path[1] ? f.path[1] : f.path.at(-1)!;
      const label = f.path[0] === 'raci' && f.path[1] ? `RACI of ${role(f.path[1])}` : f.path.map(words).join(' ');
      const notable = notableOf(c.kind, f);
      const text =
        f.path[0] === 'body' ? 'text changed' : `${label}: ${value(field, f.before)} → ${value(field, f.after)}`;
      return { text, ...(notable && { notable }) };
    });
    return { sign: '~', what, fields, notable: [...new Set(fields.flatMap((f) => (f.notable ? [f.notable] : [])))] };
  });
}

/** The report as lines of text, notable changes first: what `npm run changes` prints. */
export function changeLines(report: ChangeReport, a: PlanModel, b: PlanModel): string[] {
  const worded = wordChanges(report, a, b);
  const lines = [
    `Changes from version ${report.from.version} (${report.from.digest.slice(0, 12)}) to version ${report.to.version} (${report.to.digest.slice(0, 12)}): ${worded.length} element(s)`,
  ];
  if (report.from.version === report.to.version && report.from.digest !== report.to.digest)
    lines.push(
      `⚠ the content changed, but the version is still ${report.to.version}: raise it and add a change-log entry`,
    );
  const ordered = [...worded.filter((w) => w.notable.length), ...worded.filter((w) => !w.notable.length)];
  for (const w of ordered) {
    if (w.sign !== '~') lines.push(`${w.sign} ${w.what} ${w.sign === '+' ? 'added' : 'removed'}`);
    else
      for (const f of w.fields.length ? w.fields : [{ text: 'renamed' }])
        lines.push(`~ ${w.what}: ${f.text}${'notable' in f && f.notable ? `   [${f.notable}]` : ''}`);
  }
  return lines;
}

export type { ElementChange };
