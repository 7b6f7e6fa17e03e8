/**
 * Coverage against the shipped catalogs (src/handbook/coverage.ts, src/plan/catalogs/): every control
 * of a catalog the plan answers to is listed, gaps included; activity and chapter citations count;
 * each control shows its last exercise and its open improvement actions, overdue ones flagged.
 */
import { describe, expect, it } from 'vitest';
import { compilePlan, modelOf } from '../../src/compiler/compile.ts';
import { indexRefs } from '../../src/plan/refs.ts';
import { buildCoverage } from '../../src/handbook/coverage.ts';
import { CATALOGS } from '../../src/plan/catalogs/index.ts';
import { ACTIVITIES_SHOWN, CHAPTERS_SHOWN, citationView } from '../../src/handbook/coverage-view.ts';
import type { ResolvedRef } from '../../src/plan/refs.ts';

const plan = modelOf(compilePlan('content', { today: '2026-11-01' }))!;
const coverage = buildCoverage(plan, indexRefs(plan), '2027-04-15');
const row = (framework: string, control: string) =>
  coverage.find((f) => f.id === framework)!.rows.find((r) => r.control === control)!;

describe('coverage against catalogs', () => {
  it('lists every control of each catalog the example plan answers to, in the catalog order', () => {
    for (const f of plan.frameworks) {
      const ids = coverage
        .find((c) => c.id === f.id)!
        .rows.filter((r) => r.inCatalog)
        .map((r) => r.control);
      expect(ids, f.id).toEqual(CATALOGS[f.catalog!].controls.map((c) => c.id));
    }
  });

  it('shows the gaps: controls nothing in the plan covers are missing', () => {
    expect(row('csf2', 'RC.RP-04').status).toBe('missing');
    expect(row('pci-dss', '12.10.4').status).toBe('missing');
    expect(row('pci-dss', '12.10.5').status).toBe('missing');
    expect(row('pci-dss', '12.10.4').elements).toEqual([]);
  });

  it('keeps a partial mapping partial, with what is missing, though an element cites the control', () => {
    expect(row('iso27001', 'A.5.30')).toMatchObject({
      status: 'partial',
      reason: expect.stringContaining('Business Continuity Policy'),
    });
  });

  it('marks a control not applicable with its reason', () => {
    expect(row('csf2', 'DE.AE-07')).toMatchObject({
      status: 'not-applicable',
      reason: expect.stringContaining('Security Operations detection'),
    });
  });

  it('counts every activity and chapter citation as an element of its control', () => {
    const missing: string[] = [];
    const check = (citation: string, ref: string) => {
      const [framework, control] = [
        citation.slice(0, citation.indexOf(':')),
        citation.slice(citation.indexOf(':') + 1),
      ];
      const r = row(framework, control);
      if (!r?.elements.some((e) => `${e.kind}:${e.id}` === ref)) missing.push(`${citation} ← ${ref}`);
    };
    let citations = 0;
    for (const a of plan.playbooks.flatMap((p) => p.activities))
      for (const c of a.controls) (check(c, `activity:${a.key}`), citations++);
    for (const ch of plan.chapters) for (const c of ch.controls) (check(c, `chapter:${ch.id}`), citations++);
    expect(citations).toBeGreaterThan(150);
    expect(missing).toEqual([]);
  });

  it('names activities with their playbook, so activities of the same name in two playbooks are told apart', () => {
    const names = row('csf2', 'DE.AE-08')
      .elements.filter((e) => e.kind === 'activity')
      .map((e) => e.name);
    expect(names).toContain(
      'Declare the incident and record the awareness time (Personal-data and cardholder-data breach)',
    );
    expect(new Set(names).size).toBe(names.length);
  });

  it("shows a control's last exercise and its open improvement actions, overdue as of the date given", () => {
    const r = row('pci-dss', '12.10.2');
    expect(r.lastExercise).toEqual({
      id: '2026-09-data-breach-tabletop',
      title: expect.any(String),
      date: '2026-09-24',
    });
    expect(r.openActions.map((a) => [a.due, a.overdue])).toEqual([
      ['2026-12-15', true],
      ['2027-01-31', true],
      ['2027-03-31', true],
    ]);
    const earlier = buildCoverage(plan, indexRefs(plan), '2027-01-01')
      .find((f) => f.id === 'pci-dss')!
      .rows.find((x) => x.control === '12.10.2')!;
    expect(earlier.openActions.map((a) => a.overdue)).toEqual([true, false, false]);
    expect(row('csf2', 'RC.RP-04').lastExercise).toBeUndefined();
  });
});

describe('the coverage page view of a control (coverage-view.ts)', () => {
  const refs = indexRefs(plan);
  const activity = (pb: string, n: number): ResolvedRef => ({
    kind: 'activity',
    id: `${pb}/step-${n}`,
    name: `Step ${n} (${pb})`,
    href: `/playbooks/${pb}/#step-${n}`,
  });

  it('names at most a few activities per playbook however many cite the control, and counts them all', () => {
    const many = [
      ...Array.from({ length: 57 }, (_, n) => activity(n < 45 ? 'ransomware' : 'data-breach', n)),
      { kind: 'chapter', id: 'roles-and-governance', name: 'Roles and governance', href: '/roles-and-governance/' },
    ] as ResolvedRef[];
    const view = citationView(many, refs);
    const named = view.playbooks.flatMap((p) => p.shown).length + view.others.length;
    expect(named).toBeLessThanOrEqual(2 * ACTIVITIES_SHOWN + 1);
    expect(view.playbooks.map((p) => [p.playbook.name, p.count, p.shown.length, p.more])).toEqual([
      ['Ransomware and extortion', 45, ACTIVITIES_SHOWN, 45 - ACTIVITIES_SHOWN],
      ['Personal-data and cardholder-data breach', 12, ACTIVITIES_SHOWN, 12 - ACTIVITIES_SHOWN],
    ]);
    expect(view.summary).toBe('57 activities in 2 playbooks and 1 chapter');
  });

  it('names many chapters only up to a bound, and says how many more', () => {
    const chapters = Array.from({ length: CHAPTERS_SHOWN + 7 }, (_, n) => ({
      kind: 'chapter' as const,
      id: `page-${n}`,
      name: `Page ${n}`,
      href: `/page-${n}/`,
    }));
    const view = citationView(chapters, refs);
    expect(view.others.length).toBe(CHAPTERS_SHOWN);
    expect(view.moreOthers).toBe(7);
    expect(view.summary).toBe(`${CHAPTERS_SHOWN + 7} chapters`);
  });

  it('gives no counts for a short list whose every element is named, and counts a short list with one unnamed', () => {
    expect(citationView([activity('ransomware', 1), activity('data-breach', 2)], refs).summary).toBe('');
    const four = [1, 2, 3, 4].map((n) => activity('ransomware', n));
    expect(citationView(four, refs).summary).toBe('4 activities in 1 playbook');
  });

  it('names every element of the example plan, or counts it under "and N more" when its playbook has more than a few', () => {
    for (const f of coverage)
      for (const r of f.rows) {
        const view = citationView(r.elements, refs);
        const named = view.others.length + view.playbooks.reduce((n, p) => n + p.shown.length, 0);
        const counted = view.moreOthers + view.playbooks.reduce((n, p) => n + p.more, 0);
        expect(named + counted, `${f.id} ${r.control}`).toBe(r.elements.length);
        for (const p of view.playbooks) expect(p.more > 0, `${f.id} ${r.control}`).toBe(p.count > ACTIVITIES_SHOWN);
      }
    const grouped = coverage.flatMap((f) => f.rows.flatMap((r) => citationView(r.elements, refs).playbooks));
    expect(grouped.length).toBeGreaterThan(0);
    // The group names the playbook once, so its activities go by their own name.
    for (const p of grouped) for (const a of p.shown) expect(a.name).not.toContain(`(${p.playbook.name})`);
  });
});
