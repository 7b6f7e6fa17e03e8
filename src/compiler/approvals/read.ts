/**
 * Reading the plan folder's `approvals/*.json`: each a DSSE envelope of an in-toto approval
 * statement (statement.ts), made by `npm run approve`. Approvals are not plan files: they are
 * signed over the plan digest, so they are read beside the plan and never enter its digest.
 *
 *   approvals/*.json ─safe reader─▶ JSON ─envelope?─▶ payload ─statement?─▶ Approval (signed: the
 *   person's publicKey in people.yaml verifies it)        └─ anything else: one `approval-file` error
 */
import * as nodeFs from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';
import type { Approval, PlanModel } from '../../plan/model.ts';
import type { Problem } from '../problems.ts';
import { readFolder, type FolderFs, type FolderKind, type FolderRead, type ReadFile } from '../read-folder.ts';
import { IN_TOTO_PAYLOAD_TYPE, payloadText, publicKeyBytes, verifyEnvelope } from './dsse.ts';
import { approvalStatement } from './statement.ts';

/** The sub-folder of the plan folder approvals are written to. */
export const APPROVALS_DIR = 'approvals';

/** The approvals folder: one JSON envelope per approval, no sub-folders. */
export const APPROVALS_FOLDER: FolderKind = {
  name: 'approvals folder',
  file: 'approval',
  extensions: ['.json'],
  recursive: false,
  missing: (dir) => `the approvals folder ${dir}/ does not exist`,
};

const envelopeSchema = z.object({
  payloadType: z.string(),
  payload: z.string(),
  signatures: z.array(z.object({ keyid: z.string().default(''), sig: z.string() })).min(1),
});

/** Reads `<dir>/approvals/*.json` through the safe reader; paths come back as `approvals/<name>.json`. No folder, no files. */
export function readApprovalFiles(dir: string, prefix: string, fs?: FolderFs): FolderRead {
  const folder = join(dir, APPROVALS_DIR);
  if (!exists(folder, fs)) return { files: [], problems: [] };
  const read = readFolder(folder, APPROVALS_FOLDER, { prefix: `${prefix}${APPROVALS_DIR}/`, optional: true, fs });
  return {
    files: read.files.map((f): ReadFile => ({ ...f, path: `${APPROVALS_DIR}/${f.path}` })),
    problems: read.problems,
  };
}

/** Whether anything is at `path` (a plan without approvals has no folder: nothing to read or report). */
function exists(path: string, fs: FolderFs = nodeFs): boolean {
  try {
    fs.lstatSync(path);
    return true;
  } catch {
    return false;
  }
}

/**
 * Each approval file as an `Approval`, its signature checked against the public key of the person it
 * names; a file that is not a Drillbook approval envelope is one `approval-file` error instead.
 */
export function parseApprovals(
  plan: Pick<PlanModel, 'people'>,
  files: readonly { path: string; text: string }[],
  prefix: string,
): { approvals: Approval[]; problems: Problem[] } {
  const approvals: Approval[] = [];
  const problems: Problem[] = [];
  for (const f of [...files].sort((a, b) => (a.path < b.path ? -1 : 1))) {
    const source = { file: prefix + f.path, line: 1, column: 1 };
    const fail = (why: string) =>
      problems.push({
        ...source,
        severity: 'error',
        rule: 'approval-file',
        message: `${why}; make the approval again with npm run approve -- --key FILE, or delete the file`,
      });
    let json: unknown;
    try {
      json = JSON.parse(f.text);
    } catch {
      fail('is not JSON');
      continue;
    }
    const envelope = envelopeSchema.safeParse(json);
    if (!envelope.success) {
      fail('is not a DSSE envelope (payloadType, payload and signatures)');
      continue;
    }
    if (envelope.data.payloadType !== IN_TOTO_PAYLOAD_TYPE) {
      fail(
        `holds a payload of type "${envelope.data.payloadType}", not an in-toto statement (${IN_TOTO_PAYLOAD_TYPE})`,
      );
      continue;
    }
    const text = payloadText(envelope.data);
    let statement: ReturnType<typeof approvalStatement.safeParse> | undefined;
    try {
      statement = text === undefined ? undefined : approvalStatement.safeParse(JSON.parse(text));
    } catch {
      statement = undefined;
    }
    if (!statement?.success) {
      fail('does not hold a Drillbook plan approval statement (in-toto Statement v1 with the plan-approval predicate)');
      continue;
    }
    const { subject, predicate } = statement.data;
    const key = plan.people.find((p) => p.id === predicate.person)?.publicKey;
    const bytes = key ? publicKeyBytes(key) : undefined;
    approvals.push({
      file: f.path,
      source,
      plan: subject[0].name,
      digest: subject[0].digest.sha256,
      version: predicate.version,
      role: predicate.role,
      person: predicate.person,
      date: predicate.date,
      ...(predicate.note !== undefined && { note: predicate.note }),
      sources: predicate.sources,
      signed: bytes !== undefined && verifyEnvelope(envelope.data, bytes),
      envelope: envelope.data,
    });
  }
  return { approvals, problems };
}
