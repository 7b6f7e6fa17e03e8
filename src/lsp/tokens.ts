/**
 * The id under the cursor, and what it names: a typed reference (`role:scribe`, `team:on-call`,
 * `activity:declare`) says its kind; a plain id is looked up in the plan. Pure text work, no LSP types.
 */
import { ELEMENT_KINDS, REF_KINDS, type RefKind } from '../plan/element-kinds.ts';

/** The id-like word around `character` (0-based) of `line`, with where it starts; `undefined` on blank or punctuation. */
export function wordAt(line: string, character: number): { word: string; start: number } | undefined {
  const isId = (c: string | undefined) => c !== undefined && /[A-Za-z0-9_:/.-]/.test(c);
  let start = character;
  while (isId(line[start - 1])) start--;
  let end = character;
  while (isId(line[end])) end++;
  const word = line.slice(start, end).replace(/:$/, '');
  return word ? { word, start } : undefined;
}

/** A word read as a reference: its kind's name when written typed (`role:x` → role), and the id. */
export function readReference(word: string): { kind?: string; id: string } {
  const colon = word.indexOf(':');
  if (colon > 0) {
    const prefix = word.slice(0, colon);
    if ((REF_KINDS as readonly string[]).includes(prefix))
      return { kind: ELEMENT_KINDS[prefix as RefKind].name, id: word.slice(colon + 1) };
  }
  return { id: word };
}

/** The playbook a plan file defines (`playbooks/<id>.yaml`), for activity ids written without it. */
export function playbookOf(path: string): string | undefined {
  return /^playbooks\/([^/]+)\.ya?ml$/.exec(path)?.[1];
}

/** The key a YAML line sets before the cursor (`owner` in `  owner: inc`, `raci` in `raci: { ic`), for completion. */
export function keyBefore(line: string, character: number): string | undefined {
  const before = line.slice(0, character);
  const keys = [...before.matchAll(/([A-Za-z][\w-]*)\s*:(?=\s|$)/g)].map((m) => m[1]);
  return keys.at(-1);
}

/** Which kind of id a key takes, for completion; `undefined` offers every id. */
export const KEY_KINDS: Record<string, string> = {
  owner: 'role',
  backup: 'role',
  namedBy: 'role',
  accountable: 'role',
  approver: 'role',
  role: 'role',
  roles: 'role',
  mayCombineWith: 'role',
  raci: 'role',
  pool: 'team',
  phase: 'phase',
  template: 'template',
  submits: 'stage',
  incidentTypes: 'incident type',
  incidentType: 'incident type',
  severities: 'severity',
  severity: 'severity',
  declare: 'severity',
  recipient: 'party',
  escalation: 'escalation policy',
  playbooks: 'playbook',
  obligations: 'obligation',
  after: 'activity',
  perform: 'activity',
  submit: 'stage',
  send: 'template',
  setLevel: 'level',
  to: 'role',
  facts: 'fact',
  levels: 'level',
  event: 'event',
  events: 'event',
};
