/**
 * The scoring rules in words, written once and printed in every after-action report (Markdown and
 * the report page), so a facilitator can defend each rating in the hot wash. The code that applies
 * them: expectations.ts (what arises), activities.ts (conditions, prerequisites, due times),
 * expectation-base.ts (statuses), score.ts (scope, not reached), hseep.ts (ratings).
 */
import { HSEEP_RULE } from './hseep.ts';

/** The scoring rules as Markdown. */
export const SCORING_RULES = [
  '**What is expected.** An expectation arises only when the plan says it applies: an activity when its playbook applies to a revealed incident type and its own condition holds (incident type, severity, affected data categories); a notification stage when its obligation applies; an escalation page when a severity is declared; plus the scenario\'s own expectations.',
  '',
  '**When it is due.** Nothing is due before it arises: an activity\'s due time counts from the later of its anchor event and the moment it arose. An activity that submits a notification stage and has no due time of its own is due when the stage is (the legal deadline). One with no due time at all is due by the end of the exercise.',
  '',
  '**Order.** An activity is *out of order* only if an activity the plan names as its prerequisite was done after it. Phase order is guidance and is never penalised.',
  '',
  '**Not rated.** An expectation not done whose deadline falls after the end of the exercise, or whose clock never started, is *not reached*. One outside the scenario\'s stated scope (playbooks, phases) is *out of scope*. Both are listed apart and never rated.',
  '',
  '**Ratings.** Each objective is rated from the expectations that count towards it:',
  '',
  HSEEP_RULE,
].join('\n');
