/**
 * Each scored expectation as the HSEEP AAR/IP writes a finding: an observation (what happened,
 * when, who), an analysis (why it matters against the plan), the reference (the plan clause) and,
 * for an area for improvement, a recommendation with the capability element it strengthens
 * (Planning, Organisation, Equipment, Training, Exercises).
 */
import { formatClock } from '../plan/scenario-time.ts';
import type { CapabilityElement } from '../plan/capability-elements.ts';
import { formatDuration } from '../plan/time.ts';
import type { Expectation } from './expectation-base.ts';
import { STATUS_LABEL } from './status-words.ts';

/** A strength or an area for improvement in the template's form. */
export interface Finding {
  kind: 'strength' | 'improvement';
  /** Expectation id it is about. */
  expectation: string;
  /** Short title: what the plan expects. */
  title: string;
  observation: string;
  analysis: string;
  /** The plan clause, by name, and its typed ref; "the scenario" when it has none. */
  reference: string;
  /** What to do about it (areas for improvement only). */
  recommendation?: string;
  /** Capability element the recommendation strengthens (areas for improvement only). */
  element?: CapabilityElement;
}

/** How the report names things: roles and teams by name, plan clauses by name. */
export interface Names {
  of(id: string): string;
  clause(ref: string | undefined): string;
}

const evidenceWords = (e: Expectation, names: Names): string => {
  const ev = e.evidence;
  if (!ev) return '';
  const how = ev.via === 'discussion' ? ' in discussion' : ev.via === 'console' ? ' (recorded by the facilitator)' : '';
  return `at ${formatClock(ev.at)} by ${names.of(ev.by)}${how}`;
};

/** The finding an expectation with a final outcome makes. */
export function findingOf(e: Expectation, names: Names): Finding {
  const due = e.deadline !== undefined ? `, due ${formatClock(e.deadline)}` : '';
  const reference = names.clause(e.clause);
  const owners = (e.owners ?? (e.owner ? [e.owner] : [])).map(names.of);
  const ownerWords = owners.length
    ? owners.length === 1
      ? owners[0]
      : `${owners.slice(0, -1).join(', ')} or ${owners.at(-1)}`
    : 'its owner';
  const reviewed = e.review
    ? ` The evaluator recorded it as ${STATUS_LABEL[e.review.outcome].toLowerCase()}${e.computed ? ` (computed: ${STATUS_LABEL[e.computed].toLowerCase()})` : ''}: ${e.review.reason}.`
    : '';
  const base = { expectation: e.id, title: e.description, reference };
  const regulatory = e.kind === 'stage';
  switch (e.status) {
    case 'met':
      return {
        ...base,
        kind: 'strength',
        observation: `Done ${evidenceWords(e, names)} (${e.rule}${due}).${reviewed}`,
        analysis: `Performed as the plan says: on time, by ${owners.length > 1 ? 'one of its owners' : ownerWords}, in order.`,
      };
    case 'late': {
      const by =
        e.evidence && e.deadline !== undefined
          ? formatDuration(`PT${Math.max(1, Math.round((e.evidence.at - e.deadline) / 60_000))}M`)
          : '';
      return {
        ...base,
        kind: 'improvement',
        observation: `Done ${evidenceWords(e, names)}${by ? `, ${by} after the deadline` : ', after the deadline'} (${e.rule}${due}).${e.note ? ` ${capital(e.note)}.` : ''}${reviewed}`,
        analysis: regulatory
          ? 'A regulatory deadline passed before the notification: a late filing is a finding a supervisor can act on.'
          : 'The work was done, but later than the plan allows; what depends on it started late too.',
        recommendation: `Rehearse "${e.description}" with ${ownerWords} so it is done ${e.rule}; have the clock's start announced on the bridge and a reminder set when it starts.`,
        element: 'Training',
      };
    }
    case 'wrong-owner':
      return {
        ...base,
        kind: 'improvement',
        observation: `Done ${evidenceWords(e, names)}; the plan gives it to ${ownerWords}.${reviewed}`,
        analysis: 'Work done outside the roles the RACI names leaves nobody accountable for it and may be done twice.',
        recommendation: `Confirm who does "${e.description}": brief ${ownerWords}, or change the RACI if the practice is right.`,
        element: 'Organisation',
      };
    case 'out-of-order':
      return {
        ...base,
        kind: 'improvement',
        observation: `Done ${evidenceWords(e, names)}, before a step the plan says must come first.${reviewed}`,
        analysis: 'The plan orders these steps because the later one relies on the earlier one.',
        recommendation: `Walk the team through the prerequisites the plan names for "${e.description}" and put them on its checklist.`,
        element: 'Planning',
      };
    default:
      return {
        ...base,
        kind: 'improvement',
        observation: `Not done when the exercise ended (${e.rule}${due}).${e.note ? ` ${capital(e.note)}.` : ''}${reviewed}`,
        analysis: regulatory
          ? 'A notification the law requires was not made: the organisation would be in breach of its reporting duty.'
          : e.kind === 'declare'
            ? 'The incident was not classified as the facts required, so the escalation, clocks and obligations of that severity did not start.'
            : 'A step the plan requires did not happen, so what it protects against was left open.',
        recommendation: regulatory
          ? `Give ${ownerWords} a filing checklist for "${e.description}" with the deadline rule, the recipient's channel and a pre-filled template; exercise it again.`
          : `Add "${e.description}" to the checklist of ${ownerWords} and exercise it again.`,
        element: regulatory || e.kind === 'declare' ? 'Planning' : 'Training',
      };
  }
}

const capital = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);
