/** `npm run check` as a person runs it: a process, its exit code and its output. */
import { spawnSync } from 'node:child_process';
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { minimalFiles, replace, withChanges, type Change } from './helpers.ts';

function check(dir: string, ...args: string[]) {
  // The timeout turns a hang (a FIFO opened for reading) into a failed test rather than a stuck run.
  const run = spawnSync('npx', ['tsx', 'src/cli/check.ts', '--content', dir, '--today', '2026-06-01', ...args], {
    encoding: 'utf8',
    timeout: 25_000,
  });
  return { code: run.status, out: run.stdout, err: run.stderr };
}

/** Writes the minimal plan with `changes` to a temporary folder. */
function planDir(changes: Record<string, Change>): string {
  const dir = mkdtempSync(join(tmpdir(), 'drillbook-check-'));
  for (const f of withChanges(minimalFiles(), changes)) {
    mkdirSync(dirname(join(dir, f.path)), { recursive: true });
    writeFileSync(join(dir, f.path), f.text);
  }
  return dir;
}

const LINE = /^\S+:\d+:\d+ {2}(error|warning) {2}[a-z-]+ {2}\S.*$/;
const noStack = (text: string) => expect(text).not.toMatch(/^\s{4}at /m);

describe('npm run check', () => {
  it('exits 0 and prints a summary for a valid plan', () => {
    const { code, out, err } = check('test/fixtures/minimal');
    expect(code).toBe(0);
    expect(out).toMatch(
      /^✔ test\/fixtures\/minimal: 0 errors, 0 warnings \(3 roles, 1 playbooks, 2 activities, 1 obligations, 1 chapters\) in \d+ ms\n$/,
    );
    // npx itself may print "npm warn ..." while another install runs; anything else on stderr is a fault.
    expect(err.split('\n').filter((l) => l && !/^npm (warn|notice)/i.test(l))).toEqual([]);
  });

  it('exits 1 on errors and prints each as path:line:column  severity  rule  message, without a stack trace', () => {
    const dir = planDir({
      'roles.yaml': replace('responsibilities: [Keeps the timeline]', 'responsibilities: [Keeps the timeline'),
      'chapters/purpose.mdx': replace('leads.', 'leads {'),
    });
    const { code, out, err } = check(dir);
    expect(code).toBe(1);
    const lines = out.trimEnd().split('\n');
    expect(lines.slice(0, -1)).toHaveLength(2);
    for (const line of lines.slice(0, -1)) expect(line).toMatch(LINE);
    expect(lines[0]).toContain('/chapters/purpose.mdx:6:');
    expect(lines.at(-1)).toMatch(/^✘ .*: 2 errors, 0 warnings/);
    noStack(out);
    noStack(err);
  });

  it('names the exercises folder of the plan being checked in the exercise-stale hint', () => {
    const dir = planDir({ 'exercises/2026-02-tabletop.yaml': null });
    const { out } = check(dir);
    expect(out).toContain(
      `warning  exercise-stale  the plan has no exercise record; run a tabletop exercise and add its record to ${relative(process.cwd(), dir)}/exercises/\n`,
    );
  });

  it('exits 0 when the plan has only warnings', () => {
    const dir = planDir({ 'people.yaml': replace('lastVerified: 2026-05-10', 'lastVerified: 2025-05-10') });
    const { code, out } = check(dir);
    expect(code).toBe(0);
    expect(out).toMatch(/ {2}warning {2}contact-unverified {2}/);
    expect(out).toContain('0 errors, 1 warning');
  });

  it('prints the problems as JSON with --json', () => {
    const dir = planDir({ 'severities.yaml': replace('rank: 2', 'rank: 1') });
    const { code, out } = check(dir, '--json');
    expect(code).toBe(1);
    const report = JSON.parse(out);
    expect(report).toEqual({
      ok: false,
      errors: 1,
      warnings: 0,
      digest: expect.stringMatching(/^[a-f0-9]{64}$/),
      problems: [
        {
          file: expect.stringMatching(/severities\.yaml$/),
          line: 11,
          column: 11,
          severity: 'error',
          rule: 'severity-rank-unique',
          message: 'severity "sev2" has rank 1, the same as severity "sev1"; give each a different rank',
        },
      ],
    });
  });

  it('reports a plan folder that does not exist as a problem, not a crash', () => {
    const { code, out, err } = check('no/such/folder');
    expect(code).toBe(1);
    expect(out).toMatch(
      /^no\/such\/folder:1:1 {2}error {2}file-missing {2}the plan folder does not exist; create no\/such\/folder\//m,
    );
    noStack(out);
    noStack(err);
  });

  it('reports each file it cannot read as one located line, and an unreadable people.yaml is not a missing plan folder', () => {
    const dir = planDir({});
    rmSync(join(dir, 'people.yaml'));
    symlinkSync('gone.yaml', join(dir, 'people.yaml'));
    rmSync(join(dir, 'parties.yaml'));
    execFileSync('mkfifo', [join(dir, 'parties.yaml')]);
    symlinkSync('/dev/zero', join(dir, 'teams.yaml'));
    mkdirSync(join(dir, 'phases.yml'));
    const { code, out, err } = check(dir);
    expect(code).toBe(1);
    const lines = out.trimEnd().split('\n');
    expect(lines.slice(0, -1).map((l) => l.replace(/^.*?(?=(parties|people|phases|teams)\.)/, ''))).toEqual([
      'parties.yaml:1:1  error  file-type  is a named pipe (FIFO), not a file; Drillbook reads only regular files: replace it with the plan file it should be, or delete it',
      'people.yaml:1:1  error  file-link  is a symbolic link to a file that does not exist; point the link at a file inside the plan folder, or delete it',
      'phases.yml:1:1  error  file-type  is a folder, not a file; rename the folder (a name ending in .yml is for a file), or replace it with the plan file',
      'teams.yaml:1:1  error  file-link  links outside the plan folder, which Drillbook does not read; copy the file in instead of linking to it',
    ]);
    expect(lines.at(-1)).toMatch(/^✘ .*: 4 errors, 0 warnings in \d+ ms$/);
    noStack(out);
    noStack(err);
  });
});
