/** The language server's compile is `check`'s: the same problems for the same texts, however often it runs. */
import { readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { PlanSession } from '../../src/lsp/plan-session.ts';
import { compileSources } from '../../src/compiler/compile.ts';
import { minimalFiles, withChanges } from '../compiler/helpers.ts';
import { readFolder, PLAN_FOLDER } from '../../src/compiler/read-folder.ts';

const TODAY = '2026-06-01';
const problemsOf = (files: { path: string; text: string }[]) => compileSources(files, { today: TODAY, prefix: '' }).problems;

describe('a plan session', () => {
  it('reports what check reports for every golden broken plan, with the edited file open and its parses reused', () => {
    const session = new PlanSession('test/fixtures/minimal');
    const cases = readdirSync('test/fixtures/broken').sort().slice(0, 80);
    let compared = 0;
    for (const name of cases) {
      const read = readFolder(`test/fixtures/broken/${name}`, { ...PLAN_FOLDER, extensions: ['.yaml', '.yml', '.mdx'] }, { prefix: '' });
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

  it('lays a new file that is open but not saved over the folder', () => {
    const session = new PlanSession('test/fixtures/minimal');
    session.setOpen('teams.yaml', 'teams:\n  - id: on-call\n    name: On call\n    members: [nobody]\n');
    expect(session.analyse(TODAY).problems.map((p) => [p.file, p.rule])).toEqual([['teams.yaml', 'ref-unresolved']]);
  });
});
