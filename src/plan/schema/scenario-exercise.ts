/**
 * How a scenario is laid out as an exercise: its objectives, its modules with their discussion
 * questions, the expectations of its own on top of the plan's, and the scope it sets out to test.
 */
import { z } from 'zod';
import { clockText, duration, id } from './scenario-fields.ts';
import { conditionSchema } from './scenario-condition.ts';
import { planActionSchema } from './scenario-decision.ts';

/** An objective: what the exercise tests, tied to plan elements and a capability. */
export const objectiveSchema = z.strictObject({
  id,
  /** The objective as one sentence. */
  title: z.string().min(1).meta({ description: 'The objective in one sentence.' }),
  /** HSEEP core capability, e.g. "Operational Coordination". */
  capability: z.string().min(1).meta({ description: 'HSEEP core capability.' }),
  /** Plan elements it exercises, as typed refs (`playbook:ransomware`, `obligation:gdpr-art33`). */
  elements: z.array(z.string()).min(1).meta({ description: 'Typed refs of plan elements exercised.' }),
});

/** An open discussion question of a module: no options; answers and rationale are recorded (`question/answer`). */
export const questionSchema = z.strictObject({
  /** Id unique in the scenario. Default `<module id>-q<n>`, n counting the module's questions from 1. */
  id: id.optional().meta({ description: 'Question id, unique in the scenario. Default <module id>-q<n> (n from 1).' }),
  /** The question as the facilitator asks it. */
  text: z.string().min(1).meta({ description: 'The question as the facilitator asks it.' }),
  /** Plan role ids or team ids asked. Default: everyone. */
  roles: z.array(id).default([]).meta({ description: 'Plan role ids or team ids asked; default everyone.' }),
  /**
   * The plan work a sufficient answer shows: `activity:<playbook>/<activity>`, `stage:<obligation>/<stage>`
   * or the id of an expectation of this scenario. An answer recorded for the question counts as that
   * work, met in discussion, at the answer's time, by the answering role. Default none.
   */
  covers: z
    .array(
      z.string().regex(/^((activity|stage):[a-z0-9-]+\/[a-z0-9-]+|[a-z0-9][a-z0-9-]*)$/, {
        error:
          'must be activity:<playbook>/<activity>, stage:<obligation>/<stage> or the id of an expectation of this scenario',
      }),
    )
    .default([])
    .meta({
      description:
        'Plan work an answer shows: activity:<playbook>/<activity>, stage:<obligation>/<stage> or a scenario expectation id. Default none.',
    }),
});

/** A module: a time segment with discussion questions (CISA situation manual). */
export const moduleSchema = z.strictObject({
  id,
  /** Module title. */
  title: z.string().min(1),
  /**
   * Scenario time the module starts, e.g. `T+72:00` for "three days later". None of its injects falls
   * due before it; the facilitator's Jump moves the clock there, and every plan clock runs through the jump.
   */
  startsAt: clockText.optional().meta({
    description:
      'Scenario time T+hh:mm the module starts ("three days later": T+72:00); the clock jumps there. Default: when its first inject arrives.',
  }),
  /** Discussion questions asked at the end of the module. Default none. */
  questions: z.array(questionSchema).default([]),
});

/** A scenario-specific expectation, on top of those the plan implies. */
export const scenarioExpectationSchema = z.strictObject({
  id,
  /** What is expected, one sentence. */
  description: z.string().min(1),
  /** The plan action that meets it. */
  act: planActionSchema,
  /** Role (plan id) expected to take it. Optional. */
  owner: id.optional().meta({ description: 'Plan role id expected to act.' }),
  /** Condition that starts the expectation. Default: exercise start. */
  when: conditionSchema.optional(),
  /** Time allowed after it starts. Default: until the end. */
  within: duration.optional(),
  /** Objective (id) it counts towards. */
  objective: id.meta({ description: 'Objective id it counts towards.' }),
});

/**
 * What a short exercise sets out to test (scoring helper): expectations of other playbooks or phases
 * are listed apart in the report and not rated. Default: everything the plan expects.
 */
export const scopeSchema = z
  .strictObject({
    /** Playbook ids in scope. Default: every playbook. */
    playbooks: z.array(id).optional().meta({
      description:
        'Plan playbook ids in scope; activities of other playbooks are listed apart, not rated. Default: all.',
    }),
    /** Phase ids in scope. Default: every phase. */
    phases: z.array(id).optional().meta({
      description:
        'Plan phase ids in scope; activities (and the stages they submit) of other phases are listed apart, not rated. Default: all.',
    }),
  })
  .meta({
    description:
      'What the exercise sets out to test; expectations outside it are listed apart and not rated. Default: everything.',
  });
