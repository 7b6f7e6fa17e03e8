/**
 * Whose contact details were verified when, for the audit page: every team and external party that
 * has contact details or a verification date, and the people whose verification is not current,
 * each with the date it is due again (`lastVerified` + `verifyInterval`, the `contact-unverified`
 * rule's date) judged as of `today`. People who are current are counted, not listed: a plan may hold
 * hundreds, and the contacts page shows each one's date.
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

/** What the audit page lists and counts. */
export interface ContactVerification {
  /** Teams and parties, then the people not current, each in plan order. */
  rows: VerificationRow[];
  /** People with contact details or a date, and how many of them are current. */
  people: { total: number; current: number };
}

type Holder = PlanModel['people'][number] | PlanModel['teams'][number] | PlanModel['parties'][number];

const rowOf = (kind: VerificationRow['kind'], x: Holder): VerificationRow => {
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
};

/** Verified, and not yet due again on `today`. */
const isCurrent = (r: VerificationRow, today: string) => !!r.lastVerified && (!r.dueAgain || r.dueAgain >= today);

/** The audit page's view of contact verification on `today`. */
export function contactVerification(
  plan: Pick<PlanModel, 'people' | 'teams' | 'parties'>,
  today: string,
): ContactVerification {
  const holds = (x: Holder) => x.contacts.length > 0 || !!x.lastVerified;
  const people = plan.people.filter(holds).map((x) => rowOf('person', x));
  const others = [
    ...plan.teams.filter(holds).map((x) => rowOf('team', x)),
    ...plan.parties.filter(holds).map((x) => rowOf('party', x)),
  ];
  const stale = people.filter((r) => !isCurrent(r, today));
  return {
    rows: [...others, ...stale],
    people: { total: people.length, current: people.length - stale.length },
  };
}
