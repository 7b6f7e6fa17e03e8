/**
 * Making an approval (`npm run approve`): the signer's key pair file, and the signed envelope of an
 * approval statement over the compiled plan's digest. The CLI (src/cli/approve.ts) only reads and
 * writes files around these.
 *
 *   key file ─▶ person whose publicKey it is ─▶ role (the approvers entry with their name)
 *            ─▶ statement (plan id, digest, version, role, person, date, files) ─▶ DSSE envelope
 */
import type { PlanModel } from '../../plan/model.ts';
import {
  fromBase64,
  IN_TOTO_PAYLOAD_TYPE,
  newKeyPair,
  publicKeyOf,
  publicKeyText,
  signEnvelope,
  toBase64,
  type DsseEnvelope,
} from './dsse.ts';
import { APPROVALS_DIR } from './read.ts';
import { approvalStatementFor } from './statement.ts';

/** A key pair file as `npm run approve -- --new-key FILE` writes it. Keep it secret. */
export interface KeyFile {
  type: 'ed25519';
  /** The 32-byte secret seed, base64. */
  secretKey: string;
  /** The public key as people.yaml takes it. */
  publicKey: string;
}

/** A new key pair file's content. */
export function newKeyFile(): KeyFile {
  const { secretKey, publicKey } = newKeyPair();
  return { type: 'ed25519', secretKey: toBase64(secretKey), publicKey: publicKeyText(publicKey) };
}

/** The secret key of a key file's text, or why it is not a key file. */
export function readKeyFile(text: string): { secretKey: Uint8Array; publicKey: string } | { error: string } {
  let json: Partial<KeyFile>;
  try {
    json = JSON.parse(text) as Partial<KeyFile>;
  } catch {
    return { error: 'is not a key file (JSON written by npm run approve -- --new-key FILE)' };
  }
  const secretKey = typeof json.secretKey === 'string' ? fromBase64(json.secretKey) : undefined;
  if (json.type !== 'ed25519' || secretKey?.length !== 32) return { error: 'holds no ed25519 secret key of 32 bytes' };
  return { secretKey, publicKey: publicKeyText(publicKeyOf(secretKey)) };
}

/** What to sign besides the plan: a role when the person approves in several, a date, a note. */
export interface ApproveOptions {
  role?: string;
  /** YYYY-MM-DD. */
  date: string;
  note?: string;
}

/** The approval file to write (path inside the plan folder) and its envelope, or why there is none. */
export function makeApproval(
  plan: PlanModel,
  key: { secretKey: Uint8Array; publicKey: string },
  options: ApproveOptions,
): { path: string; envelope: DsseEnvelope } | { error: string } {
  const person = plan.people.find((p) => p.publicKey === key.publicKey);
  if (!person)
    return {
      error: `no person in people.yaml has this key; add "publicKey: ${key.publicKey}" to your entry in people.yaml first`,
    };
  const roles = plan.document.approvers.filter((a) => a.name === person.name).map((a) => a.role);
  const role = options.role ?? (roles.length === 1 ? roles[0] : undefined);
  if (!role)
    return {
      error: roles.length
        ? `${person.name} is an approver in several roles (${roles.join(', ')}); name one with --role`
        : `${person.name} is not listed under approvers in plan.yaml; add an entry with your name and role first`,
    };
  if (!roles.includes(role))
    return { error: `${person.name} is not listed under approvers in plan.yaml with role "${role}"` };
  if (!/^\d{4}-\d{2}-\d{2}$/.test(options.date)) return { error: `the date "${options.date}" is not YYYY-MM-DD` };
  const d = plan.document;
  const statement = approvalStatementFor(d.id, plan.digest, {
    version: d.version,
    role,
    person: person.id,
    date: options.date,
    sources: plan.sources,
    ...(options.note && { note: options.note }),
  });
  const envelope = signEnvelope(
    IN_TOTO_PAYLOAD_TYPE,
    new TextEncoder().encode(JSON.stringify(statement)),
    key.secretKey,
  );
  const version = d.version.replace(/[^A-Za-z0-9.-]/g, '-');
  return { path: `${APPROVALS_DIR}/${person.id}-${role}-${version}.json`, envelope };
}
