/**
 * `approvals`: a quorum — "approved by 2 of the 4 required groups" — for a template's every use or an
 * activity's outcome. `of` names roles (`legal-counsel`) and teams (`team:communications`), as a RACI
 * does; `needed` of them must approve.
 */
import { z } from 'zod';

/** A role id, or a team written `team:<id>`. */
const approverRef = z
  .string()
  .regex(/^(team:)?[a-z0-9][a-z0-9-]*$/, {
    error: (i) => `must be a role id or team:<team id> (got ${JSON.stringify(i.input)})`,
  })
  .meta({ description: 'A role id, or team:<team id>.' });

/** A quorum of approvers. */
export const approvals = z
  .strictObject({
    /** The roles and teams whose approval counts. */
    of: z
      .array(approverRef)
      .min(2)
      .meta({ description: 'Roles (role id) and teams (team:<id>) whose approval counts; at least two.' }),
    /** How many of them must approve. */
    needed: z.int().min(1).meta({ description: 'How many of them must approve, e.g. 2.' }),
  })
  .refine((q) => q.needed <= q.of.length, {
    error: 'needs more approvals than it names approvers; lower "needed" or add to "of"',
  })
  .refine((q) => new Set(q.of).size === q.of.length, { error: 'names an approver twice in "of"; name each once' })
  .meta({
    description:
      'A quorum: needed of the roles and teams in of must approve, e.g. { of: [legal-counsel, ciso, "team:communications"], needed: 2 }.',
  });
