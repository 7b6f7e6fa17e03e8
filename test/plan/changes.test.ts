/**
 * The change report (src/plan/changes.ts, change-words.ts, npm run changes): element by element, by
 * id, in words with names and durations, notable changes called out; and the JSON report is exact:
 * applied to the old plan it gives the new one (a property over random edits of the example plan).
 */
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { execFileSync } from 'node:child_process';
import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import { compilePlan, modelOf } from '../../src/compiler/compile.ts';
import { applyChanges, comparable, diffComparable, diffPlans, type ComparablePlan } from '../../src/plan/changes.ts';
import { changeLines } from '../../src/plan/change-words.ts';
import { previousApproved } from '../../src/integration/plan-version.ts';

const TODAY = '2026-11-01';
const temp = mkdtempSync(join(tmpdir(), 'drillbook-changes-'));
afterAll(() => rmSync(temp, { recursive: true, force: true }));
let n = 0;
const base = modelOf(compilePlan('content', { today: TODAY }))!;

/** The example plan with `edits` (file → [from, to]) made in a copy, compiled. */
function edited(edits: Record<string, [string, string]>) {
  const dir = join(temp, `p${n++}`);
  cpSync('content', dir, { recursive: true });
  for (const [file, [from, to]] of Object.entries(edits)) {
    const text = readFileSync(join(dir, file), 'utf8');
    if (!text.includes(from)) throw new Error(`${from} not in ${file}`);
    writeFileSync(join(dir, file), text.replace(from, to));
  }
  return { dir, plan: modelOf(compilePlan(dir, { today: TODAY }))! };
}

describe('the change report', () => {
  it('lists a due time changed from PT1H to PT8H as a deadline change of that activity, in words', () => {
    const { plan } = edited({
      'playbooks/account-takeover.yaml': [
        'due: { within: PT1H, after: declaration }',
        'due: { within: PT8H, after: declaration }',
      ],
    });
    const report = diffPlans(base, plan);
    expect(report.changes).toEqual([
      expect.objectContaining({
        change: 'changed',
        kind: 'activity',
        id: 'account-takeover/freeze-payouts-on-affected-accounts',
        fields: [{ path: ['due', 'within'], before: 'PT1H', after: 'PT8H' }],
      }),
    ]);
    expect(changeLines(report, base, plan)).toEqual([
      `Changes from version 3.2 (${base.digest.slice(0, 12)}) to version 3.2 (${plan.digest.slice(0, 12)}): 1 element(s)`,
      '⚠ the content changed, but the version is still 3.2: raise it and add a change-log entry',
      '~ activity "Freeze outgoing payments on affected accounts" (playbook Customer account takeover): due within: 1 h → 8 h   [deadline]',
    ]);
  });

  it('calls out a new Accountable role by name, before other changes', () => {
    const { plan } = edited({
      'playbooks/account-takeover.yaml': [
        'raci: { security-lead: A, it-operations-lead: R }',
        'raci: { security-lead: R, it-operations-lead: A }',
      ],
      'roles.yaml': ['Owns the response from declaration', 'Owns the whole response from declaration'],
    });
    const lines = changeLines(diffPlans(base, plan), base, plan);
    expect(lines.slice(2, 5)).toEqual([
      '~ activity "Block the attack at the edge" (playbook Customer account takeover): RACI of Security Lead: "A" → "R"   [accountable]',
      '~ activity "Block the attack at the edge" (playbook Customer account takeover): RACI of IT Operations Lead: "R" → "A"   [accountable]',
      '~ activity "Block the attack at the edge" (playbook Customer account takeover): accountable: Security Lead → IT Operations Lead   [accountable]',
    ]);
    expect(lines[5]).toMatch(/^~ role "Incident Commander": purpose: /);
  });

  it('names added and removed elements, and a change of escalation policy', () => {
    const { plan } = edited({
      'roles.yaml': ['  - id: scribe\n', '  - id: note-taker\n'],
      'severities.yaml': ['escalationPolicy: major-incident', 'escalationPolicy: security-on-call'],
    });
    const lines = changeLines(diffPlans(base, plan), base, plan);
    expect(lines.filter((l) => l.startsWith('+') || l.startsWith('-'))).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/^- role "Scribe" removed$/),
        expect.stringMatching(/^\+ role "Scribe" added$/),
      ]),
    );
    expect(lines.some((l) => /^~ severity ".*": escalation policy: .* → .*\[escalation\]$/.test(l))).toBe(true);
  });

  it('keeps a distribution recipient with a comma as one recipient, before and after', () => {
    const { plan } = edited({
      'plan.yaml': [
        '  - Management Board of Kestrel Pay B.V.\n',
        '  - Legal, Risk and Compliance\n  - Smith, J. (CISO)\n',
      ],
    });
    const report = diffPlans(base, plan);
    expect(report.changes).toEqual([
      expect.objectContaining({
        kind: 'plan',
        fields: [
          {
            path: ['distribution'],
            before: base.document.distribution,
            after: ['Legal, Risk and Compliance', 'Smith, J. (CISO)', ...base.document.distribution.slice(1)],
          },
        ],
      }),
    ]);
    const line = changeLines(report, base, plan).find((l) => l.includes('distribution'))!;
    expect(line).toContain('→ "Legal, Risk and Compliance", "Smith, J. (CISO)", "Board of Directors');
  });

  it('lists a verification date recorded for a team and an external party, by name', () => {
    const { plan } = edited({
      'parties.yaml': [
        '    name: De Nederlandsche Bank (DNB)\n',
        '    name: De Nederlandsche Bank (DNB)\n    lastVerified: 2026-09-30\n',
      ],
      'teams.yaml': [
        '    name: Security Operations\n',
        '    name: Security Operations\n    lastVerified: 2026-10-15\n',
      ],
    });
    expect(changeLines(diffPlans(base, plan), base, plan).slice(2)).toEqual([
      '~ team "Security Operations": last verified: (not set) → "2026-10-15"',
      '~ party "De Nederlandsche Bank (DNB)": last verified: (not set) → "2026-09-30"',
    ]);
  });

  it('reads a version from a git ref, the same as from its folder', () => {
    const out = execFileSync('npx', ['tsx', 'src/cli/changes.ts', '--from', 'HEAD', '--to', 'content', '--json'], {
      encoding: 'utf8',
    });
    const report = JSON.parse(out);
    expect(report.to.digest).toBe(base.digest);
    expect(Array.isArray(report.changes)).toBe(true);
  }, 60_000);
});

describe('the previous approved version the site compares with', () => {
  it('is the folder DRILLBOOK_PREVIOUS names, compiled', () => {
    const { dir, plan } = edited({ 'plan.yaml': ['version: "3.2"', 'version: "3.1"'] });
    const previous = previousApproved('content', '3.2', { DRILLBOOK_PREVIOUS: dir });
    expect(previous?.label).toBe(dir);
    expect(previous?.plan.digest).toBe(plan.digest);
  });

  it('is none when the history holds no other approved version and nothing is named', () => {
    expect(previousApproved(join(temp, 'not-in-git'), '3.2', {})).toBeUndefined();
  });
});

/** A random edit of a comparable plan: a field set, a field removed, an element removed or added. */
const edit = (keys: string[]) =>
  fc.oneof(
    fc.record({
      op: fc.constant('set' as const),
      key: fc.constantFrom(...keys),
      path: fc.array(fc.constantFrom('name', 'due', 'within', 'raci', 'x', '__proto__', 'owner'), {
        minLength: 1,
        maxLength: 3,
      }),
      value: fc.jsonValue({ maxDepth: 2 }),
    }),
    fc.record({ op: fc.constant('drop' as const), key: fc.constantFrom(...keys) }),
    fc.record({
      op: fc.constant('add' as const),
      id: fc.stringMatching(/^[a-z][a-z0-9-]{0,8}$/),
      value: fc.dictionary(fc.string({ maxLength: 5 }), fc.jsonValue({ maxDepth: 2 }), { maxKeys: 3 }),
    }),
  );

function applyEdit(plan: ComparablePlan, e: fc.Arbitrary<unknown> extends never ? never : any): void {
  if (e.op === 'drop') delete plan[e.key];
  else if (e.op === 'add') plan[`role:new-${e.id}`] = { kind: 'role', id: `new-${e.id}`, name: e.id, value: e.value };
  else if (plan[e.key]) {
    let at: Record<string, unknown> = plan[e.key].value;
    for (const k of e.path.slice(0, -1)) {
      if (!Object.hasOwn(at, k) || typeof at[k] !== 'object' || at[k] === null || Array.isArray(at[k]))
        Object.defineProperty(at, k, { value: {}, enumerable: true, writable: true, configurable: true });
      at = at[k] as Record<string, unknown>;
    }
    Object.defineProperty(at, e.path.at(-1), { value: e.value, enumerable: true, writable: true, configurable: true });
  }
}

describe('the JSON change report', () => {
  const old = JSON.parse(JSON.stringify(comparable(base))) as ComparablePlan;
  const keys = Object.keys(old);
  it('applied to the old plan gives the new one, for any edits', () => {
    fc.assert(
      fc.property(fc.array(edit(keys), { maxLength: 8 }), (edits) => {
        const next = structuredClone(old);
        for (const e of edits) applyEdit(next, e);
        const expected = JSON.parse(JSON.stringify(next));
        const report = JSON.parse(JSON.stringify(diffComparable(old, expected)));
        expect(JSON.parse(JSON.stringify(applyChanges(old, report)))).toEqual(expected);
      }),
      { numRuns: 100 },
    );
  });

  it('is empty between a plan and itself, and between the same plan compiled from two places', () => {
    const { plan } = edited({});
    expect(diffPlans(base, plan).changes).toEqual([]);
  });

  it('applied to the old example plan gives the edited one', () => {
    const { plan } = edited({
      'playbooks/account-takeover.yaml': [
        'due: { within: PT1H, after: declaration }',
        'due: { within: PT8H, after: declaration }',
      ],
      'roles.yaml': ['  - id: scribe\n', '  - id: note-taker\n'],
    });
    const report = JSON.parse(JSON.stringify(diffPlans(base, plan)));
    expect(applyChanges(comparable(base), report.changes)).toEqual(JSON.parse(JSON.stringify(comparable(plan))));
  });
});
