/**
 * SHA-256 over UTF-8 text, synchronous and pure (`@noble/hashes`, audited, no dependencies), so
 * exercise records get the same scenario digest in Node and in the browser without `node:crypto`
 * or WebCrypto, whose digest is asynchronous.
 */
import { sha256 as digest } from '@noble/hashes/sha2.js';
import { bytesToHex, utf8ToBytes } from '@noble/hashes/utils.js';

/** SHA-256 of `input` (a string is encoded as UTF-8), as 64 lower-case hex digits. */
export function sha256(input: string | Uint8Array): string {
  return bytesToHex(digest(typeof input === 'string' ? utf8ToBytes(input) : input));
}
