/** Strict UTF-8 decoding of source files: the first bad byte located as an editor counts it. */
import { describe, expect, it } from 'vitest';
import { decodeText, firstInvalidByte } from '../../src/compiler/decode-text.ts';

const bytes = (...parts: (string | number[])[]) =>
  Buffer.concat(parts.map((p) => (typeof p === 'string' ? Buffer.from(p) : Buffer.from(p))));

describe('decodeText', () => {
  it('decodes UTF-8 text and drops a leading byte order mark only', () => {
    expect(decodeText(bytes([0xef, 0xbb, 0xbf], 'a: ü\n'))).toEqual({ text: 'a: ü\n', bom: true });
    expect(decodeText(bytes('a\n', [0xef, 0xbb, 0xbf], 'b'))).toEqual({ text: 'a\n\uFEFFb', bom: false });
  });

  it('counts the column in characters, after multi-byte ones and a BOM', () => {
    const got = decodeText(bytes([0xef, 0xbb, 0xbf], 'x\nüé€𝄞', [0xff], '\n'));
    expect(got).toEqual({
      line: 2,
      column: 6,
      message: 'the file is not UTF-8 text at line 2 column 6 (byte 0xff); save it as UTF-8',
    });
  });

  it('finds overlong forms, surrogates, code points above U+10FFFF and a sequence cut off at the end', () => {
    expect(firstInvalidByte(bytes('ab', [0xc0, 0xaf]))).toBe(2); // overlong "/"
    expect(firstInvalidByte(bytes('a', [0xe0, 0x80, 0xaf]))).toBe(1); // overlong 3-byte
    expect(firstInvalidByte(bytes('a', [0xed, 0xa0, 0x80]))).toBe(1); // UTF-16 surrogate
    expect(firstInvalidByte(bytes([0xf4, 0x90, 0x80, 0x80]))).toBe(0); // above U+10FFFF
    expect(firstInvalidByte(bytes('€', [0xe2, 0x82]))).toBe(3); // cut off
    expect(firstInvalidByte(bytes('é€𝄞'))).toBe(9); // valid: the length
  });

  it('rejects a NUL byte with its line and column', () => {
    expect(decodeText(bytes('a: 1\nb: x', [0], 'y'))).toEqual({
      line: 2,
      column: 5,
      message:
        'the file holds a NUL byte at line 2 column 5, so it is not text (a file saved as UTF-16 looks like this); save it as UTF-8 and remove the byte',
    });
  });

  it('reads a file saved as UTF-16 with a BOM as not UTF-8 at its first byte', () => {
    expect(decodeText(Buffer.from('\uFEFFroles:', 'utf16le'))).toMatchObject({ line: 1, column: 1 });
  });
});
