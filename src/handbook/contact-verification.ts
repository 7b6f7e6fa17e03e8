/**
 * Whose contact details were verified when, for the audit page: every person, team and external
 * party that has contact details or a verification date, with the date the verification is due again
 * (`lastVerified` + `verifyInterval`, the `contact-unverified` rule's date) judged as of `today`.
 */
import type { PlanModel } from '../plan/model.ts';
import { dateAfter } from '../plan/time.ts';

/** One holder of contact details. */
export interface VerificationRow {
  kind: 'person' | 'team' | 'party';
  id: string;
  name: string;
  lastVerified?: string;
  verifyInterval: string;
  /** When the details must be verified again; absent when never verified. */
  dueAgain?: string;
}

/** The rows (people, then teams, then parties, each in plan order) and how many are verified and not yet due again. */
export function contactVerification(
  plan: Pick<PlanModel, 'people' | 'teams' | 'parties'>,
  today: string,
): { rows: VerificationRow[]; current: number } {
  const holders = [
    ...plan.people.map((x) => ({ kind: 'person' as const, x })),
    ...plan.teams.map((x) => ({ kind: 'team' as const, x })),
    ...plan.parties.map((x) => ({ kind: 'party' as const, x })),
  ].filter(({ x }) => x.contacts.length || x.lastVerified);
  const rows = holders.map(({ kind, x }) => {
    // A sum past the range of dates is never due, as in the rule.
    const dueAgain = x.lastVerified ? dateAfter(x.lastVerified, x.verifyInterval) : undefined;
    return {
      kind,
      id: x.id,
      name: x.name,
      verifyInterval: x.verifyInterval,
      ...(x.lastVerified && { lastVerified: x.lastVerified }),
      ...(dueAgain && { dueAgain }),
    };
  });
  const current = rows.filter((r) => r.lastVerified && (!r.dueAgain || r.dueAgain >= today)).length;
  return { rows, current };
}
