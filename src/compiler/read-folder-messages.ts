/**
 * What each way a source file can fail to be read means, and what its author should do: the
 * messages of `read-folder.ts`, in one place so they read alike.
 */
import type { Stats } from 'node:fs';

/** What the messages say of a folder kind (`FolderKind` in read-folder.ts): its name and its files'. */
type FolderKind = { name: string; file: string };

/** The size cap of one source file, in MB. */
export const MAX_MB = 5;

/** A file name whose bytes are not UTF-8. */
export const NAME_NOT_UTF8 = 'the file name is not UTF-8 text; rename the file using letters, digits and hyphens';

/** A file name holding `control` (a C0/C1 control or a bidirectional override). */
export function nameHoldsControl(control: string): string {
  const code = `U+${control.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}`;
  return `the file name holds the control character ${code}; rename the file using letters, digits and hyphens`;
}

/** `path` ends in `ext` in another case (`.MDX`): say the name to use. */
export function extensionNotLowerCase(path: string, ext: string): string {
  return `the extension "${path.slice(-ext.length)}" must be lower-case, or the file is not read; rename it to ${path.slice(0, -ext.length)}${ext}`;
}

/** A folder whose name ends in `ext`. */
export function folderNamedLikeFile(ext: string, kind: FolderKind): string {
  return `is a folder, not a file; rename the folder (a name ending in ${ext} is for a file), or replace it with the ${kind.file}`;
}

/** A link whose target does not exist. */
export function linkDangles(kind: FolderKind): string {
  return `is a symbolic link to a file that does not exist; point the link at a file inside the ${kind.name}, or delete it`;
}

/** A link that leads back to itself. */
export function linkLoops(): string {
  return 'is a symbolic link that loops back on itself; replace it with the file it should be, or delete it';
}

/** A link whose real path leaves the folder (never quoting what it points at). */
export function linksOutside(kind: FolderKind): string {
  return `links outside the ${kind.name}, which Drillbook does not read; copy the file in instead of linking to it`;
}

/** A link to a folder, inside or outside. */
export function linksToFolder(kind: FolderKind): string {
  return `is a symbolic link to a folder, which Drillbook does not follow; move the files into the ${kind.name} instead`;
}

/** A file over the cap; `size` in bytes when known. */
export function tooLarge(size: number | undefined, kind: FolderKind): string {
  const is = size === undefined ? `is larger than ${MAX_MB} MB` : `is ${(size / 1024 / 1024).toFixed(1)} MB`;
  return `${is}; a ${kind.file} may be at most ${MAX_MB} MB: split it, or remove what does not belong in it`;
}

/** An entry that is not a regular file: a FIFO, a socket, a device. */
export function notAFile(stat: Stats, kind: FolderKind): string {
  const what = stat.isFIFO()
    ? 'a named pipe (FIFO), not a file'
    : stat.isSocket()
      ? 'a socket, not a file'
      : stat.isCharacterDevice() || stat.isBlockDevice()
        ? 'a device, not a file'
        : 'not a regular file';
  return `is ${what}; Drillbook reads only regular files: replace it with the ${kind.file} it should be, or delete it`;
}

/** What an error code met while reading a file means, and what to do about it. */
export function readErrorMessage(code: string | undefined, kind: FolderKind): string {
  switch (code) {
    case 'EACCES':
    case 'EPERM':
      return `cannot be read: permission denied; let the user running Drillbook read it (for example chmod a+r), or move it out of the ${kind.name}`;
    case 'ENOENT':
      return `disappeared while the ${kind.name} was being read; run the check again`;
    case 'ELOOP':
      return 'is a symbolic link that loops back on itself; replace it with the file it should be, or delete it';
    case 'EISDIR':
      return `is a folder, not a file; replace it with the ${kind.file} it should be, or rename it`;
    case 'ENAMETOOLONG':
      return 'has a path too long for the file system; use shorter file and folder names';
    default:
      return `cannot be read (${code ?? 'unknown error'}); check the file and the disk, then run the check again`;
  }
}

/** A sub-folder that cannot be listed: the same reasons, said of a folder (which needs x to be listed). */
export function folderUnreadable(code: string | undefined, kind: FolderKind): string {
  return `the folder ${readErrorMessage(code, kind).replace('chmod a+r)', 'chmod a+rx)')}`;
}
