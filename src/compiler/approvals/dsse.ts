/**
 * DSSE, the Dead Simple Signing Envelope (secure-systems-lab/dsse, protocol v1), with Ed25519 keys
 * (RFC 8032, @noble/ed25519). A signature covers the pre-authentication encoding of the payload
 * type and the payload bytes, never the JSON around them:
 *
 *   PAE(type, body) = "DSSEv1" SP LEN(type) SP type SP LEN(body) SP body
 *   (SP = one space, LEN = the byte length as ASCII decimal without leading zeros)
 *
 *   envelope = { payloadType, payload: base64(body), signatures: [{ keyid, sig: base64(sign(PAE)) }] }
 *
 * Pure: no file system; keys are bytes or their `ed25519:<base64>` text (people.yaml's `publicKey`).
 */
import * as ed from '@noble/ed25519';
import { sha256, sha512 } from '@noble/hashes/sha2.js';

// The synchronous API needs a SHA-512 of its own (WebCrypto's is async only).
ed.hashes.sha512 = sha512;

/** The payload type of an in-toto Statement, as DSSE envelopes name it. */
export const IN_TOTO_PAYLOAD_TYPE = 'application/vnd.in-toto+json';

/** One signature of an envelope. */
export interface DsseSignature {
  /** Which key made it: `ed25519:` and the first 16 hex digits of the key's SHA-256 (a hint, not trusted). */
  keyid: string;
  /** The Ed25519 signature over PAE, base64. */
  sig: string;
}

/** A DSSE envelope as stored in JSON. */
export interface DsseEnvelope {
  payloadType: string;
  /** The payload bytes, base64. */
  payload: string;
  signatures: DsseSignature[];
}

const utf8 = new TextEncoder();
const KEY_PREFIX = 'ed25519:';

/** DSSE's pre-authentication encoding of `payloadType` and `body`: the bytes a signature covers. */
export function pae(payloadType: string, body: Uint8Array): Uint8Array {
  const type = utf8.encode(payloadType);
  const head = utf8.encode(`DSSEv1 ${type.length} `);
  const middle = utf8.encode(` ${body.length} `);
  const out = new Uint8Array(head.length + type.length + middle.length + body.length);
  out.set(head, 0);
  out.set(type, head.length);
  out.set(middle, head.length + type.length);
  out.set(body, head.length + type.length + middle.length);
  return out;
}

/** Base64 of bytes (standard alphabet, padded). */
export function toBase64(bytes: Uint8Array): string {
  return Buffer.from(bytes).toString('base64');
}

/** Bytes of base64 text in either alphabet (DSSE readers accept both); undefined when it is not base64. */
export function fromBase64(text: string): Uint8Array | undefined {
  if (!/^[A-Za-z0-9+/_-]*={0,2}$/.test(text)) return undefined;
  return new Uint8Array(Buffer.from(text.replace(/-/g, '+').replace(/_/g, '/'), 'base64'));
}

/** A public key as people.yaml writes it: `ed25519:` and the key in base64. */
export function publicKeyText(publicKey: Uint8Array): string {
  return KEY_PREFIX + toBase64(publicKey);
}

/** The key bytes of `ed25519:<base64>`, or undefined when the text is not such a key. */
export function publicKeyBytes(text: string): Uint8Array | undefined {
  if (!text.startsWith(KEY_PREFIX)) return undefined;
  const bytes = fromBase64(text.slice(KEY_PREFIX.length));
  return bytes?.length === 32 ? bytes : undefined;
}

/** The key id an envelope's signature carries: `ed25519:` and 16 hex digits of the key's SHA-256. */
export function keyId(publicKey: Uint8Array): string {
  return KEY_PREFIX + Buffer.from(sha256(publicKey)).toString('hex').slice(0, 16);
}

/** A new Ed25519 key pair: the 32-byte secret seed and its public key. */
export function newKeyPair(): { secretKey: Uint8Array; publicKey: Uint8Array } {
  const { secretKey, publicKey } = ed.keygen();
  return { secretKey, publicKey };
}

/** The public key of a 32-byte secret seed. */
export function publicKeyOf(secretKey: Uint8Array): Uint8Array {
  return ed.getPublicKey(secretKey);
}

/** An envelope over `body`, signed with `secretKey`. */
export function signEnvelope(payloadType: string, body: Uint8Array, secretKey: Uint8Array): DsseEnvelope {
  const sig = ed.sign(pae(payloadType, body), secretKey);
  return {
    payloadType,
    payload: toBase64(body),
    signatures: [{ keyid: keyId(publicKeyOf(secretKey)), sig: toBase64(sig) }],
  };
}

/**
 * Whether one of the envelope's signatures verifies with `publicKey` over PAE of its payload type
 * and payload. The key id is only a hint: every signature is tried against the key.
 */
export function verifyEnvelope(envelope: DsseEnvelope, publicKey: Uint8Array): boolean {
  const body = fromBase64(envelope.payload);
  if (!body) return false;
  const message = pae(envelope.payloadType, body);
  return envelope.signatures.some((s) => {
    const sig = fromBase64(s.sig);
    if (sig?.length !== 64) return false;
    try {
      return ed.verify(sig, message, publicKey, { zip215: false });
    } catch {
      return false; // a malformed key or signature is simply not a valid signature
    }
  });
}

/** The envelope's payload as text, or undefined when it is not base64 of UTF-8. */
export function payloadText(envelope: DsseEnvelope): string | undefined {
  const body = fromBase64(envelope.payload);
  if (!body) return undefined;
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(body);
  } catch {
    return undefined;
  }
}
