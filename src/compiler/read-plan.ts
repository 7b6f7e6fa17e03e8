/**
 * A plan folder as the compiler reads it: its plan files through the safe reader (`read-folder.ts`),
 * and apart from them the approvals signed over their digest (`approvals/*.json`, approvals/read.ts),
 * which are never part of the digest. The one place that puts the two together, so the safe reader
 * knows nothing of approvals.
 */
import { planPrefix, readFolder, PLAN_FOLDER, type FolderFs, type FolderRead } from './read-folder.ts';
import { readApprovalFiles } from './approvals/read.ts';

/** A plan folder as read: its plan files, and the approvals signed over their digest. */
export type PlanRead = FolderRead & { approvals?: FolderRead };

/**
 * Reads every plan file under `dir` (YAML and MDX, skipping dot-files), with paths relative to it, and
 * its approvals; what cannot be read safely (a link leaving the folder, a FIFO, a file over 5 MB, bytes
 * that are not UTF-8 ...) is one located problem each. Never throws.
 */
export function readContentDir(dir: string, prefix = planPrefix(dir), fs?: FolderFs): PlanRead {
  return { ...readFolder(dir, PLAN_FOLDER, { prefix, fs }), approvals: readApprovalFiles(dir, prefix, fs) };
}
