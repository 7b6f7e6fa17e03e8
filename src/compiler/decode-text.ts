/**
 * Bytes of a plan or scenario file to text, strictly: UTF-8 only (no silent U+FFFD), a leading BOM
 * dropped, and no NUL byte. A failure names the line and column of the first bad byte, counted the
 * way editors and the YAML positions count them (lines split at `\n`, columns in UTF-16 units).
 */

/** Decoded text (and whether a BOM was dropped from it), or where and why the bytes are not UTF-8 text. */
export type Decoded = { text: string; bom: boolean } | { line: number; column: number; message: string };

const strict = new TextDecoder('utf-8', { fatal: true }); // ignoreBOM false: a leading BOM is dropped

/** Decodes `bytes` as UTF-8 text; never throws. */
export function decodeText(bytes: Uint8Array): Decoded {
  let text: string;
  try {
    text = strict.decode(bytes);
  } catch {
    const at = firstInvalidByte(bytes);
    const { line, column } = position(bytes, at);
    const byte = (bytes[at] ?? 0).toString(16).padStart(2, '0');
    return {
      line,
      column,
      message: `the file is not UTF-8 text at line ${line} column ${column} (byte 0x${byte}); save it as UTF-8`,
    };
  }
  const nul = text.indexOf('\0');
  if (nul >= 0) {
    const before = text.slice(0, nul);
    const line = before.split('\n').length;
    const column = nul - before.lastIndexOf('\n');
    return {
      line,
      column,
      message: `the file holds a NUL byte at line ${line} column ${column}, so it is not text (a file saved as UTF-16 looks like this); save it as UTF-8 and remove the byte`,
    };
  }
  return { text, bom: bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf };
}

/** Line and column (1-based) of byte offset `at`, whose preceding bytes are valid UTF-8. */
function position(bytes: Uint8Array, at: number): { line: number; column: number } {
  let start = 0;
  let line = 1;
  for (let i = 0; i < at; i++) if (bytes[i] === 0x0a) (line++, (start = i + 1));
  const head = new TextDecoder('utf-8', { ignoreBOM: line > 1 }).decode(bytes.subarray(start, at));
  return { line, column: head.length + 1 };
}

/** Offset of the first byte that does not belong to a well-formed UTF-8 sequence (RFC 3629). */
export function firstInvalidByte(bytes: Uint8Array): number {
  let i = 0;
  while (i < bytes.length) {
    const b = bytes[i];
    if (b < 0x80) {
      i++;
      continue;
    }
    // Lead byte: sequence length and the allowed range of the second byte (rules out overlongs, surrogates, > U+10FFFF).
    let n = 4;
    let lo = 0x80;
    let hi = 0xbf;
    if (b >= 0xc2 && b <= 0xdf) n = 2;
    else if (b >= 0xe0 && b <= 0xef) n = 3;
    else if (b < 0xf0 || b > 0xf4) return i;
    if (b === 0xe0) lo = 0xa0;
    else if (b === 0xed) hi = 0x9f;
    else if (b === 0xf0) lo = 0x90;
    else if (b === 0xf4) hi = 0x8f;
    for (let k = 1; k < n; k++) {
      const c = bytes[i + k];
      const [min, max] = k === 1 ? [lo, hi] : [0x80, 0xbf];
      if (c === undefined || c < min || c > max) return i; // the sequence starting at i is broken
    }
    i += n;
  }
  return bytes.length;
}
