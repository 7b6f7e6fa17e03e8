/**
 * The decision action that sets a level of a classification scale, so a branch of a scenario can
 * escalate (or settle) the classification: `{ setLevel: priority:p1 }`, or `{ setLevel: severity:sev1 }`
 * for the severity. The engine takes it as the scenario's truth from the time the option is chosen,
 * as if an inject had revealed that level (`reveals.levels`, `reveals.severity`). A situational fact
 * needs no action of its own: `{ fact: publicly-reported }` already sets one. Written as a string
 * like every other action's target, so acts, evidence and replays keep one shape.
 */
import { levelRef } from './scales.ts';

/** The action keys this file adds to a decision option's plan actions. */
export const SCALE_ACTION_KEYS = ['setLevel'] as const;

/** The fields this file adds to a plan action (spread into `planActionSchema`). */
export const scaleActionFields = {
  /** Set a level of a scale as the scenario's truth from now: `<scale>:<level>`, e.g. `priority:p1`, `severity:sev1`. */
  setLevel: levelRef.optional().meta({
    description:
      'Set a level as the scenario truth from the time the option is chosen: <scale>:<level> of scales.yaml, or severity:<id>, e.g. priority:p1.',
  }),
};
