/**
 * The one way Drillbook reads a folder of sources: the plan folder (`content/`, with sub-folders) and
 * the scenarios folder (`scenarios/`, flat). Every `check`, build and test reads files through here.
 *
 *   readFolder(dir, kind) ─lstat each entry─▶ a regular file, or a link whose real path stays inside?
 *        ├─ yes ─open (never blocking), fstat, read ≤ 5 MB─▶ decodeText (strict UTF-8) ─▶ ReadFile (text + SHA-256 of its bytes)
 *        └─ no: a link outside or dangling, a FIFO, a device, a folder named like a file, an
 *               upper-case extension, a control character in a name ─▶ one located Problem
 *
 * Only files with the kind's extensions (`.yaml`, `.yml`, `.mdx`, `.md`) are read; any other file
 * (an image a chapter shows, a README) is left alone and never opened. Dot-files are skipped.
 * Never throws and never hangs: the type of an entry is checked before it is opened, and it is
 * opened non-blocking, so even a FIFO that appears between the check and the read cannot stall it.
 */
import { createHash } from 'node:crypto';
import * as nodeFs from 'node:fs';
import { join, relative, sep } from 'node:path';
import type { SourceFile } from './assemble.ts';
import { decodeText } from './decode-text.ts';
import type { Problem } from './problems.ts';
import {
  extensionNotLowerCase,
  folderNamedLikeFile,
  folderUnreadable,
  linkDangles,
  linkLoops,
  linksOutside,
  linksToFolder,
  MAX_MB,
  NAME_NOT_UTF8,
  nameHoldsControl,
  notAFile,
  readErrorMessage,
  tooLarge,
} from './read-folder-messages.ts';

export { readErrorMessage } from './read-folder-messages.ts';

/** Largest file Drillbook reads: 5 MB. A plan file is a few kilobytes; anything near this is a mistake. */
export const MAX_FILE_BYTES = MAX_MB * 1024 * 1024;

/** What a folder holds and how it is read. */
export interface FolderKind {
  /** The folder in messages: `plan folder`. */
  name: string;
  /** One of its files in messages: `plan file`. */
  file: string;
  /** Extensions of the files read, lower-case, with the dot. */
  extensions: readonly string[];
  /** Whether sub-folders are read too. */
  recursive: boolean;
  /** Says what to do when the folder does not exist. */
  missing: (dir: string) => string;
}

/** The plan folder: YAML and MDX files, in sub-folders too (`playbooks/`, `chapters/`). */
export const PLAN_FOLDER: FolderKind = {
  name: 'plan folder',
  file: 'plan file',
  extensions: ['.yaml', '.yml', '.mdx', '.md'],
  recursive: true,
  missing: (dir) =>
    `the plan folder does not exist; create ${dir}/ with plan.yaml, roles.yaml and the other plan files`,
};

/** The scenarios folder: one YAML file per scenario, no sub-folders. */
export const SCENARIO_FOLDER: FolderKind = {
  name: 'scenarios folder',
  file: 'scenario file',
  extensions: ['.yaml', '.yml'],
  recursive: false,
  missing: (dir) =>
    `the scenarios folder does not exist; create ${dir}/ with one <id>.yaml per scenario, or name another folder`,
};

/** How a scenarios folder's paths start in messages: the folder as given, e.g. `scenarios/`. */
export function scenarioPrefix(dir: string): string {
  return `${dir.replace(/\/+$/, '')}/`;
}

/** Reads every scenario file (`*.yaml`, `*.yml`) of `dir`; a folder that does not exist holds none unless `required`. */
export function readScenarioDir(dir: string, required = false, fs?: FolderFs): FolderRead {
  return readFolder(dir, SCENARIO_FOLDER, { prefix: scenarioPrefix(dir), optional: !required, fs });
}

/** How a plan folder's paths start in messages: the folder relative to the working directory, e.g. `content/`. */
export function planPrefix(dir: string): string {
  return `${relative(process.cwd(), dir).split(sep).join('/') || '.'}/`;
}

/** The file-system calls the reader makes; tests pass one that fails on purpose. */
export type FolderFs = Pick<
  typeof nodeFs,
  'lstatSync' | 'readdirSync' | 'realpathSync' | 'openSync' | 'fstatSync' | 'readSync' | 'closeSync'
>;

/** Options of `readFolder`. */
export interface ReadFolderOptions {
  /** Prepended to each file's path in messages, e.g. `content/`. */
  prefix: string;
  /** A missing folder is no files rather than an error. Default false. */
  optional?: boolean;
  /** File system. Default `node:fs`. */
  fs?: FolderFs;
}

/** A file read: its text, the SHA-256 of its bytes, and whether it began with a UTF-8 BOM, which `text` leaves out. */
export interface ReadFile extends SourceFile {
  /** The BOM is part of the file's bytes, so of its checksum (`sha256sum -c` must still pass). */
  bom?: true;
  /** SHA-256 of the file's bytes (BOM included), hex: the plan's per-file digest and the compile cache's key. */
  sha256: string;
}

/** The files read (paths relative to the folder, `/`-separated, sorted) and one problem per file that could not be. */
export interface FolderRead {
  files: ReadFile[];
  problems: Problem[];
}

// C0 and C1 controls, DEL, and the bidirectional overrides that make a name display as another.
const CONTROL = /[\u0000-\u001f\u007f-\u009f\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;
const HAS_CONTROL = new RegExp(CONTROL.source);
const OPEN_FLAGS = nodeFs.constants.O_RDONLY | (nodeFs.constants.O_NONBLOCK ?? 0) | (nodeFs.constants.O_NOFOLLOW ?? 0);
const strictName = new TextDecoder('utf-8', { fatal: true });

/** `path` with control characters shown as `\u001b`, so a message stays one honest line. */
export function printable(path: string): string {
  return path.replace(CONTROL, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

/** Reads every source file of the folder `dir`. Never throws. */
export function readFolder(dir: string, kind: FolderKind, options: ReadFolderOptions): FolderRead {
  const fs = options.fs ?? nodeFs;
  const files: ReadFile[] = [];
  const problems: Problem[] = [];
  const report = (path: string, rule: string, message: string, line = 1, column = 1) =>
    problems.push({ file: printable(options.prefix + path), line, column, severity: 'error', rule, message });
  const shown = dir.replace(/\/+$/, '') || dir;

  let root: string;
  try {
    root = fs.realpathSync(dir);
    if (!fs.lstatSync(root).isDirectory()) {
      problems.push(rootProblem(shown, 'file-type', `is not a folder; name the ${kind.name} instead`));
      return { files, problems };
    }
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    if (code === 'ENOENT' || code === 'ENOTDIR') {
      if (!options.optional) problems.push(rootProblem(shown, 'file-missing', kind.missing(shown)));
    } else problems.push(rootProblem(shown, 'file-unreadable', readErrorMessage(code, kind)));
    return { files, problems };
  }

  const read = (real: string, path: string): void => {
    const got = readBytes(fs, real, kind);
    if ('rule' in got) {
      report(path, got.rule, got.message);
      return;
    }
    const decoded = decodeText(got.bytes);
    const sha256 = createHash('sha256').update(got.bytes).digest('hex');
    if ('text' in decoded)
      files.push(decoded.bom ? { path, text: decoded.text, bom: true, sha256 } : { path, text: decoded.text, sha256 });
    else report(path, 'file-encoding', decoded.message, decoded.line, decoded.column);
  };

  const walk = (rel: string): void => {
    let names: string[];
    try {
      names = entryNames(fs, join(root, rel), (bad) =>
        report(join(rel, bad).split(sep).join('/'), 'file-name', NAME_NOT_UTF8),
      );
    } catch (err) {
      report(rel ? `${rel}/` : '', 'file-unreadable', folderUnreadable((err as NodeJS.ErrnoException).code, kind));
      return;
    }
    for (const name of names) {
      if (name.startsWith('.')) continue;
      const path = rel ? `${rel}/${name}` : name;
      const full = join(root, rel, name);
      const control = HAS_CONTROL.exec(name)?.[0];
      if (control) {
        report(path, 'file-name', nameHoldsControl(control));
        continue;
      }
      const ext = kind.extensions.find((e) => name.toLowerCase().endsWith(e));
      if (ext && !name.endsWith(ext)) {
        report(path, 'file-name', extensionNotLowerCase(path, ext));
        continue;
      }
      try {
        const entry = fs.lstatSync(full);
        if (entry.isDirectory()) {
          if (ext) report(path, 'file-type', folderNamedLikeFile(ext, kind));
          else if (kind.recursive) walk(path);
          continue;
        }
        if (!entry.isSymbolicLink()) {
          if (!ext) continue;
          if (!entry.isFile()) report(path, 'file-type', notAFile(entry, kind));
          else read(full, path);
          continue;
        }
        if (!ext && !kind.recursive) continue;
        const real = resolveLink(fs, full);
        if (typeof real !== 'string') {
          if (ext) report(path, 'file-link', real.problem === 'loop' ? linkLoops() : linkDangles(kind));
          continue;
        }
        const inside = real.startsWith(root.endsWith(sep) ? root : root + sep);
        const target = fs.lstatSync(real);
        if (target.isDirectory() && (ext || kind.recursive)) report(path, 'file-link', linksToFolder(kind));
        else if (!ext) continue;
        else if (!inside) report(path, 'file-link', linksOutside(kind));
        else if (!target.isFile()) report(path, 'file-type', notAFile(target, kind));
        else read(real, path);
      } catch (err) {
        if (ext) report(path, 'file-unreadable', readErrorMessage((err as NodeJS.ErrnoException).code, kind));
      }
    }
  };
  walk('');
  files.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
  return { files, problems };
}

/** The names in a folder, sorted; a name that is not UTF-8 is passed to `bad` (shown with U+FFFD) instead. */
function entryNames(fs: FolderFs, folder: string, bad: (shown: string) => void): string[] {
  const names: string[] = [];
  for (const raw of fs.readdirSync(folder, { encoding: 'buffer' })) {
    try {
      names.push(strictName.decode(raw));
    } catch {
      bad(Buffer.from(raw).toString('utf8'));
    }
  }
  return names.sort();
}

/** The real path of a link, or why it has none. */
function resolveLink(fs: FolderFs, full: string): string | { problem: 'dangling' | 'loop' } {
  try {
    return fs.realpathSync(full);
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    if (code === 'ENOENT' || code === 'ENOTDIR') return { problem: 'dangling' };
    if (code === 'ELOOP') return { problem: 'loop' };
    throw err;
  }
}

/** The bytes of a regular file, at most `MAX_FILE_BYTES`, or why they cannot be had. */
function readBytes(
  fs: FolderFs,
  path: string,
  kind: FolderKind,
): { bytes: Uint8Array } | { rule: string; message: string } {
  let fd: number;
  try {
    fd = fs.openSync(path, OPEN_FLAGS);
  } catch (err) {
    return { rule: 'file-unreadable', message: readErrorMessage((err as NodeJS.ErrnoException).code, kind) };
  }
  try {
    const stat = fs.fstatSync(fd);
    if (!stat.isFile()) return { rule: 'file-type', message: notAFile(stat, kind) };
    if (stat.size > MAX_FILE_BYTES) return { rule: 'file-too-large', message: tooLarge(stat.size, kind) };
    // Read to the end rather than trusting the size: the file may grow, and the cap must hold anyway.
    let buffer = Buffer.allocUnsafe(Math.min(stat.size, MAX_FILE_BYTES) + 1); // only the bytes read are used
    let total = 0;
    for (;;) {
      if (total === buffer.length) {
        if (total > MAX_FILE_BYTES) return { rule: 'file-too-large', message: tooLarge(undefined, kind) };
        const bigger = Buffer.allocUnsafe(Math.min(buffer.length * 2, MAX_FILE_BYTES + 1));
        buffer.copy(bigger);
        buffer = bigger;
      }
      const n = fs.readSync(fd, buffer, total, buffer.length - total, null);
      if (n === 0) break;
      total += n;
    }
    return { bytes: buffer.subarray(0, total) };
  } catch (err) {
    return { rule: 'file-unreadable', message: readErrorMessage((err as NodeJS.ErrnoException).code, kind) };
  } finally {
    fs.closeSync(fd);
  }
}

function rootProblem(file: string, rule: string, message: string): Problem {
  return { file: printable(file), line: 1, column: 1, severity: 'error', rule, message };
}
