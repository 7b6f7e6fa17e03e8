/** Who responds: roles, teams, people and external parties (`roles.yaml`, `teams.yaml`, `people.yaml`, `parties.yaml`). */
import { z } from 'zod';
import { contact, date, id, markdown, MARKDOWN_RULE, positiveDuration, ref, timeZone } from './common.ts';

/** A response role such as the Incident Commander. */
export const roleSchema = z.strictObject({
  /** Stable id, e.g. `incident-commander`. */
  id,
  /** Display name. */
  name: z.string().min(1).meta({ description: 'Display name.' }),
  /** Other names people search for: `IC`, `Incident Lead`... */
  aliases: z.array(z.string().min(1)).default([]).meta({ description: 'Other names and abbreviations.' }),
  /** Markdown: why the role exists, one or two sentences. */
  purpose: markdown.meta({ description: `Markdown: why the role exists, one or two sentences. ${MARKDOWN_RULE}` }),
  /** What the role does during an incident. */
  responsibilities: z.array(z.string().min(1)).min(1).meta({ description: 'What the role does.' }),
  /** Maximum number of people holding the role in one incident. Default: no limit. */
  maxPerIncident: z.int().min(1).optional().meta({ description: 'Maximum people per incident. Default: no limit.' }),
  /** Role that takes over when nobody can fill this one. */
  backup: ref('role').optional(),
  /** Roles one person may hold together with this one. */
  mayCombineWith: z
    .array(ref('role'))
    .default([])
    .meta({ description: 'Roles that one person may combine with this one.' }),
  /** Training required to hold the role. */
  training: z.array(z.string().min(1)).default([]).meta({ description: 'Required training.' }),
  // Staffing without fixed people (planformat).
  /** A team whose trained members take the role in turn ("any trained responder of team X"). */
  pool: ref('team')
    .optional()
    .meta({ description: 'Team whose trained members may take the role ("any trained responder of the team").' }),
  /** A role that names who takes this role at the time ("whoever the Incident Commander names"). */
  namedBy: ref('role').optional().meta({ description: 'Role that names who takes this role during the incident.' }),
});

/**
 * When a person's, team's or party's contact details were last confirmed, and how often they must be:
 * the same two fields for all three, so one rule (`contact-unverified`) and one line on the contacts
 * and audit pages ("verified 2026-09-30, 58 days ago") serve them all.
 */
const verification = (who: 'person' | 'team' | 'party') => ({
  /** Date the contact details were last confirmed. */
  lastVerified: date
    .optional()
    .meta({ description: `Date the ${who}'s contact details were last confirmed, e.g. 2026-09-30.` }),
  /** How often the details must be confirmed. Default `P90D`. */
  verifyInterval: positiveDuration.default('P90D').meta({ description: 'Verification interval. Default P90D.' }),
});

/** A standing team. */
export const teamSchema = z.strictObject({
  id,
  /** Display name. */
  name: z.string().min(1),
  /** What the team does. */
  description: z.string().optional(),
  /** People in the team. */
  members: z.array(ref('person')).default([]),
  /** The role that answers for the team where a RACI makes the team Accountable (`team:<id>: A`). Default: none (the team may then be R, C or I only). */
  lead: ref('role').optional().meta({
    description: 'Role that answers for the team when a RACI makes the team Accountable, e.g. security-lead.',
  }),
  /** How to reach the team as a whole (a rota, a shared inbox). */
  contacts: z.array(contact).default([]),
  ...verification('team'),
});

/** A person who can hold roles. Contact details are private by default. */
export const personSchema = z.strictObject({
  id,
  /** Full name. */
  name: z.string().min(1),
  /** Roles this person is trained and designated for. */
  roles: z.array(ref('role')).default([]),
  /** IANA time zone, e.g. `Europe/Amsterdam`. */
  timeZone: timeZone.optional(),
  /** Contact channels in order of priority. */
  contacts: z.array(contact).default([]),
  ...verification('person'),
  /**
   * The public half of the key this person signs plan approvals with (`npm run approve`): `ed25519:`
   * and the 32-byte Ed25519 public key in base64. Public by nature: it only checks signatures.
   */
  publicKey: z
    .string()
    .regex(/^ed25519:[A-Za-z0-9+/]{43}=$/, {
      error: 'must be "ed25519:" and a 32-byte key in base64, as `npm run approve -- --new-key FILE` prints it',
    })
    .optional()
    .meta({
      description:
        'Public key for signed approvals: ed25519: and 32 bytes in base64, as npm run approve -- --new-key prints it.',
    }),
});

/** An organisation outside the company: regulator, CSIRT, insurer, law enforcement... */
export const partySchema = z.strictObject({
  id,
  /** Display name. */
  name: z.string().min(1),
  /** Kind of party. */
  kind: z.enum([
    'regulator',
    'supervisor',
    'csirt',
    'insurer',
    'law-enforcement',
    'acquirer',
    'card-brand',
    'ir-retainer',
    'vendor',
    'customer',
    'other',
  ]),
  /** Country or region, e.g. `NL`, `EU`, `US`. */
  jurisdiction: z.string().optional(),
  /** How to reach the party (portals and hotlines are often public: set `private: false`). */
  contacts: z.array(contact).default([]),
  /** What to know before contacting them. */
  notes: z.string().optional(),
  ...verification('party'),
});

/** Schema of `content/roles.yaml`. */
export const rolesFile = z.strictObject({ roles: z.array(roleSchema).min(1) }).meta({ title: 'Drillbook roles' });
/** Schema of `content/teams.yaml`. */
export const teamsFile = z.strictObject({ teams: z.array(teamSchema) }).meta({ title: 'Drillbook teams' });
/** Schema of `content/people.yaml`. */
export const peopleFile = z.strictObject({ people: z.array(personSchema) }).meta({ title: 'Drillbook people' });
/** Schema of `content/parties.yaml`. */
export const partiesFile = z
  .strictObject({ parties: z.array(partySchema) })
  .meta({ title: 'Drillbook external parties' });
