/**
 * A plan approval as an in-toto Statement (v1): the subject is the plan, named by its id, with the
 * plan digest as its SHA-256; the predicate says who approved which version, in which role, when,
 * and lists each file's SHA-256 so a later check can name the files changed since.
 *
 *   { _type: https://in-toto.io/Statement/v1,
 *     subject: [{ name: <plan id>, digest: { sha256: <plan digest> } }],
 *     predicateType: https://drillbook.dev/attestations/plan-approval/v1,
 *     predicate: { version, role, person, date, sources, note? } }
 */
import { z } from 'zod';
import type { SourceDigest } from '../../plan/model.ts';

/** in-toto's Statement type, version 1. */
export const STATEMENT_TYPE = 'https://in-toto.io/Statement/v1';

/** The predicate type of a Drillbook plan approval (a URI of Drillbook's own). */
export const APPROVAL_PREDICATE_TYPE = 'https://drillbook.dev/attestations/plan-approval/v1';

const hex64 = z.string().regex(/^[0-9a-f]{64}$/);

/** What a person declares by signing. */
export const approvalPredicate = z.object({
  /** Plan version approved, as plan.yaml's `version`. */
  version: z.string().min(1),
  /** Role id the person approves in (an approver's `role` in plan.yaml). */
  role: z.string().min(1),
  /** Person id in people.yaml whose key signed. */
  person: z.string().min(1),
  /** Date of approval, YYYY-MM-DD. */
  date: z.string().regex(/^\d{4}-\d{2}-\d{2}$/),
  /** Each plan file's SHA-256 at the time, paths relative to the plan folder. */
  sources: z.array(z.object({ file: z.string(), sha256: hex64 })).default([]),
  /** Free text, e.g. that an example key made it. */
  note: z.string().optional(),
});

/** An in-toto Statement v1 carrying a Drillbook approval. */
export const approvalStatement = z.object({
  _type: z.literal(STATEMENT_TYPE),
  subject: z.array(z.object({ name: z.string().min(1), digest: z.object({ sha256: hex64 }) })).length(1),
  predicateType: z.literal(APPROVAL_PREDICATE_TYPE),
  predicate: approvalPredicate,
});

/** The statement's predicate. */
export type ApprovalPredicate = z.output<typeof approvalPredicate>;
/** A Drillbook approval statement. */
export type ApprovalStatement = z.output<typeof approvalStatement>;

/** The statement approving plan `planId` with digest `digest`. */
export function approvalStatementFor(
  planId: string,
  digest: string,
  predicate: { version: string; role: string; person: string; date: string; sources: SourceDigest[]; note?: string },
): ApprovalStatement {
  return {
    _type: STATEMENT_TYPE,
    subject: [{ name: planId, digest: { sha256: digest } }],
    predicateType: APPROVAL_PREDICATE_TYPE,
    predicate: { ...predicate, sources: predicate.sources.map(({ file, sha256 }) => ({ file, sha256 })) },
  };
}
