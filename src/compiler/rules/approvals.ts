/**
 * Rules of signed approvals (approvals/*.json, src/compiler/approvals/): a plan marked approved is
 * approved by signatures over its current digest, not by a list of names; the version and the
 * change log agree; an approval does not predate the change it approves.
 */
import type { PlanModel } from '../../plan/model.ts';
import { byId } from '../../plan/lookup.ts';
import { currentApproval, latestChange, signedApprovals } from '../../plan/signed-approvals.ts';
import { filesChangedText } from '../approvals/files-changed.ts';
import type { Rule } from './context.ts';

const SIGN = 'npm run approve -- --key FILE';

/** A role's name, for messages (its id when it has none). */
const roleName = (plan: PlanModel, id: string) => byId(plan).roleName(id);

export const approvalSignature: Rule = {
  id: 'approval-signature',
  severity: 'error',
  description:
    'An approval in `approvals/` is signed by the key people.yaml gives the person it names, and approves this plan.',
  check(ctx) {
    const { plan } = ctx;
    for (const a of plan.approvals ?? []) {
      const person = byId(plan).people.get(a.person);
      if (!person)
        ctx.report(
          a,
          [],
          `the approval names person "${a.person}", who is not in people.yaml; approvals are signed by people of the plan`,
        );
      else if (!person.publicKey)
        ctx.report(
          a,
          [],
          `the approval is by ${person.name}, who has no publicKey in people.yaml to check it with; add the public key of the key pair that signed it`,
        );
      else if (!a.signed)
        ctx.report(
          a,
          [],
          `the approval's signature does not verify with ${person.name}'s publicKey in people.yaml: the file was changed after signing or signed with another key; sign again with ${SIGN}`,
        );
      else if (plan.document?.id && a.plan !== plan.document.id)
        ctx.report(a, [], `the approval is of plan "${a.plan}", not of this plan "${plan.document.id}"; delete it`);
    }
  },
};

export const approvalCurrent: Rule = {
  id: 'approval-current',
  severity: 'error',
  description:
    'A plan whose status is approved has, from every listed approver, a signed approval of its current digest and version (`npm run approve`).',
  check(ctx) {
    const { plan } = ctx;
    const d = plan.document;
    if (!d?.id || d.status !== 'approved' || ctx.isPartial('person')) return;
    (d.approvers ?? []).forEach((approver, i) => {
      if (currentApproval(plan, approver)) return;
      const who = `${approver.name} (${roleName(plan, approver.role)})`;
      const person = plan.people.find((p) => p.name === approver.name);
      const earlier = signedApprovals(plan)
        .filter((a) => a.person === person?.id && a.role === approver.role)
        .sort((a, b) => (a.date < b.date ? 1 : -1))[0];
      let why: string;
      if (!person)
        why = `is not a person in people.yaml, so no signature of theirs can be checked; add them with a publicKey, then sign with ${SIGN}`;
      else if (!person.publicKey)
        why = `has no publicKey in people.yaml; make a key pair with npm run approve -- --new-key FILE, add its public key, then sign with ${SIGN}`;
      else if (earlier && earlier.digest !== plan.digest)
        why = `signed version ${earlier.version} on ${earlier.date} over digest ${earlier.digest.slice(0, 12)}, not the current ${plan.digest.slice(0, 12)}: since then ${filesChangedText(earlier.sources, plan.sources)}; review the changes (npm run changes) and sign again with ${SIGN}`;
      else if (earlier)
        why = `signed this content as version ${earlier.version}, but plan.yaml says version ${d.version}; sign again with ${SIGN}`;
      else why = `has not signed this plan; sign it with ${SIGN}, or set status: draft`;
      ctx.report(d, ['approvers', i, 'name'], `the plan is marked approved, but approver ${who} ${why}`);
    });
  },
};

export const approvalBeforeChange: Rule = {
  id: 'approval-before-change',
  severity: 'warning',
  description: 'No approval of the current version is dated before the latest change-log entry.',
  check(ctx) {
    const { plan } = ctx;
    const latest = latestChange(plan);
    if (!latest || !plan.document?.id) return;
    for (const a of signedApprovals(plan)) {
      if (a.digest !== plan.digest || a.date >= latest.date) continue;
      const name = byId(plan).people.get(a.person)?.name ?? a.person;
      ctx.report(
        a,
        [],
        `${name}'s approval is dated ${a.date}, before the latest change-log entry (version ${latest.version}, ${latest.date}); an approval cannot predate the change it approves: correct the dates or sign again`,
      );
    }
  },
};

export const approvalVersionUnchanged: Rule = {
  id: 'approval-version-unchanged',
  severity: 'warning',
  description: 'When the content changed since a version was approved, the version changed too.',
  check(ctx) {
    const { plan } = ctx;
    const d = plan.document;
    const signed = signedApprovals(plan);
    if (!d?.id || signed.some((a) => a.digest === plan.digest)) return;
    const same = signed.filter((a) => a.version === d.version).sort((a, b) => (a.date < b.date ? 1 : -1))[0];
    if (same)
      ctx.report(
        d,
        ['version'],
        `the content changed since version ${d.version} was approved on ${same.date} (${filesChangedText(same.sources, plan.sources)}), but the version is still ${d.version}; raise the version and add a change-log entry`,
      );
  },
};

export const changelogVersion: Rule = {
  id: 'changelog-version',
  severity: 'warning',
  description: "The plan's version is the version of the latest change-log entry.",
  check(ctx) {
    const d = ctx.plan.document;
    const latest = latestChange(ctx.plan);
    if (d?.id && latest && latest.version !== d.version)
      ctx.report(
        d,
        ['version'],
        `the plan is version ${d.version}, but the latest change-log entry (${latest.date}) is version ${latest.version}; add a change-log entry for ${d.version} or correct the version`,
      );
  },
};
