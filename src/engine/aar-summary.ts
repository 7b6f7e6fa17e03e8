/**
 * The after-action report's executive summary, in sentences as the HSEEP template asks: what was
 * exercised, how each objective was rated, the major strengths and the primary areas for
 * improvement (regulatory misses first), and what was left unrated.
 */
import { formatClock } from '../plan/scenario-time.ts';
import type { Finding } from './aar-findings.ts';
import type { HseepRating } from './hseep.ts';
import type { Scorecard } from './score.ts';

/** What the summary needs of each analysed objective. */
interface Rated {
  title: string;
  rating?: HseepRating;
  meaning: string;
  limitedEvidence?: true;
  findings: Finding[];
}

const list = (items: string[]) =>
  items.length < 2 ? items.join('') : `${items.slice(0, -1).join('; ')} and ${items.at(-1)}`;
const PRIORITY: Record<string, number> = { stage: 0, declare: 1, page: 2, activity: 3, scenario: 4 };

/** The executive summary of an exercise. */
export function executiveSummary(
  card: Scorecard,
  objectives: Rated[],
  about: { title: string; date: string; plan: string },
): string {
  const rated = objectives.filter((o) => o.rating);
  const t = card.totals;
  const out = [
    `"${about.title}" was played on ${about.date} against ${about.plan}; it tested ${objectives.length} objective${objectives.length === 1 ? '' : 's'}, ${rated.length} of which the play exercised.`,
    rated.length
      ? `${list(rated.map((o) => `"${o.title}" was ${o.meaning.toLowerCase()} (${o.rating}${o.limitedEvidence ? ', on limited evidence' : ''})`))}.`
      : '',
    objectives.length > rated.length
      ? `${list(objectives.filter((o) => !o.rating).map((o) => `"${o.title}"`))} ${objectives.length - rated.length === 1 ? 'was' : 'were'} not exercised.`
      : '',
    `Of ${t.total} expectations scored, ${t.met} were met as the plan says, ${t.late} late, ${t['out-of-order']} out of order, ${t['wrong-owner']} by someone outside their owners and ${t.missed} missed.`,
  ];
  const findings = objectives.flatMap((o) => o.findings);
  const kindOf = (f: Finding) => card.expectations.find((e) => e.id === f.expectation)?.kind ?? 'activity';
  const strengths = findings
    .filter((f) => f.kind === 'strength')
    .sort((a, b) => PRIORITY[kindOf(a)] - PRIORITY[kindOf(b)])
    .slice(0, 3);
  const areas = findings
    .filter((f) => f.kind === 'improvement')
    .sort((a, b) => PRIORITY[kindOf(a)] - PRIORITY[kindOf(b)])
    .slice(0, 3);
  // The first clause of each observation: what happened and when, without its rule.
  const brief = (f: Finding) =>
    f.observation.replace(/ \(.*$|\.$/s, '').replace(/^(Not d|D)one/, (m) => m.toLowerCase());
  if (strengths.length) out.push(`Major strengths: ${list(strengths.map((f) => `"${f.title}", ${brief(f)}`))}.`);
  if (areas.length) out.push(`Primary areas for improvement: ${list(areas.map((f) => `"${f.title}", ${brief(f)}`))}.`);
  const unrated = card.notReached.length + card.openAtEnd.length;
  if (unrated)
    out.push(
      `${unrated} more ${unrated === 1 ? 'was' : 'were'} not reached or open when the exercise ended at ${formatClock(card.endedAt)} and ${unrated === 1 ? 'is' : 'are'} not rated.`,
    );
  if (card.outOfScope.length)
    out.push(
      `${card.outOfScope.length} more ${card.outOfScope.length === 1 ? 'lies' : 'lie'} outside the scenario's scope and ${card.outOfScope.length === 1 ? 'is' : 'are'} not rated.`,
    );
  return out.filter(Boolean).join(' ');
}
