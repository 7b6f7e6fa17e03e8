/** The language server's compile is `check`'s: the same problems for the same texts, however often it runs. */
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { PlanSession } from '../../src/lsp/plan-session.ts';
import { definitionOf, mentionsOf } from '../../src/lsp/plan-index.ts';
import { compileSources } from '../../src/compiler/compile.ts';
import { minimalFiles, withChanges } from '../compiler/helpers.ts';
import { readFolder, PLAN_FOLDER } from '../../src/compiler/read-folder.ts';

const TODAY = '2026-06-01';
const problemsOf = (files: { path: string; text: string }[]) =>
  compileSources(files, { today: TODAY, prefix: '' }).problems;

describe('a plan session', () => {
  it('reports what check reports for every golden broken plan, with the edited file open and its parses reused', () => {
    const session = new PlanSession('test/fixtures/minimal');
    const cases = readdirSync('test/fixtures/broken').sort().slice(0, 80);
    let compared = 0;
    for (const name of cases) {
      const read = readFolder(
        `test/fixtures/broken/${name}`,
        { ...PLAN_FOLDER, extensions: ['.yaml', '.yml', '.mdx'] },
        { prefix: '' },
      );
      if (read.problems.length || read.files.some((f) => !/\.(ya?ml|mdx)$/.test(f.path))) continue;
      const changes = Object.fromEntries(read.files.map((f) => [f.path, f.text]));
      for (const [path, text] of Object.entries(changes)) session.setOpen(path, text);
      expect(session.analyse(TODAY).problems, name).toEqual(problemsOf(withChanges(minimalFiles(), changes)));
      for (const path of Object.keys(changes)) session.close(path);
      compared++;
    }
    expect(compared).toBeGreaterThan(40);
    expect(session.analyse(TODAY).problems).toEqual([]);
  });

  it("counts an approved plan's signed approvals as check does, so no approver looks unsigned", () => {
    const session = new PlanSession('content', undefined);
    const problems = session.analyse('2026-11-27').problems;
    expect(problems.filter((p) => p.file === 'plan.yaml').map((p) => p.rule)).not.toContain('approval-current');
    expect(problems.filter((p) => p.severity === 'error')).toEqual([]);
  });

  it('lays a new file that is open but not saved over the folder', () => {
    const session = new PlanSession('test/fixtures/minimal');
    session.setOpen('teams.yaml', 'teams:\n  - id: on-call\n    name: On call\n    members: [nobody]\n');
    expect(session.analyse(TODAY).problems.map((p) => [p.file, p.rule])).toEqual([['teams.yaml', 'ref-unresolved']]);
  });
});

describe('the plan index', () => {
  it("knows the plan's facts, events and scale levels, with where conditions and clocks name them", () => {
    const session = new PlanSession('test/fixtures/minimal');
    session.setOpen(
      'plan.yaml',
      readFileSync('test/fixtures/minimal/plan.yaml', 'utf8').replace(
        'changeLog:',
        'facts:\n  - { id: publicly-reported, name: The incident is publicly reported }\nevents:\n  - { id: call-started, name: the start of the call }\nchangeLog:',
      ),
    );
    session.setOpen(
      'scales.yaml',
      'scales:\n  - id: priority\n    name: Priority\n    levels:\n      - { id: p1, rank: 1, label: P1, criteria: [All down] }\n',
    );
    session.setOpen(
      'playbooks/breach.yaml',
      readFileSync('test/fixtures/minimal/playbooks/breach.yaml', 'utf8').replace(
        'due: { within: PT15M, after: detection }',
        'due: { within: PT15M, after: call-started, byLevel: { scale: priority, "priority:p1": PT5M } }\n    appliesWhen: { any: [{ facts: [publicly-reported] }, { levels: [priority:p1] }] }',
      ),
    );
    const { problems, index } = session.analyse(TODAY);
    expect(problems).toEqual([]);
    expect(definitionOf(index, 'fact', 'publicly-reported')).toMatchObject({
      name: 'The incident is publicly reported',
      file: 'plan.yaml',
      line: 17,
    });
    expect(definitionOf(index, 'level', 'priority:p1')).toMatchObject({ name: 'Priority P1', file: 'scales.yaml' });
    expect(mentionsOf(index, 'fact', 'publicly-reported')).toEqual([
      { kind: 'fact', id: 'publicly-reported', file: 'playbooks/breach.yaml', line: 12, column: 36 },
    ]);
    expect(mentionsOf(index, 'level', 'priority:p1').map((m) => m.line)).toEqual([12, 11]);
    expect(mentionsOf(index, 'event', 'call-started').map((m) => [m.file, m.line])).toEqual([
      ['playbooks/breach.yaml', 11],
    ]);
  });
});
