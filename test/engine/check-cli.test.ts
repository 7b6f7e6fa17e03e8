/** `npm run check` also validates scenarios against the compiled plan, in the same line format. */
import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { planFolders } from '../../src/compiler/plan-folders.ts';
import { loadScenarios } from '../../src/integration/scenarios.ts';

function check(...args: string[]) {
  const run = spawnSync(
    'npx',
    ['tsx', 'src/cli/check.ts', '--content', 'test/fixtures/minimal', '--today', '2026-06-01', ...args],
    { encoding: 'utf8' },
  );
  return { code: run.status, out: run.stdout };
}

describe('npm run check with scenarios', () => {
  it('counts valid scenarios in the summary and exits 0', () => {
    const dir = mkdtempSync(join(tmpdir(), 'drillbook-scenarios-'));
    copyFileSync('test/fixtures/scenarios/minimal.yaml', join(dir, 'minimal.yaml'));
    const { code, out } = check('--scenarios', dir);
    expect(out).toMatch(/^✔ test\/fixtures\/minimal: 0 errors, 0 warnings \(.*1 chapters, 1 scenarios\) in \d+ ms\n$/);
    expect(code).toBe(0);
  });

  it('prints each scenario problem as path:line:column and exits 1', () => {
    const dir = mkdtempSync(join(tmpdir(), 'drillbook-scenarios-'));
    copyFileSync('test/fixtures/scenarios/broken/06-unknown-role.yaml', join(dir, 'unknown-role.yaml'));
    copyFileSync('test/fixtures/scenarios/broken/18-clock-backwards.yaml', join(dir, 'clock.yaml'));
    const { code, out } = check('--scenarios', dir);
    const lines = out.trim().split('\n');
    expect(lines.slice(0, 2)).toEqual([
      `${dir}/clock.yaml:73:9  error  scenario-clock-backwards  inject "dpa-reminder": the clock goes backwards: T+01:00 is earlier than inject "journalist" at T+02:00 above it; list injects in time order or correct the time`,
      `${dir}/unknown-role.yaml:74:10  error  scenario-unknown-role  inject "dpa-reminder": unknown role "dpa" (did you mean "dpo"?); use a role id from roles.yaml`,
    ]);
    // Every error is in the scenario folder: the summary names it, not the plan folder.
    expect(lines[2].startsWith(`✘ ${dir}: 2 errors, 0 warnings`)).toBe(true);
    expect(code).toBe(1);
  });

  it('rejects two scenario files with the same id, on the second, naming the first', () => {
    const dir = mkdtempSync(join(tmpdir(), 'drillbook-scenarios-'));
    copyFileSync('test/fixtures/scenarios/minimal.yaml', join(dir, 'a.yaml'));
    copyFileSync('test/fixtures/scenarios/minimal.yaml', join(dir, 'b.yaml'));
    const { code, out } = check('--scenarios', dir);
    expect(out.trim().split('\n')[0]).toBe(
      `${dir}/b.yaml:2:5  error  scenario-duplicate-id  scenario id "stolen-export" is already used by ${dir}/a.yaml; give each scenario its own id (it names the briefing page /exercises/stolen-export/)`,
    );
    expect(code).toBe(1);
  });

  it('reports a folder named like a scenario and a dangling scenario link as located lines, not a stack trace', () => {
    const dir = mkdtempSync(join(tmpdir(), 'drillbook-scenarios-'));
    copyFileSync('test/fixtures/scenarios/minimal.yaml', join(dir, 'minimal.yaml'));
    mkdirSync(join(dir, 'drill.yaml'));
    symlinkSync('deleted.yaml', join(dir, 'old.yaml'));
    const { code, out } = check('--scenarios', dir);
    expect(out.trim().split('\n')).toEqual([
      `${dir}/drill.yaml:1:1  error  file-type  is a folder, not a file; rename the folder (a name ending in .yaml is for a file), or replace it with the scenario file`,
      `${dir}/old.yaml:1:1  error  file-link  is a symbolic link to a file that does not exist; point the link at a file inside the scenarios folder, or delete it`,
      expect.stringMatching(new RegExp(`^✘ ${dir}: 2 errors, 0 warnings \\(.*1 chapters, 1 scenarios\\) in \\d+ ms$`)),
    ]);
    expect(code).toBe(1);
  });

  it('reports a scenarios folder named with --scenarios that does not exist', () => {
    const { code, out } = check('--scenarios', 'no/such/scenarios');
    expect(out).toContain(
      'no/such/scenarios:1:1  error  file-missing  the scenarios folder does not exist; create no/such/scenarios/ with one <id>.yaml per scenario, or name another folder\n',
    );
    expect(code).toBe(1);
  });

  it('reads DRILLBOOK_CONTENT and DRILLBOOK_SCENARIOS as the build does, options first', () => {
    const dir = mkdtempSync(join(tmpdir(), 'drillbook-scenarios-'));
    copyFileSync('test/fixtures/scenarios/broken/06-unknown-role.yaml', join(dir, 'unknown-role.yaml'));
    const env = { ...process.env, DRILLBOOK_CONTENT: 'test/fixtures/minimal', DRILLBOOK_SCENARIOS: dir };
    const run = spawnSync('npx', ['tsx', 'src/cli/check.ts', '--today', '2026-06-01'], { encoding: 'utf8', env });
    expect(run.stdout).toContain(`${dir}/unknown-role.yaml:74:10  error  scenario-unknown-role`);
    expect(run.stdout.trim().split('\n').at(-1)!.startsWith(`✘ ${dir}: 1 error, 0 warnings`)).toBe(true);
    expect(run.status).toBe(1);
    // --scenarios wins over DRILLBOOK_SCENARIOS.
    const good = mkdtempSync(join(tmpdir(), 'drillbook-scenarios-'));
    copyFileSync('test/fixtures/scenarios/minimal.yaml', join(good, 'minimal.yaml'));
    const named = spawnSync('npx', ['tsx', 'src/cli/check.ts', '--today', '2026-06-01', '--scenarios', good], {
      encoding: 'utf8',
      env,
    });
    expect(named.stdout).toMatch(/^✔ test\/fixtures\/minimal: 0 errors, 0 warnings \(.*1 scenarios\)/);
    expect(named.status).toBe(0);
  }, 120_000);
});

describe('the folders check and build read (plan-folders.ts)', () => {
  const none = {};
  it('defaults to content/ with scenarios/', () => {
    expect(planFolders({}, none)).toEqual({ content: 'content', scenarios: 'scenarios', scenariosNamed: false });
  });
  it('gives another plan folder no scenarios unless they are named', () => {
    expect(planFolders({ content: 'test/plans/x' }, none)).toEqual({
      content: 'test/plans/x',
      scenarios: undefined,
      scenariosNamed: false,
    });
    expect(planFolders({}, { DRILLBOOK_CONTENT: 'test/plans/x' }).scenarios).toBeUndefined();
    expect(
      planFolders({}, { DRILLBOOK_CONTENT: 'test/plans/x', DRILLBOOK_SCENARIOS: 'test/plans/x-scenarios' }),
    ).toEqual({
      content: 'test/plans/x',
      scenarios: 'test/plans/x-scenarios',
      scenariosNamed: true,
    });
  });
  it('takes command-line options over the environment', () => {
    expect(planFolders({ content: 'a', scenarios: 'b' }, { DRILLBOOK_CONTENT: 'c', DRILLBOOK_SCENARIOS: 'd' })).toEqual(
      { content: 'a', scenarios: 'b', scenariosNamed: true },
    );
  });
  it('gives the build the same scenario folder as check: none for another plan folder', () => {
    const before = { ...process.env };
    process.env.DRILLBOOK_CONTENT = 'test/fixtures/minimal';
    delete process.env.DRILLBOOK_SCENARIOS;
    try {
      expect(loadScenarios()).toEqual([]);
    } finally {
      for (const k of ['DRILLBOOK_CONTENT', 'DRILLBOOK_SCENARIOS']) {
        if (before[k] === undefined) delete process.env[k];
        else process.env[k] = before[k];
      }
    }
  });
});
