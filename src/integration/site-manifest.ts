/**
 * The published site's manifest, written last in a build (after `sw.js`, so it covers the worker
 * too): the SHA-256 of every file in `dist/`, the plan digest and version, and the signed approvals
 * with the public keys that check them. `npm run verify` (src/cli/verify.ts) checks a copy against it.
 *
 *   dist/audit/approvals/<file>.json   each approval envelope as signed (for the auditor's own tools)
 *   dist/audit/manifest.json           { plan, approvals, files: { path: sha256 } }
 *   dist/audit/manifest.dsse.json      a DSSE envelope over manifest.json's bytes, when
 *                                      DRILLBOOK_PUBLISHER_KEY names a key file (npm run approve -- --new-key)
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import type { PlanModel } from '../plan/model.ts';
import { byId } from '../plan/lookup.ts';
import { publishedApproval } from '../plan/signed-approvals.ts';
import { listOutputFiles } from './precache-manifest.ts';
import { fileDigest } from './file-digests.ts';
import { readKeyFile } from '../compiler/approvals/approve.ts';
import { signEnvelope } from '../compiler/approvals/dsse.ts';
import { defaultToday } from '../compiler/compile.ts';
import { safeJson } from '../plan/safe-json.ts';

/** Where the manifest and its signature are published, relative to the site root. */
export const MANIFEST_PATH = 'audit/manifest.json';
export const MANIFEST_SIGNATURE_PATH = 'audit/manifest.dsse.json';
/** The payload type of the manifest's DSSE envelope. */
export const MANIFEST_PAYLOAD_TYPE = 'application/vnd.drillbook.site-manifest+json';
/** The manifest format's URI. */
export const MANIFEST_TYPE = 'https://drillbook.dev/site-manifest/v1';

/** One published approval: who, in which role, and the envelope with the key that checks it. */
export interface ManifestApproval {
  /** Where the envelope is published, `audit/approvals/karin-vos-executive-sponsor-3.2.json`. */
  file: string;
  name: string;
  role: string;
  version: string;
  date: string;
  digest: string;
  /** The signer's public key as people.yaml gives it (`ed25519:<base64>`). */
  publicKey: string;
}

/** The manifest as published. */
export interface SiteManifest {
  type: typeof MANIFEST_TYPE;
  /** The build date the site's judgements were made on. */
  built: string;
  plan: {
    id: string;
    title: string;
    version: string;
    status: string;
    digest: string;
    approved: boolean;
    statement: string;
  };
  approvals: ManifestApproval[];
  /** The publisher's public key, when the manifest is signed. */
  publisher?: string;
  /** SHA-256 of every published file but the manifest and its signature, by path. */
  files: Record<string, string>;
}

/**
 * The manifest of `outDir` as built from `plan`. `unchanged` gives the SHA-256 of files the caller
 * has already hashed and not written since (file-digests.ts); every other file is read here.
 */
export function buildSiteManifest(
  outDir: string,
  plan: PlanModel,
  publisher?: string,
  unchanged?: ReadonlyMap<string, string>,
): SiteManifest {
  const roleName = byId(plan).roleName;
  const published = publishedApproval(plan, roleName);
  const files: Record<string, string> = {};
  for (const file of listOutputFiles(outDir)) {
    if (file === MANIFEST_PATH || file === MANIFEST_SIGNATURE_PATH) continue;
    files[file] = unchanged?.get(file) ?? fileDigest(outDir, file);
  }
  const d = plan.document;
  return {
    type: MANIFEST_TYPE,
    built: defaultToday(),
    plan: {
      id: d.id,
      title: d.title,
      version: d.version,
      status: d.status,
      digest: plan.digest,
      approved: published.approved,
      statement: published.text,
    },
    approvals: (plan.approvals ?? [])
      .filter((a) => a.signed)
      .map((a) => {
        const person = byId(plan).people.get(a.person)!;
        return {
          file: `audit/${a.file}`,
          name: person.name,
          role: roleName(a.role),
          version: a.version,
          date: a.date,
          digest: a.digest,
          publicKey: person.publicKey!,
        };
      }),
    ...(publisher && { publisher }),
    files,
  };
}

/**
 * Publishes the approvals and writes the manifest of `outDir` (signed with the key file
 * `DRILLBOOK_PUBLISHER_KEY` names, if any). Call after every other file is written. `unchanged`:
 * digests of files already hashed and not written since (the approvals written here are hashed anew).
 */
export function writeSiteManifest(
  outDir: string,
  plan: PlanModel,
  keyFile = process.env.DRILLBOOK_PUBLISHER_KEY,
  unchanged?: ReadonlyMap<string, string>,
): SiteManifest {
  const known = new Map(unchanged);
  for (const a of plan.approvals ?? []) {
    if (!a.signed) continue;
    known.delete(`audit/${a.file}`);
    const out = join(outDir, 'audit', a.file);
    mkdirSync(dirname(out), { recursive: true });
    writeFileSync(out, safeJson(a.envelope));
  }
  const key = keyFile ? readKeyFile(readFileSync(keyFile, 'utf8')) : undefined;
  if (key && 'error' in key) throw new Error(`DRILLBOOK_PUBLISHER_KEY: ${keyFile} ${key.error}`);
  const manifest = buildSiteManifest(outDir, plan, key?.publicKey, known);
  const bytes = new TextEncoder().encode(safeJson(manifest));
  mkdirSync(join(outDir, 'audit'), { recursive: true });
  writeFileSync(join(outDir, MANIFEST_PATH), bytes);
  if (key)
    writeFileSync(
      join(outDir, MANIFEST_SIGNATURE_PATH),
      safeJson(signEnvelope(MANIFEST_PAYLOAD_TYPE, bytes, key.secretKey)),
    );
  return manifest;
}
