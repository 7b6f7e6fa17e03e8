/**
 * The plan's fingerprint: SHA-256 over the content alone. Every file's path is taken relative to the
 * plan folder (`roles.yaml`, `playbooks/ransomware.yaml`), so the same files give the same digest
 * wherever the folder sits (`content/`, `../plans/acme/`, a temporary copy) — approvals are signed
 * over this digest, and an exercise record and a published site name it.
 *
 *   digest = SHA-256( path₁ \0 content₁ \0 path₂ \0 content₂ \0 … )   in path order (code units)
 *
 * A file's own hash is its bytes' (a dropped BOM included). Approvals (`approvals/*.json`) are not
 * plan files and never part of the digest: they are signed over it.
 */
import { createHash } from 'node:crypto';
import type { PlanModel } from '../plan/model.ts';
import type { SourceFile } from './assemble.ts';

/** A source file as the reader hands it over: the BOM it dropped and the hash it computed, if any. */
export type DigestedFile = SourceFile & { bom?: boolean; sha256?: string };

/**
 * The plan digest and each file's SHA-256, paths relative to the plan folder. `fromReader` takes the
 * hash the safe reader computed while reading (`ReadFile.sha256`) instead of hashing the text again.
 */
export function digestSources(
  files: readonly DigestedFile[],
  fromReader = false,
): Pick<PlanModel, 'digest' | 'sources'> {
  const sorted = [...files].sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
  const whole = createHash('sha256');
  const sources = sorted.map((f) => {
    const content = f.bom ? `\uFEFF${f.text}` : f.text;
    whole.update(`${f.path}\0${content}\0`);
    return { file: f.path, sha256: (fromReader && f.sha256) || createHash('sha256').update(content).digest('hex') };
  });
  return { digest: whole.digest('hex'), sources };
}
