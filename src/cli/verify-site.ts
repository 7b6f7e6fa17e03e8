/**
 * Checking a published handbook against its audit manifest (src/integration/site-manifest.ts), from
 * a folder or over HTTP: every file's SHA-256, the manifest's signature, and each approval's
 * signature over the plan digest the manifest names. Every file that differs is named.
 *
 *   audit/manifest.json ─▶ each file: read, SHA-256, compare ─▶ "differs" / "missing" (+ "not listed", folder only)
 *                       ─▶ manifest.dsse.json: payload = manifest bytes? signature by the publisher key?
 *                       ─▶ each approval envelope: signature by its key (or a pinned one)? subject = plan digest? version?
 */
import { createHash } from 'node:crypto';
import { readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fromBase64, keyId, publicKeyBytes, verifyEnvelope, type DsseEnvelope } from '../compiler/approvals/dsse.ts';
import { checkApprovals } from './verify-approvals.ts';
import type { PinnedApprovers } from './trusted-keys.ts';
import { listOutputFiles } from '../integration/precache-manifest.ts';
import {
  MANIFEST_PATH,
  MANIFEST_PAYLOAD_TYPE,
  MANIFEST_SIGNATURE_PATH,
  type SiteManifest,
} from '../integration/site-manifest.ts';

/** Where the site is read from: a folder (which can also list its files) or a base URL. */
export interface SiteReader {
  read(path: string): Promise<Uint8Array | undefined>;
  list?(): string[];
}

/** A reader of the built site in folder `dir`. */
export function folderReader(dir: string): SiteReader {
  return {
    async read(path) {
      try {
        return statSync(join(dir, path)).isFile() ? new Uint8Array(readFileSync(join(dir, path))) : undefined;
      } catch {
        return undefined;
      }
    },
    list: () => listOutputFiles(dir),
  };
}

/** A reader of the site published at `base` (http or https). */
export function urlReader(base: string): SiteReader {
  const root = base.endsWith('/') ? base : `${base}/`;
  return {
    async read(path) {
      const response = await fetch(new URL(path.split('/').map(encodeURIComponent).join('/'), root));
      return response.ok ? new Uint8Array(await response.arrayBuffer()) : undefined;
    },
  };
}

/** What verification found: every line to print, and the files that differ from the manifest. */
export interface SiteVerification {
  ok: boolean;
  lines: string[];
  /** Files whose bytes differ from the manifest's SHA-256, or that are missing, or (folder) not listed. */
  differing: string[];
  manifest?: SiteManifest;
}

const sha256 = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex');

/**
 * Checks the site `reader` reads against its manifest; `publisherKey` (`ed25519:…`) pins who must have
 * signed it, `approvers` the keys each approval must be made with (else the keys the site's plan gives).
 */
export async function verifySite(
  reader: SiteReader,
  options: { publisherKey?: string; approvers?: PinnedApprovers } = {},
): Promise<SiteVerification> {
  const lines: string[] = [];
  const differing: string[] = [];
  let ok = true;
  const bad = (line: string) => {
    ok = false;
    lines.push(`✘ ${line}`);
  };
  const bytes = await reader.read(MANIFEST_PATH);
  let manifest: SiteManifest;
  try {
    manifest = JSON.parse(new TextDecoder().decode(bytes)) as SiteManifest;
    if (!manifest || typeof manifest.files !== 'object' || !manifest.plan) throw new Error('no files');
  } catch {
    bad(`${MANIFEST_PATH} is missing or is not a Drillbook site manifest; nothing can be checked`);
    return { ok, lines, differing };
  }
  // Every listed file, hashed again.
  const listed = Object.entries(manifest.files);
  for (const [file, expected] of listed) {
    const content = await reader.read(file);
    if (!content) (differing.push(file), bad(`${file}: missing`));
    else if (sha256(content) !== expected)
      (differing.push(file),
        bad(
          `${file}: differs from the manifest (SHA-256 ${sha256(content).slice(0, 12)}…, published ${expected.slice(0, 12)}…)`,
        ));
  }
  const extra =
    reader.list?.().filter((f) => !(f in manifest.files) && f !== MANIFEST_PATH && f !== MANIFEST_SIGNATURE_PATH) ?? [];
  for (const file of extra) (differing.push(file), bad(`${file}: not in the manifest (added after the build)`));
  if (differing.length === 0) lines.push(`✔ all ${listed.length} files match the manifest`);

  checkPublisher(await reader.read(MANIFEST_SIGNATURE_PATH), bytes!, manifest, options.publisherKey, lines, bad);
  await checkApprovals(reader, manifest, options.approvers, lines, bad);
  const p = manifest.plan;
  lines.push(`${ok && p.approved ? '✔' : 'ℹ'} ${p.statement} (plan digest ${p.digest}, built ${manifest.built})`);
  if (!p.approved) bad('the site does not claim an approved version');
  return { ok, lines, differing, manifest };
}

/** The manifest's own signature: over its exact bytes, by the publisher key (pinned, if given). */
function checkPublisher(
  sigBytes: Uint8Array | undefined,
  manifestBytes: Uint8Array,
  manifest: SiteManifest,
  pinned: string | undefined,
  lines: string[],
  bad: (l: string) => void,
): void {
  if (!sigBytes) {
    if (manifest.publisher || pinned)
      bad(`${MANIFEST_SIGNATURE_PATH} is missing, though the manifest is meant to be signed`);
    else lines.push('ℹ the manifest is not signed (set DRILLBOOK_PUBLISHER_KEY when building to sign it)');
    return;
  }
  let envelope: DsseEnvelope;
  try {
    envelope = JSON.parse(new TextDecoder().decode(sigBytes)) as DsseEnvelope;
  } catch {
    return bad(`${MANIFEST_SIGNATURE_PATH} is not JSON`);
  }
  const keyText = pinned ?? manifest.publisher ?? '';
  const key = publicKeyBytes(keyText);
  const payload = fromBase64(envelope.payload ?? '');
  if (envelope.payloadType !== MANIFEST_PAYLOAD_TYPE || !payload || sha256(payload) !== sha256(manifestBytes))
    bad(`${MANIFEST_SIGNATURE_PATH} signs another manifest than ${MANIFEST_PATH}`);
  else if (!key || !verifyEnvelope(envelope, key))
    bad(
      `${MANIFEST_SIGNATURE_PATH}: the signature does not verify with the ${pinned ? 'publisher key given' : "manifest's publisher key"}`,
    );
  else if (pinned && manifest.publisher !== pinned)
    bad(`the manifest names publisher key ${manifest.publisher}, not the one given`);
  else
    lines.push(
      `✔ the manifest is signed by publisher key ${keyId(key)}${pinned ? ' (the key given)' : ' (named in the manifest: pass --publisher-key to pin it)'}`,
    );
}
