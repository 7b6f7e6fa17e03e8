/**
 * An MSEL spreadsheet (CSV) applied to a scenario: the engine reads the rows (`fromMselCsv`), this
 * module puts them in place of the scenario's injects, and the engine validates the result. Rows
 * keep what a spreadsheet cannot hold (decisions, revealed facts, notes, module) from the scenario's
 * inject of the same id. Loaded on demand only: it carries the YAML writer and the validator.
 *
 *   base YAML ──parse──▶ object ──injects := merge(rows)──▶ YAML ──validateScenario──▶ Scenario | problems
 */
import { parse, stringify } from 'yaml';
import type { PlanModel } from '../plan/model.ts';
import type { Problem } from '../plan/problem.ts';
import { buildMsel } from '../engine/msel.ts';
import { fromMselCsv, type InjectDraft } from '../engine/msel-read.ts';
import type { Scenario } from '../plan/scenario.ts';
import { validateScenario } from '../compiler/scenario/validate.ts';

type Raw = Record<string, unknown>;
const TIMING = ['at', 'when', 'contingency'] as const;

/**
 * The raw injects of `base` with `drafts` in their place, in MSEL order. A draft keeps the
 * decisions, reveals, notes and module of the base inject with its id; its timing, recipients,
 * channel, sender, subject, body and objectives come from the row. An expected action equal to the
 * one the MSEL export derives (`derived`, by inject id) is not written, so a round trip changes nothing.
 */
export function mergeMsel(baseInjects: Raw[], drafts: InjectDraft[], derived: Map<string, string>): Raw[] {
  return drafts.map((d) => {
    const old = baseInjects.find((i) => i.id === d.id) ?? {};
    // A spreadsheet cell loses surrounding blank lines: an unchanged cell keeps the scenario's exact text.
    const same = (k: 'from' | 'subject' | 'body') =>
      typeof old[k] === 'string' && (old[k] as string).trim() === d[k] ? old[k] : d[k];
    const merged: Raw = {
      ...old,
      id: d.id,
      to: d.to,
      channel: d.channel,
      from: same('from'),
      subject: same('subject'),
      body: same('body'),
    };
    for (const k of TIMING) delete merged[k];
    for (const k of TIMING) if (d[k] !== undefined) merged[k] = d[k];
    delete merged.expectedAction;
    if (d.expectedAction && d.expectedAction !== derived.get(d.id)) merged.expectedAction = d.expectedAction;
    else if (typeof old.expectedAction === 'string' && d.expectedAction === old.expectedAction)
      merged.expectedAction = old.expectedAction;
    if (d.objectives?.length) merged.objectives = d.objectives;
    else delete merged.objectives;
    return merged;
  });
}

/** What an MSEL import gives: the new scenario and its YAML, or the problems to fix. */
export interface MselImport {
  scenario?: Scenario;
  /** The scenario YAML after the merge (the new scenario file). */
  text: string;
  problems: Problem[];
}

/** Applies MSEL `csv` (named `file`) to the scenario file `baseText`, validated against `plan`. Never throws. */
export function importMsel(plan: PlanModel, baseText: string, csv: string, file: string): MselImport {
  const base = validateScenario(plan, baseText, 'scenario.yaml');
  if (!base.scenario) return { text: baseText, problems: base.problems };
  const read = fromMselCsv(csv, file);
  if (read.problems.some((p) => p.severity === 'error')) return { text: baseText, problems: read.problems };
  if (!read.injects.length)
    return {
      text: baseText,
      problems: [
        {
          file,
          line: 2,
          column: 1,
          severity: 'error',
          rule: 'msel',
          message: 'the MSEL has no rows; add one row per inject below the header',
        },
      ],
    };
  const derived = new Map(buildMsel(base.scenario).map((r) => [r.inject, r.expectedAction]));
  const raw = parse(baseText) as Raw;
  const text = stringify(
    { ...raw, injects: mergeMsel((raw.injects as Raw[]) ?? [], read.injects, derived) },
    { lineWidth: 0 },
  );
  const checked = validateScenario(plan, text, `${file} (as scenario YAML)`);
  return { ...(checked.scenario ? { scenario: checked.scenario } : {}), text, problems: checked.problems };
}
