/**
 * The auditor's commands end to end: `npm run approve` makes a key pair (never over a file) and signs
 * a changed plan so `check` passes again; `npm run verify` exits 1 and names a changed file.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { compilePlan, modelOf } from '../../src/compiler/compile.ts';
import { writeSiteManifest } from '../../src/integration/site-manifest.ts';

const temp = mkdtempSync(join(tmpdir(), 'drillbook-cli-'));
afterAll(() => rmSync(temp, { recursive: true, force: true }));
const run = (script: string, ...args: string[]) =>
  spawnSync('npx', ['tsx', `src/cli/${script}.ts`, ...args], {
    encoding: 'utf8',
    env: { ...process.env, DRILLBOOK_TODAY: '2026-11-01' },
  });

describe('npm run approve', () => {
  it('writes a key pair readable by its owner only, and refuses to write over it', () => {
    const file = join(temp, 'me.key.json');
    const made = run('approve', '--new-key', file);
    expect(made.status).toBe(0);
    expect(made.stdout).toMatch(/publicKey: ed25519:[A-Za-z0-9+/]{43}=/);
    expect(statSync(file).mode & 0o777).toBe(0o600);
    const again = run('approve', '--new-key', file);
    expect(again.status).toBe(1);
    expect(again.stderr).toContain('already exists');
  }, 30_000);

  it('signs a changed plan again, so check accepts it', () => {
    const dir = join(temp, 'plan');
    cpSync('content', dir, { recursive: true });
    const file = join(dir, 'playbooks/account-takeover.yaml');
    writeFileSync(
      file,
      readFileSync(file, 'utf8').replace(
        'due: { within: PT1H, after: declaration }',
        'due: { within: PT8H, after: declaration }',
      ),
    );
    expect(
      compilePlan(dir, { today: '2026-11-01' }).problems.filter((p) => p.rule === 'approval-current'),
    ).toHaveLength(4);
    for (const person of ['maarten-de-vries', 'karin-vos', 'hanna-mulder', 'ruben-meijer']) {
      const signed = run(
        'approve',
        '--key',
        `test/fixtures/keys/${person}.key.json`,
        '--content',
        dir,
        '--date',
        '2026-10-30',
      );
      expect(signed.status, signed.stderr).toBe(0);
    }
    const result = compilePlan(dir, { today: '2026-11-01' });
    expect(result.problems.filter((p) => p.rule.startsWith('approval'))).toEqual([]);
    expect(
      modelOf(result)!.approvals!.every((a) => a.digest === modelOf(result)!.digest && a.date === '2026-10-30'),
    ).toBe(true);
  }, 60_000);
});

describe('npm run verify', () => {
  it('exits 1 and names the file that differs from the manifest', () => {
    const site = join(temp, 'site');
    mkdirSync(join(site, 'roles'), { recursive: true });
    writeFileSync(join(site, 'index.html'), '<p>Plan</p>');
    writeFileSync(join(site, 'roles/index.html'), '<p>Roles</p>');
    writeSiteManifest(site, modelOf(compilePlan('content', { today: '2026-11-01' }))!);
    expect(run('verify', site).status).toBe(0);
    writeFileSync(join(site, 'roles/index.html'), '<p>Roles!</p>');
    const changed = run('verify', site);
    expect(changed.status).toBe(1);
    expect(changed.stdout).toContain('✘ roles/index.html: differs from the manifest');
    expect(changed.stdout.trim().split('\n').at(-1)).toBe(`✘ ${site}: 1 file(s) differ: roles/index.html`);
  }, 60_000);
});
