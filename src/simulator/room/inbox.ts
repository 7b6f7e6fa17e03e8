/**
 * The facilitator's inbox of participant submissions, as pure functions: which entries still wait
 * for a decision, the live vote tally, and what accepting an entry records in the exercise log.
 * The console is the only writer of the log: an entry changes nothing until the facilitator accepts it.
 */
import type { InboxEntry } from '../../relay/protocol.ts';
import type { Decision } from '../../plan/scenario.ts';
import type { AnswerAction } from '../../engine/actions.ts';
import type { DecideInput } from '../store.ts';
import { storageKeys } from '../../browser-storage/keys.ts';

/** Votes per option of each decision: each participant's latest vote counts once. */
export function tallyVotes(entries: readonly InboxEntry[]): Record<string, Record<string, number>> {
  const latest = new Map<string, { decision: string; option: string }>();
  for (const e of entries)
    if (e.body.kind === 'vote')
      latest.set(`${e.participant}\u0000${e.body.decision}`, { decision: e.body.decision, option: e.body.option });
  const tally: Record<string, Record<string, number>> = {};
  for (const { decision, option } of latest.values()) {
    tally[decision] ??= {};
    tally[decision][option] = (tally[decision][option] ?? 0) + 1;
  }
  return tally;
}

/** Entries the facilitator has not accepted or dismissed, oldest first; votes are tallied, not listed. */
export const waiting = (entries: readonly InboxEntry[], handled: ReadonlySet<string>): InboxEntry[] =>
  entries.filter((e) => e.body.kind !== 'vote' && !handled.has(e.id));

/** What accepting an entry records: a decision (a proposal), an answer to a discussion question, or a timeline note, attributed to its sender. */
export type Acceptance =
  | { kind: 'decide'; input: DecideInput }
  | { kind: 'answer'; input: Omit<AnswerAction, 'type' | 'at'> }
  | { kind: 'note'; text: string; by: string };

/** The log entry accepting `entry` makes; `roleName` names the sender's role. */
export function acceptance(entry: InboxEntry, roleName: (id: string) => string): Acceptance | undefined {
  const by = `${entry.from.name} (${roleName(entry.from.role)})`;
  const body = entry.body;
  switch (body.kind) {
    case 'proposal':
      return {
        kind: 'decide',
        input: {
          decision: body.decision,
          option: body.option,
          by: entry.from.role,
          participant: entry.from.name,
          ...(body.rationale ? { rationale: body.rationale } : {}),
        },
      };
    case 'answer':
      return {
        kind: 'answer',
        input: {
          question: body.question,
          text: body.text,
          ...(body.rationale ? { rationale: body.rationale } : {}),
          by,
        },
      };
    case 'note':
      return { kind: 'note', text: body.text, by };
    case 'vote':
      return undefined;
  }
}

/** What an entry says, in words, for the inbox list (the sender is shown beside it). */
export function describeEntry(
  entry: InboxEntry,
  decisions: readonly Decision[],
  questionText: (id: string) => string | undefined = () => undefined,
): string {
  const body = entry.body;
  switch (body.kind) {
    case 'proposal':
    case 'vote': {
      const d = decisions.find((x) => x.id === body.decision);
      const option = d?.options.find((o) => o.id === body.option)?.label ?? body.option;
      const verb = body.kind === 'vote' ? 'votes' : 'proposes';
      const why = body.kind === 'proposal' && body.rationale ? `, because ${body.rationale}` : '';
      return `${verb} "${option}" for "${d?.prompt ?? body.decision}"${why}`;
    }
    case 'answer':
      return `answers "${questionText(body.question) ?? body.question}": ${body.text}${body.rationale ? ` (why: ${body.rationale})` : ''}`;
    case 'note':
      return `notes: ${body.text}`;
  }
}

/** Where the console keeps the live vote tally of a session for the projector window (same browser). */
export const tallyKey = storageKeys.tally;

/** Reads a stored tally; an empty one when there is none or it is not one. */
export function readTally(text: string | null): Record<string, Record<string, number>> {
  try {
    const value = JSON.parse(text ?? '{}') as unknown;
    if (!value || typeof value !== 'object') return {};
    const out: Record<string, Record<string, number>> = {};
    for (const [d, votes] of Object.entries(value as Record<string, unknown>)) {
      if (!votes || typeof votes !== 'object') continue;
      out[d] = Object.fromEntries(
        Object.entries(votes as Record<string, unknown>).filter(
          (e): e is [string, number] => Number.isInteger(e[1]) && (e[1] as number) >= 0,
        ),
      );
    }
    return out;
  } catch {
    return {};
  }
}
