/**
 * The HSEEP rating of an objective, from the outcomes of its expectations. The rule (also printed
 * in every after-action report, see HSEEP_RULE):
 *
 * - **P** (performed without challenges): every expectation met on time, by its owner, in order.
 * - **S** (performed with some challenges): none missed, and at most half late, out of order or by
 *   the wrong owner; no regulatory stage late.
 * - **M** (performed with major challenges): at most half missed; or more than half late, out of
 *   order or by the wrong owner; or a regulatory stage late or missed (added legal risk).
 * - **U** (unable to be performed): more than half missed.
 * - **not exercised**: none of its expectations arose, or none was done or fell due before the end
 *   (or all lie outside the scenario's scope): listed, never rated, and never confused with U.
 *
 * Only scored expectations count. One not done whose deadline falls after the end of the exercise,
 * or whose clock never started, is *not reached*: listed apart in the report, never rated (a
 * tabletop that ends at T+08:00 cannot miss a 72-hour deadline). One with no deadline at all is due
 * by the end of the exercise, so it is missed if not done.
 */
import type { Expectation, Outcome } from './expectations.ts';
import { count } from './status-words.ts';

/** HSEEP rating letter. */
export type HseepRating = 'P' | 'S' | 'M' | 'U';

/** Meaning of each rating, as HSEEP words it. */
export const HSEEP_MEANING: Record<HseepRating, string> = {
  P: 'Performed without challenges',
  S: 'Performed with some challenges',
  M: 'Performed with major challenges',
  U: 'Unable to be performed',
};

/** The rating rule as Markdown; the whole scoring rule printed in reports is SCORING_RULES (scoring-rules.ts). */
export const HSEEP_RULE = [
  '- **P** — every expectation met on time, by its owner, in order.',
  '- **S** — none missed; at most half late, out of order or by the wrong owner; no regulatory stage late.',
  '- **M** — at most half missed; or more than half late, out of order or by the wrong owner; or a regulatory stage late or missed.',
  '- **U** — more than half missed.',
  '- **Not exercised** — none of its expectations arose, or none was done or fell due before the end: listed, not rated.',
].join('\n');

/**
 * The rating of one objective and a sentence saying why. `expectations` are its scored ones, with
 * final outcomes; `notReached` counts those not reached before the end (named in the reason, never
 * rated). With no scored expectation the objective is not exercised: no rating.
 */
export function rateObjective(expectations: readonly Expectation[], notReached = 0): { rating?: HseepRating; reason: string } {
  if (!expectations.length)
    return {
      reason: notReached
        ? `not exercised: none of its ${count(notReached, 'expectation')} was done or fell due before the exercise ended`
        : 'not exercised: no expectation of this objective arose during the exercise',
    };
  const rated = rate(expectations);
  return notReached ? { rating: rated.rating, reason: `${rated.reason}; ${notReached} more not reached before the end` } : rated;
}

function rate(expectations: readonly Expectation[]): { rating: HseepRating; reason: string } {
  const n = expectations.length;
  const count = (o: Outcome) => expectations.filter((e) => e.status === o).length;
  const missed = count('missed');
  const deviated = count('late') + count('out-of-order') + count('wrong-owner');
  const stageTrouble = expectations.some((e) => e.kind === 'stage' && (e.status === 'late' || e.status === 'missed'));
  const of = (k: number) => `${k} of ${n}`;
  if (missed * 2 > n) return { rating: 'U', reason: `${of(missed)} ${n === 1 ? 'expectation' : 'expectations'} missed` };
  if (missed === 0 && deviated === 0) return { rating: 'P', reason: `${n === 1 ? 'its one expectation' : `all ${n} expectations`} met on time, by ${n === 1 ? 'its owner' : 'their owners'}, in order` };
  if (missed === 0 && deviated * 2 <= n && !stageTrouble)
    return { rating: 'S', reason: `none missed; ${of(deviated)} late, out of order or by the wrong owner` };
  const why = [
    missed ? `${of(missed)} missed` : '',
    deviated ? `${of(deviated)} late, out of order or by the wrong owner` : '',
    stageTrouble ? 'a regulatory notification stage was late or missed' : '',
  ].filter(Boolean);
  return { rating: 'M', reason: why.join('; ') };
}
