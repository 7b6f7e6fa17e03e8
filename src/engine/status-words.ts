/**
 * The one vocabulary of expectation statuses and due times, used by the live console and the
 * final report alike, so a facilitator reads the same words during and after the exercise.
 */
import { formatClock } from '../plan/scenario-time.ts';
import type { Expectation, ExpectationStatus } from './expectation-base.ts';

/** How each status is named on screen and in reports. */
export const STATUS_LABEL: Record<ExpectationStatus, string> = {
  met: 'Met',
  late: 'Late',
  'out-of-order': 'Out of order',
  'wrong-owner': 'Wrong owner',
  missed: 'Missed',
  pending: 'Pending',
  overdue: 'Overdue',
  'not-reached': 'Not reached',
  open: 'Open at the end',
  'not-applicable': 'Not applicable',
  'out-of-scope': 'Out of scope',
};

/** When an expectation is due, in words: `T+01:15`, `clock not started` (open at the end if it never starts), or `by the end of the exercise`. */
export function dueWords(e: Pick<Expectation, 'deadline' | 'timed'>): string {
  if (e.deadline !== undefined) return formatClock(e.deadline);
  return e.timed ? 'clock not started' : 'by the end of the exercise';
}

/** An expectation's status in words, naming where its evidence came from: "Met in discussion", "Late (marked in the console)". */
export function statusWords(e: Pick<Expectation, 'status' | 'evidence'>): string {
  const via = e.evidence?.via;
  if (!via || e.status === 'missed' || e.status === 'not-applicable') return STATUS_LABEL[e.status];
  return via === 'discussion'
    ? `${STATUS_LABEL[e.status]} in discussion`
    : `${STATUS_LABEL[e.status]} (marked in the console)`;
}

/** `1 expectation`, `3 expectations`. */
export const count = (n: number, noun: string, plural = `${noun}s`): string => `${n} ${n === 1 ? noun : plural}`;
