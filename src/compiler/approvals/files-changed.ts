/** What changed between the files an approval was signed over and the plan's files now, in words. */
import type { SourceDigest } from '../../plan/model.ts';

/** The files changed, added and removed between `before` and `after` (paths inside the plan folder). */
export function filesChanged(
  before: readonly SourceDigest[],
  after: readonly SourceDigest[],
): { changed: string[]; added: string[]; removed: string[] } {
  const old = new Map(before.map((s) => [s.file, s.sha256]));
  const now = new Map(after.map((s) => [s.file, s.sha256]));
  return {
    changed: after.filter((s) => old.has(s.file) && old.get(s.file) !== s.sha256).map((s) => s.file),
    added: after.filter((s) => !old.has(s.file)).map((s) => s.file),
    removed: before.filter((s) => !now.has(s.file)).map((s) => s.file),
  };
}

/** "playbooks/ransomware.yaml changed; chapters/new.mdx added", at most `max` files named. */
export function filesChangedText(before: readonly SourceDigest[], after: readonly SourceDigest[], max = 6): string {
  const { changed, added, removed } = filesChanged(before, after);
  const parts: string[] = [];
  const list = (files: string[], what: string) => {
    if (!files.length) return;
    const shown = files.slice(0, max);
    parts.push(`${shown.join(', ')}${files.length > max ? ` and ${files.length - max} more` : ''} ${what}`);
  };
  list(changed, 'changed');
  list(added, 'added');
  list(removed, 'removed');
  return parts.join('; ') || 'no file changed (the files were renamed or reordered)';
}
