/**
 * The approvals a published site carries, checked by `npm run verify`: each envelope verifies and
 * approves the site's plan digest and version. Without pinned keys an approval is checked against the
 * key the site's own plan gives its approver, which proves only that the site is consistent: whoever
 * can change the site can change those keys too. With keys pinned out of band (`--trust FILE`,
 * `--approver-key person=KEY`: trusted-keys.ts) each approval must be made with its person's pinned key,
 * and each pinned approver must have approved this site's plan; each failure is named.
 */
import { keyId, payloadText, publicKeyBytes, verifyEnvelope, type DsseEnvelope } from '../compiler/approvals/dsse.ts';
import { approvalStatement, type ApprovalStatement } from '../compiler/approvals/statement.ts';
import type { SiteManifest } from '../integration/site-manifest.ts';
import type { PinnedApprovers } from './trusted-keys.ts';

/** Where the site's files are read from (verify-site.ts's SiteReader). */
interface Reader {
  read(path: string): Promise<Uint8Array | undefined>;
}

/** The envelope at `file` and its statement, read but not yet trusted. */
async function readApproval(reader: Reader, file: string) {
  const content = await reader.read(file);
  let envelope: DsseEnvelope | undefined;
  let statement: ApprovalStatement | undefined;
  try {
    envelope = content ? (JSON.parse(new TextDecoder().decode(content)) as DsseEnvelope) : undefined;
    const parsed = envelope && approvalStatement.safeParse(JSON.parse(payloadText(envelope) ?? ''));
    statement = parsed?.success ? parsed.data : undefined;
  } catch {
    statement = undefined;
  }
  return { envelope, statement };
}

const verifies = (envelope: DsseEnvelope, key: string) => {
  const bytes = publicKeyBytes(key);
  return !!bytes && verifyEnvelope(envelope, bytes);
};
const idOf = (key: string) => keyId(publicKeyBytes(key)!);

/** Checks each approval of `manifest`, against `pinned` keys when given; reports through `lines` and `bad`. */
export async function checkApprovals(
  reader: Reader,
  manifest: SiteManifest,
  pinned: PinnedApprovers | undefined,
  lines: string[],
  bad: (l: string) => void,
): Promise<void> {
  /** Pinned approvers with a verified approval of this site's plan, and the names the site gives people. */
  const approvedBy = new Set<string>();
  const names = new Map<string, string>();
  for (const a of manifest.approvals ?? []) {
    const who = `${a.name} (${a.role})`;
    const { envelope, statement } = await readApproval(reader, a.file);
    const person = statement?.predicate.person;
    if (person) names.set(person, a.name);
    const own = envelope && publicKeyBytes(a.publicKey) && verifies(envelope, a.publicKey);
    const keys = pinned ? (person && pinned.get(person)?.keys) || [] : [a.publicKey];
    const key = envelope && keys.find((k) => verifies(envelope, k));
    if (!envelope || !key) {
      if (!pinned || !own) bad(`approval by ${who}, ${a.file}: the signature does not verify with their key`);
      else
        bad(
          `approval by ${who}, ${a.file}: made with key ${idOf(a.publicKey)}, which is not pinned for ${a.name}${keys.length ? ` (pinned: ${keys.map(idOf).join(', ')})` : ' (no key is pinned for them)'}`,
        );
      continue;
    }
    if (!statement) {
      bad(`approval by ${who}, ${a.file}: not a Drillbook approval statement`);
      continue;
    }
    const { subject, predicate } = statement;
    const current = subject[0].digest.sha256 === manifest.plan.digest && predicate.version === manifest.plan.version;
    if (current && pinned) approvedBy.add(predicate.person);
    lines.push(
      `${current ? '✔' : 'ℹ'} approved by ${who} on ${predicate.date}: version ${predicate.version}, digest ${subject[0].digest.sha256.slice(0, 12)}${current ? ", this site's plan" : `, not this site's plan (${manifest.plan.version}, ${manifest.plan.digest.slice(0, 12)})`}; key ${keyId(publicKeyBytes(key)!)}${pinned ? ' (pinned)' : ''}`,
    );
  }
  if (!pinned) {
    if (manifest.approvals?.length)
      lines.push("ℹ approvals checked with the keys the site's own plan gives: pass --trust FILE to pin them");
    return;
  }
  for (const [person, entry] of pinned)
    if (!approvedBy.has(person))
      bad(
        `no approval of this site's plan (version ${manifest.plan.version}, digest ${manifest.plan.digest.slice(0, 12)}) made with the key pinned for ${entry.name ?? names.get(person) ?? `"${person}"`}`,
      );
}
