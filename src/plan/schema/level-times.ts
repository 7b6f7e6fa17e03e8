/**
 * Times that vary by the level of one classification scale: a due time "within 1 h at P1, 4 h at P2,
 * otherwise 1 business day", or a cadence "every 30 min at P1, otherwise hourly". Written beside the
 * general time as `byLevel: { scale: priority, p1: PT1H, p2: PT4H }`: the scale's id (`severity`, or a
 * scale of scales.yaml) and a time per level, each level as its id or as `<scale>:<level>`. The
 * general time holds at every level not listed. Rule `scale-level` checks the scale and its levels.
 */
import { z } from 'zod';
import { id } from './common.ts';

/**
 * `{ scale: <id>, <level>: <duration>, … }`, the durations of type `time` (any duration for a due
 * time, a positive one for a cadence).
 */
export const byLevelOf = (time: z.ZodType<string>, example: string) =>
  z
    .object({
      /** The scale whose levels the times are given for: `severity` or a scale id of scales.yaml. */
      scale: id.meta({ description: 'The scale: severity, or the id of a scale of scales.yaml, e.g. priority.' }),
    })
    .catchall(time)
    .refine((o) => Object.keys(o).length > 1, {
      error: `must give a time for at least one level besides the scale, e.g. ${example}`,
    })
    .meta({
      description: `Times at particular levels of one scale, e.g. ${example}; a level is its id or <scale>:<level>. The general time holds at the others.`,
    });
