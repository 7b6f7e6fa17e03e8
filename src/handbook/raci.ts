/**
 * RACI view models: the matrix of activities x roles for the whole plan or one playbook, read from
 * each activity's `raci` map. Pure; the RACI table (raci-table.ts) and the role cards render these.
 */
import type { PlanModel, RaciLetter } from '../plan/model.ts';
import { byId } from '../plan/lookup.ts';
import { elementHref, RACI_TEAM_PREFIX, raciHref, raciTeam } from '../plan/element-kinds.ts';

/** A column of the matrix: a role, or a team (`team:<id>`) that is R, C or I somewhere. */
export interface RaciColumn {
  id: string;
  name: string;
  /** Shortest alias (e.g. `IC`) for narrow headers; the name when there is none. */
  short: string;
  href: string;
}

/** One activity row. */
export interface RaciRow {
  /** `playbook/activity`. */
  key: string;
  activityId: string;
  title: string;
  playbook: string;
  playbookName: string;
  phase: string;
  phaseName: string;
  href: string;
  /** Letter per role id; roles without a letter are absent. */
  cells: Record<string, RaciLetter>;
  /** Role id of the Accountable (A or AR) cell, highlighted in tables. */
  accountable?: string;
}

/** The RACI matrix: columns are roles, rows activities in playbook then phase order. */
export interface RaciMatrix {
  columns: RaciColumn[];
  rows: RaciRow[];
}

/** Meaning of each RACI letter, for legends and text alternatives. */
export const RACI_MEANING: Record<RaciLetter, string> = {
  R: 'Responsible',
  A: 'Accountable',
  C: 'Consulted',
  I: 'Informed',
  AR: 'Accountable and Responsible',
};

/**
 * A role's short name: its shortest one-word alias (an abbreviation such as `IC`, `SME`), or its name.
 * An alias of several words ("Area Commander") is another name for the role, not a short one.
 */
export function shortName(role: { name: string; aliases: string[] }): string {
  const short = role.aliases.filter((a) => !/\s/.test(a.trim())).sort((a, b) => a.length - b.length)[0];
  return short && short.length < role.name.length ? short : role.name;
}

/** The aliases a role card lists as "also known as": every alias but the one shown as its short name. */
export function otherNames(role: { name: string; aliases: string[] }): string[] {
  const short = shortName(role);
  return role.aliases.filter((a) => a !== short);
}

/** The name and page of a RACI key: a role, or a team written `team:<id>`. */
export function raciParty(plan: PlanModel, key: string): { name: string; short: string; href: string; team: boolean } {
  const team = raciTeam(key);
  if (team !== undefined) {
    const name = byId(plan).teamName(team);
    return { name, short: name, href: elementHref('team', team), team: true };
  }
  const r = byId(plan).roles.get(key);
  return { name: r?.name ?? key, short: r ? shortName(r) : key, href: elementHref('role', key), team: false };
}

/**
 * Builds the RACI matrix of the plan, or of one playbook when `playbookId` is given. Only roles
 * that hold a letter in at least one row become columns, in the order the plan lists roles.
 */
export function buildRaciMatrix(plan: PlanModel, playbookId?: string): RaciMatrix {
  const { phaseName } = byId(plan);
  const playbooks = playbookId ? plan.playbooks.filter((p) => p.id === playbookId) : plan.playbooks;
  const rows: RaciRow[] = playbooks.flatMap((pb) =>
    pb.activities.map((a) => ({
      key: a.key,
      activityId: a.id,
      title: a.title,
      playbook: pb.id,
      playbookName: pb.name,
      phase: a.phase,
      phaseName: phaseName(a.phase),
      href: elementHref('activity', a.key),
      cells: { ...a.raci },
      ...(a.accountable ? { accountable: a.accountable } : {}),
    })),
  );
  const used = new Set(rows.flatMap((r) => Object.keys(r.cells)));
  // Roles in the order the plan lists them, then the teams (`team:<id>`) that hold a letter.
  const keys = [...plan.roles.map((r) => r.id), ...plan.teams.map((t) => `${RACI_TEAM_PREFIX}${t.id}`)].filter(
    (k, i, all) => used.has(k) && all.indexOf(k) === i,
  );
  const columns = keys.map((id) => {
    const { name, short, href } = raciParty(plan, id);
    return { id, name, short, href };
  });
  return { columns, rows };
}

/** "A: Incident Commander; R: Deputy" — the RACI of one activity as text, accountable first. */
export function describeRaci(
  plan: PlanModel,
  raci: Record<string, RaciLetter>,
): { letter: RaciLetter; role: string; name: string; href: string }[] {
  const rank: Record<RaciLetter, number> = { AR: 0, A: 1, R: 2, C: 3, I: 4 };
  return Object.entries(raci)
    .map(([role, letter]) => ({ letter, role, name: raciParty(plan, role).name, href: raciParty(plan, role).href }))
    .sort((a, b) => rank[a.letter] - rank[b.letter] || a.name.localeCompare(b.name));
}

/** The RACI of one activity grouped by letter, accountable first: "Accountable: X. Responsible: Y, Z." */
export function groupRaci(
  plan: PlanModel,
  raci: Record<string, RaciLetter>,
): { letter: RaciLetter; meaning: string; roles: { role: string; name: string; href: string }[] }[] {
  const groups: { letter: RaciLetter; meaning: string; roles: { role: string; name: string; href: string }[] }[] = [];
  for (const x of describeRaci(plan, raci)) {
    const last = groups.at(-1);
    // An Accountable team is shown with the lead who answers for it: "Security team (lead: Security Lead)".
    const lead =
      (x.letter === 'A' || x.letter === 'AR') && raciTeam(x.role) !== undefined
        ? byId(plan).teams.get(raciTeam(x.role)!)?.lead
        : undefined;
    const leadName = lead && byId(plan).roleName(lead);
    const party = { role: x.role, name: leadName ? `${x.name} (lead: ${leadName})` : x.name, href: x.href };
    if (last?.letter === x.letter) last.roles.push(party);
    else groups.push({ letter: x.letter, meaning: RACI_MEANING[x.letter], roles: [party] });
  }
  return groups;
}

/** One playbook of the RACI summary: how many of its activities give each role a letter. */
export interface RaciSummaryRow {
  playbook: string;
  name: string;
  /** The playbook's own RACI matrix page, `/raci/<playbook>/`. */
  href: string;
  activities: number;
  /** Activities in which the role holds a letter, per role id; roles without one are absent. */
  counts: Record<string, number>;
}

/** The RACI summary: playbooks x roles, for the matrix index page. */
export interface RaciSummary {
  columns: RaciColumn[];
  rows: RaciSummaryRow[];
  /**
   * Whether the playbooks x roles table fits on a page: at most {@link RACI_SUMMARY_MAX_CELLS} cells
   * (about 25 KB of HTML). Past that the index lists the playbooks only; each playbook's matrix and
   * each role card say the same per playbook and per role.
   */
  fits: boolean;
}

/** The most cells the RACI index's playbooks x roles table has (50 playbooks x 40 roles). */
export const RACI_SUMMARY_MAX_CELLS = 2000;

/** Summarises the plan's RACI per playbook; columns are the roles that hold a letter anywhere. */
export function summariseRaci(plan: PlanModel): RaciSummary {
  const rows = plan.playbooks.map((pb) => {
    const counts: Record<string, number> = {};
    for (const a of pb.activities) for (const role of Object.keys(a.raci)) counts[role] = (counts[role] ?? 0) + 1;
    return { playbook: pb.id, name: pb.name, href: raciHref(pb.id), activities: pb.activities.length, counts };
  });
  const columns = buildRaciMatrix(plan).columns;
  return { columns, rows, fits: columns.length * rows.length <= RACI_SUMMARY_MAX_CELLS };
}

/** Role columns a printed RACI table holds on an A4 page beside the activity and phase. */
export const PRINT_RACI_COLUMNS = 6;

/**
 * Splits a matrix into column groups of at most `size` roles, each with every row (the activity is
 * repeated), so a printed page never clips a role column. One group when the matrix fits.
 */
export function splitRaciColumns(matrix: RaciMatrix, size: number = PRINT_RACI_COLUMNS): RaciMatrix[] {
  if (size < 1) throw new Error('a column group holds at least one role');
  const groups = Math.max(1, Math.ceil(matrix.columns.length / size));
  // Even groups (12 roles → 6 + 6, not 10 + 2), so no page carries a lone column or two.
  const per = Math.ceil(matrix.columns.length / groups);
  return Array.from({ length: groups }, (_, i) => ({
    columns: matrix.columns.slice(i * per, (i + 1) * per),
    rows: matrix.rows,
  }));
}
