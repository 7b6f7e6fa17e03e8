/**
 * The scoring rules in words, written once and printed in every after-action report (Markdown and
 * the report page), so a facilitator can defend each rating in the hot wash. The code that applies
 * them: truth.ts (the scenario's truth), expectations.ts (what arises, declarations), activities.ts
 * (conditions, prerequisites, due times), team-anchors.ts (clocks from the team's own events),
 * owners.ts (who owns the work), one-act.ts (one act, one outcome), expectation-base.ts (statuses),
 * score.ts (scope, listed apart), hseep.ts (ratings).
 */
import { HSEEP_RULE } from './hseep.ts';

/** The scoring rules as Markdown. */
export const SCORING_RULES = [
  "**The scenario's truth decides what is expected.** The incident type, severity and affected data categories the scenario reveals decide which activities and notification obligations arise, whatever severity the team declares (its declaration stands in only while the scenario has indicated none). An expectation arises only when the plan says it applies: an activity when its playbook applies and its own condition holds; a notification stage when its obligation applies; an escalation page when a severity is declared; plus the scenario's own expectations.",
  '',
  '**Declaring below the facts is a finding.** Each severity the scenario indicates expects a declaration of that level or a more severe one. A lower declaration is recorded beside it ("declared SEV-2 at T+00:20, the scenario indicated SEV-1 at T+00:10"); corrected later it makes the declaration *late*, never corrected it is *missed*.',
  '',
  "**Who owns the work.** An activity's owners are its Accountable and Responsible roles, the members of a team named there, and the backup of a role nobody plays in the exercise. Work done by any of them is done by its owner; only someone outside them is *wrong owner*. A notification stage is owned by the obligation's accountable role and the owners of the activity that files it.",
  '',
  '**One act, one outcome.** The act a decision records satisfies every expectation it names (declaring SEV-1 and "Declare the incident" together). An activity that submits a notification stage is that stage\'s step: the filing is scored once, on the stage. When the act never happens, the expectations the scenario names together share one outcome.',
  '',
  "**When it is due.** Nothing is due before it arises: an activity's due time counts from the later of its anchor event and the moment it arose. A notification stage is due by its legal deadline. On time is at or before the due time, read to the minute the clock shows: an act recorded while the clock still reads the due minute (a reminder that arrived then, seconds spent recording it) is on time.",
  '',
  '**The team\'s own events.** A clock that counts from an event the team should cause (the declaration, or an event a scripted option sets and no inject reveals) starts at that event when it came on time. When it came late or never, the clock starts when it was due: by the deadline of the plan activity the same option performs ("Declare the incident", 15 minutes after detection), or, for a declaration never made whose activity sets no deadline, when the scenario first indicated a severity. So a late declaration is itself the finding, and neither delays nor erases the deadlines that count from it.',
  '',
  '**Order.** An activity is *out of order* only if an activity the plan names as its prerequisite was done after it. Phase order is guidance and is never penalised.',
  '',
  "**Not rated.** Not done when the exercise ends: work whose deadline falls after the end is *not reached*; an activity with no due time, or work whose clock never started, is *open at the end*. One outside the scenario's stated scope (playbooks, phases) is *out of scope*. All three are listed apart and never counted as missed.",
  '',
  "**Evidence from discussion and the evaluator.** An answer to a discussion question that names the work it covers counts as that work, *met in discussion*, at the answer's time, by the answering role, unless the facilitator marks the answer insufficient. The evaluator may confirm or change any computed outcome with a reason, or mark work done by a role; the ratings use the evaluator's outcome, and the report shows both.",
  '',
  '**Ratings.** Each objective is rated from the expectations that count towards it, with the bands of the HSEEP Exercise Evaluation Guide (the first that holds):',
  '',
  HSEEP_RULE,
].join('\n');
