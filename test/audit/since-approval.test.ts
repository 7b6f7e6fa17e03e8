/**
 * What changed since an approval, element by element (src/integration/since-approval.ts): the signed
 * files are found in the plan folder's git history and compared with the plan as it is; without the
 * history there is no element report (check then names the changed files only).
 */
import { execFileSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { compilePlan, modelOf } from '../../src/compiler/compile.ts';
import { changesSinceApproval } from '../../src/integration/since-approval.ts';
import { changeLines } from '../../src/plan/change-words.ts';

const temp = mkdtempSync(join(tmpdir(), 'drillbook-since-'));
afterAll(() => rmSync(temp, { recursive: true, force: true }));
const git = (dir: string, ...args: string[]) =>
  execFileSync('git', ['-C', dir, '-c', 'user.email=test@example.com', '-c', 'user.name=Test', ...args], {
    stdio: 'ignore',
  });

/** The example plan in a folder of its own, its due time changed from PT1H to PT8H after `commit`ting the signed state (or not). */
function changedPlan(name: string, commit: boolean): string {
  const dir = join(temp, name);
  cpSync('content', dir, { recursive: true });
  if (commit) {
    git(dir, 'init', '-q');
    git(dir, 'add', '-A');
    git(dir, 'commit', '-q', '-m', 'approved 3.2');
  }
  const file = join(dir, 'playbooks/account-takeover.yaml');
  writeFileSync(
    file,
    readFileSync(file, 'utf8').replace(
      'due: { within: PT1H, after: declaration }',
      'due: { within: PT8H, after: declaration }',
    ),
  );
  return dir;
}

describe('changes since an approval', () => {
  it('lists the changed due time, element by element, from the signed files in git history', () => {
    const dir = changedPlan('with-git', true);
    const plan = modelOf(compilePlan(dir, { today: '2026-11-01' }))!;
    const since = changesSinceApproval(dir, plan, plan.approvals![0]);
    expect(since?.report.from.digest).toBe(plan.approvals![0].digest);
    expect(changeLines(since!.report, since!.before, plan).at(-1)).toBe(
      '~ activity "Freeze outgoing payments on affected accounts" (playbook Customer account takeover): due within: 1 h → 8 h   [deadline]',
    );
  }, 30_000);

  it('gives no element report when the signed files are not in any git history', () => {
    const dir = changedPlan('without-git', false);
    const plan = modelOf(compilePlan(dir, { today: '2026-11-01' }))!;
    expect(changesSinceApproval(dir, plan, plan.approvals![0])).toBeUndefined();
  });
});
