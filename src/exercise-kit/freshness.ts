/**
 * Whether the built kit is older than what it is built from, so `npm run exercise` rebuilds only
 * when needed. Node only. The kit's build time is its `sw.js`, the last file a build writes.
 */
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

/** The newest file under `path` (a file or folder; dot-files and node_modules skipped), or `undefined` when there is none. */
export function newestFile(path: string): { file: string; mtimeMs: number } | undefined {
  const stat = statSync(path, { throwIfNoEntry: false });
  if (!stat) return undefined;
  if (!stat.isDirectory()) return { file: path, mtimeMs: stat.mtimeMs };
  let newest: { file: string; mtimeMs: number } | undefined;
  for (const entry of readdirSync(path)) {
    if (entry.startsWith('.') || entry === 'node_modules') continue;
    const found = newestFile(join(path, entry));
    if (found && (!newest || found.mtimeMs > newest.mtimeMs)) newest = found;
  }
  return newest;
}

/** Why the kit at `kitDir` must be built from `sources`, or `undefined` when it is up to date. */
export function whyRebuild(kitDir: string, sources: string[]): string | undefined {
  const built = statSync(join(kitDir, 'sw.js'), { throwIfNoEntry: false });
  if (!built || !statSync(join(kitDir, 'exercises', 'run', 'index.html'), { throwIfNoEntry: false }))
    return `${kitDir}/ holds no built kit yet`;
  const newest = sources.map(newestFile).reduce((a, b) => (b && (!a || b.mtimeMs > a.mtimeMs) ? b : a), undefined);
  return newest && newest.mtimeMs > built.mtimeMs ? `${newest.file} changed since the kit was built` : undefined;
}
