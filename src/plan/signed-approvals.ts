/**
 * What the signed approvals say about the plan, browser-safe: which approvals hold (signed, of this
 * plan), which approver has signed the current digest and version, and the one sentence the audit
 * page and the printed plan publish. The compiler verifies the signatures (`Approval.signed`); this
 * only reads the result. Pure.
 */
import type { Approval, PlanModel } from './model.ts';

type ChangeEntry = PlanModel['document']['changeLog'][number];
type Approver = PlanModel['document']['approvers'][number];

/** The approvals whose signature verifies with the key of the person they name, for this plan. */
export function signedApprovals(plan: Pick<PlanModel, 'approvals' | 'document'>): Approval[] {
  return (plan.approvals ?? []).filter((a) => a.signed && a.plan === plan.document?.id);
}

/** The signed approval of `approver` over the current digest and version, if there is one. */
export function currentApproval(
  plan: Pick<PlanModel, 'approvals' | 'document' | 'people' | 'digest'>,
  approver: Pick<Approver, 'name' | 'role'>,
): Approval | undefined {
  const person = plan.people.find((p) => p.name === approver.name);
  return signedApprovals(plan).find(
    (a) =>
      a.person === person?.id &&
      a.role === approver.role &&
      a.digest === plan.digest &&
      a.version === plan.document.version,
  );
}

/** The newest change-log entry (by date; the first written wins a tie). */
export function latestChange(plan: Pick<PlanModel, 'document'>): ChangeEntry | undefined {
  return (plan.document?.changeLog ?? []).reduce<ChangeEntry | undefined>(
    (best, c) => (!best || c.date > best.date ? c : best),
    undefined,
  );
}

/** Whether `digest` is one that was signed by an approver of this plan, and as which version. */
export function approvedVersionOf(
  plan: Pick<PlanModel, 'approvals' | 'document'>,
  digest: string | undefined,
): string | undefined {
  return digest ? signedApprovals(plan).find((a) => a.digest === digest)?.version : undefined;
}

/** The published plan's approval, as one sentence and its parts. */
export interface PublishedApproval {
  /** True when the plan is marked approved and every listed approver signed its current digest and version. */
  approved: boolean;
  /** "Published = approved version 3.2, digest 6b53…, approved by Maarten de Vries (CISO) on 2026-09-30, …" or why not. */
  text: string;
  /** Each approver with their signed approval's date, when they signed the current content. */
  approvers: { name: string; role: string; date?: string }[];
}

/** What a reader may rely on: is this site the approved version, and who approved it when. */
export function publishedApproval(plan: PlanModel, roleName: (id: string) => string): PublishedApproval {
  const d = plan.document;
  const approvers = d.approvers.map((a) => ({
    name: a.name,
    role: roleName(a.role),
    date: currentApproval(plan, a)?.date,
  }));
  const signed = approvers.filter((a) => a.date);
  const by = signed.map((a) => `${a.name} (${a.role}) on ${a.date}`).join(', ');
  const approved = d.status === 'approved' && approvers.length > 0 && signed.length === approvers.length;
  const digest = plan.digest.slice(0, 12);
  const text = approved
    ? `Published = approved version ${d.version}, digest ${digest}, approved by ${by}.`
    : d.status === 'approved'
      ? `Published version ${d.version} (digest ${digest}) is marked approved, but ${approvers.length - signed.length} of ${approvers.length} approvers have not signed this content.`
      : `Published version ${d.version} (digest ${digest}) is a ${d.status}, not an approved version${signed.length ? `; signed so far by ${by}` : ''}.`;
  return { approved, text, approvers };
}
