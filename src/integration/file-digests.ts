/**
 * SHA-256 of built files, read once per build: the service worker's build hash and the audit
 * manifest both need every file's digest, and reading and hashing the whole output twice was a
 * measurable part of a large plan's build.
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

/** The SHA-256 (hex) of each of `files` (paths relative to `dir`), by path. */
export function fileDigests(dir: string, files: readonly string[]): Map<string, string> {
  return new Map(files.map((file) => [file, fileDigest(dir, file)]));
}

/** The SHA-256 (hex) of `file` under `dir`. */
export function fileDigest(dir: string, file: string): string {
  return createHash('sha256')
    .update(readFileSync(join(dir, file)))
    .digest('hex');
}
