/**
 * DSSE envelopes with Ed25519 (src/compiler/approvals/dsse.ts), offline with the example keys: the
 * pre-authentication encoding is the one the DSSE protocol specifies, and a signature holds only for
 * the exact payload bytes, payload type and key.
 * Spec: "DSSE: Dead Simple Signing Envelope", protocol.md, secure-systems-lab, 2021,
 * https://github.com/secure-systems-lab/dsse/blob/master/protocol.md
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  fromBase64,
  keyId,
  pae,
  publicKeyBytes,
  signEnvelope,
  toBase64,
  verifyEnvelope,
} from '../../../src/compiler/approvals/dsse.ts';
import { readKeyFile } from '../../../src/compiler/approvals/approve.ts';

const utf8 = (s: string) => new TextEncoder().encode(s);
const key = (name: string) => {
  const k = readKeyFile(readFileSync(`test/fixtures/keys/${name}.key.json`, 'utf8'));
  if ('error' in k) throw new Error(k.error);
  return { secretKey: k.secretKey, publicKey: publicKeyBytes(k.publicKey)! };
};

describe('DSSE pre-authentication encoding', () => {
  it("encodes the specification's example as DSSEv1, the lengths in bytes and single spaces", () => {
    expect(new TextDecoder().decode(pae('http://example.com/HelloWorld', utf8('hello world')))).toBe(
      'DSSEv1 29 http://example.com/HelloWorld 11 hello world',
    );
  });

  it('counts bytes, not characters, for a payload in UTF-8', () => {
    expect(new TextDecoder().decode(pae('t', utf8('é')))).toBe('DSSEv1 1 t 2 é');
  });
});

describe('signed envelopes', () => {
  const maarten = key('maarten-de-vries');
  const karin = key('karin-vos');
  const body = utf8('{"_type":"https://in-toto.io/Statement/v1"}');
  const envelope = signEnvelope('application/vnd.in-toto+json', body, maarten.secretKey);

  it("verify with the signer's public key and name it in the key id", () => {
    expect(verifyEnvelope(envelope, maarten.publicKey)).toBe(true);
    expect(envelope.signatures[0].keyid).toBe(keyId(maarten.publicKey));
    expect(fromBase64(envelope.payload)).toEqual(body);
  });

  it("do not verify with another person's key", () => {
    expect(verifyEnvelope(envelope, karin.publicKey)).toBe(false);
  });

  it('do not verify once the payload type changes, though the payload is the same', () => {
    expect(verifyEnvelope({ ...envelope, payloadType: 'application/json' }, maarten.publicKey)).toBe(false);
  });

  it('do not verify once any one byte of the payload changes', () => {
    fc.assert(
      fc.property(fc.nat(body.length - 1), fc.integer({ min: 1, max: 255 }), (at, flip) => {
        const changed = body.slice();
        changed[at] ^= flip;
        expect(verifyEnvelope({ ...envelope, payload: toBase64(changed) }, maarten.publicKey)).toBe(false);
      }),
      { numRuns: 50 },
    );
  });

  it('do not verify with a signature that is not base64 or not 64 bytes', () => {
    expect(verifyEnvelope({ ...envelope, signatures: [{ keyid: '', sig: '!!' }] }, maarten.publicKey)).toBe(false);
    expect(
      verifyEnvelope(
        { ...envelope, signatures: [{ keyid: '', sig: toBase64(new Uint8Array(10)) }] },
        maarten.publicKey,
      ),
    ).toBe(false);
  });
});
