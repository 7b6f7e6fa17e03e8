/**
 * What changed, element by element, since an approval was signed: the approval lists each file's
 * SHA-256, so the files changed since are known; their signed versions are found in the plan
 * folder's git history (the newest commit whose copy has the signed hash), put with the unchanged
 * files into a temporary folder, compiled, and compared with the plan as it is (src/plan/changes.ts).
 * Without git, or when a signed version is not in the history, there is no element report.
 */
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { compilePlan, modelOf } from '../compiler/compile.ts';
import { readContentDir } from '../compiler/read-plan.ts';
import { filesChanged } from '../compiler/approvals/files-changed.ts';
import type { Approval, PlanModel } from '../plan/model.ts';
import { diffPlans, type ChangeReport } from '../plan/changes.ts';

const git = (dir: string, args: string[]) =>
  execFileSync('git', ['-C', dir, ...args], { stdio: ['ignore', 'pipe', 'ignore'], maxBuffer: 64 * 1024 * 1024 });

/** The text of `file` (inside `dir`) as it was when its SHA-256 was `sha256`, from git history. */
function signedText(dir: string, file: string, sha256: string): Buffer | undefined {
  const commits = git(dir, ['log', '--format=%H', '-n', '200', '--', file]).toString().split('\n').filter(Boolean);
  for (const commit of commits) {
    try {
      const bytes = git(dir, ['show', `${commit}:./${file}`]);
      if (createHash('sha256').update(bytes).digest('hex') === sha256) return bytes;
    } catch {
      // the file did not exist at that commit
    }
  }
  return undefined;
}

/** The element change report from the content `approval` signed to `plan` (the plan in `dir`), if git can rebuild it. */
export function changesSinceApproval(
  dir: string,
  plan: PlanModel,
  approval: Approval,
): { report: ChangeReport; before: PlanModel } | undefined {
  const { changed, added, removed } = filesChanged(approval.sources, plan.sources);
  const signed = new Map(approval.sources.map((s) => [s.file, s.sha256]));
  const temp = mkdtempSync(join(tmpdir(), 'drillbook-approved-'));
  try {
    const skip = new Set(added);
    for (const f of readContentDir(dir).files) {
      if (skip.has(f.path) || changed.includes(f.path)) continue;
      mkdirSync(dirname(join(temp, f.path)), { recursive: true });
      writeFileSync(join(temp, f.path), f.bom ? `\uFEFF${f.text}` : f.text);
    }
    for (const file of [...changed, ...removed]) {
      const bytes = signedText(dir, file, signed.get(file)!);
      if (!bytes) return undefined;
      mkdirSync(dirname(join(temp, file)), { recursive: true });
      writeFileSync(join(temp, file), bytes);
    }
    const before = modelOf(compilePlan(temp, { prefix: 'approved/' }));
    if (!before?.document?.id || before.digest !== approval.digest) return undefined;
    return { report: diffPlans(before, plan), before };
  } catch {
    return undefined; // no git, or not a work tree
  } finally {
    rmSync(temp, { recursive: true, force: true });
  }
}
