/**
 * The HSEEP rating of an objective, from the outcomes of its scored expectations. The bands are
 * data (HSEEP_BANDS), read in order: the first whose test holds gives the rating, and the same
 * list prints the rule in every after-action report (HSEEP_RULE). They follow the meanings of the
 * HSEEP Exercise Evaluation Guide (Homeland Security Exercise and Evaluation Program, FEMA, 2020):
 *
 * - **P** performed without challenges: the critical tasks were done as the plan says.
 * - **S** some challenges: the objective was achieved, with opportunities to improve; at most one
 *   task in six was left undone, at most half deviated (late, out of order, by someone outside
 *   its owners), and no regulatory clock was late or missed.
 * - **M** major challenges: achieved, but not as the plan says or with added risk: fewer than half
 *   undone, or a regulatory stage late or missed.
 * - **U** unable to be performed: half or more of the tasks were not done.
 *
 * So a team that missed one of six is S, two of six M, three of six U. An objective rated on fewer
 * than two scored expectations carries "limited evidence". Only scored expectations count: those
 * not reached before the end, open at the end, out of scope or judged not applicable are not rated.
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

/** What a band's test sees: counts of one objective's scored expectations. */
export interface BandInput {
  /** Scored expectations. */
  n: number;
  missed: number;
  /** Late, out of order or by the wrong owner. */
  deviated: number;
  /** Whether a regulatory notification stage was late or missed. */
  stageTrouble: boolean;
}

/** One rating band: the rating, its rule in words (printed), and its test. */
export interface HseepBand {
  rating: HseepRating;
  rule: string;
  test: (x: BandInput) => boolean;
}

/** The bands, tested in order; the last always holds. */
export const HSEEP_BANDS: readonly HseepBand[] = [
  {
    rating: 'P',
    rule: 'every expectation met on time, by an owner, in order.',
    test: (x) => x.missed === 0 && x.deviated === 0,
  },
  {
    rating: 'S',
    rule: 'at most one in six missed, at most half (rounded up) late, out of order or by someone outside its owners, and no regulatory stage late or missed.',
    test: (x) => x.missed * 6 <= x.n && x.deviated <= Math.ceil(x.n / 2) && !x.stageTrouble,
  },
  {
    rating: 'M',
    rule: 'fewer than half missed (or a regulatory stage late or missed, or more deviations than S allows).',
    test: (x) => x.missed * 2 < x.n,
  },
  { rating: 'U', rule: 'half or more missed.', test: () => true },
];

/** Fewer scored expectations than this and the rating says "limited evidence". */
export const LIMITED_EVIDENCE_BELOW = 2;

/** The rating rule as Markdown; the whole scoring rule printed in reports is SCORING_RULES (scoring-rules.ts). */
export const HSEEP_RULE = [
  ...HSEEP_BANDS.map((b) => `- **${b.rating}** (${HSEEP_MEANING[b.rating].toLowerCase()}) — ${b.rule}`),
  `- **Limited evidence** — said of a rating that rests on fewer than ${LIMITED_EVIDENCE_BELOW} scored expectations.`,
  '- **Not exercised** — none of its expectations was scored: listed, not rated.',
].join('\n');

/**
 * The rating of one objective and a sentence saying why. `expectations` are its scored ones, with
 * final outcomes; `notReached` counts those not reached or open at the end (named in the reason,
 * never rated). With no scored expectation the objective is not exercised: no rating.
 */
export function rateObjective(
  expectations: readonly Expectation[],
  notReached = 0,
): { rating?: HseepRating; reason: string; limitedEvidence?: true } {
  if (!expectations.length)
    return {
      reason: notReached
        ? `not exercised: none of its ${count(notReached, 'expectation')} was done or fell due before the exercise ended`
        : 'not exercised: no expectation of this objective arose during the exercise',
    };
  const rated = rate(expectations);
  const limited = expectations.length < LIMITED_EVIDENCE_BELOW;
  const reason = [
    rated.reason,
    notReached ? `${notReached} more not reached or open at the end` : '',
    limited ? 'limited evidence: rated on one expectation' : '',
  ]
    .filter(Boolean)
    .join('; ');
  return { rating: rated.rating, reason, ...(limited ? { limitedEvidence: true as const } : {}) };
}

function rate(expectations: readonly Expectation[]): { rating: HseepRating; reason: string } {
  const n = expectations.length;
  const tally = (o: Outcome) => expectations.filter((e) => e.status === o).length;
  const x: BandInput = {
    n,
    missed: tally('missed'),
    deviated: tally('late') + tally('out-of-order') + tally('wrong-owner'),
    stageTrouble: expectations.some((e) => e.kind === 'stage' && (e.status === 'late' || e.status === 'missed')),
  };
  const band = HSEEP_BANDS.find((b) => b.test(x))!;
  const of = (k: number) => `${k} of ${n}`;
  if (band.rating === 'P')
    return {
      rating: 'P',
      reason: `${n === 1 ? 'its one expectation' : `all ${n} expectations`} met on time, by ${n === 1 ? 'an owner' : 'their owners'}, in order`,
    };
  const why = [
    x.missed ? `${of(x.missed)} missed` : 'none missed',
    x.deviated ? `${of(x.deviated)} late, out of order or by someone outside its owners` : '',
    x.stageTrouble ? 'a regulatory notification stage was late or missed' : '',
  ].filter(Boolean);
  return { rating: band.rating, reason: why.join('; ') };
}
