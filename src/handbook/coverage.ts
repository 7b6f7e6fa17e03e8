/**
 * The compliance coverage matrix. For a framework that names a shipped catalog (controls.yaml
 * `catalog:`), every control of the catalog, gaps included: covered, partial, missing or not
 * applicable (with the reason); for any framework, every control the plan maps or cites. A control's
 * elements are its mappings' elements and every activity and chapter citing it (`controls:`); its
 * last exercise and open improvement actions come from the exercise records that test it (their
 * `controls:`, or a mapping naming the record).
 *
 *   catalog controls ─┐
 *   mappings ─────────┼─▶ per control: status · elements (deduplicated, activities with their playbook)
 *   citations ────────┘                 · last exercise · open improvement actions (overdue as of today)
 */
import { CATALOGS } from '../plan/catalogs/index.ts';
import type { Exercise, PlanModel } from '../plan/model.ts';
import { byId } from '../plan/lookup.ts';
import type { ResolvedRef } from '../plan/refs.ts';

/** How well the plan answers to a control. */
export type ControlStatus = 'covered' | 'partial' | 'missing' | 'not-applicable';

/** An open improvement action of an exercise that tested the control. */
export interface OpenAction {
  exercise: string;
  action: string;
  /** The owner role's name. */
  owner: string;
  due: string;
  overdue: boolean;
}

/** One control and its resolved elements. */
export interface CoverageRow {
  control: string;
  title: string;
  status: ControlStatus;
  /** Why it does not apply, or what is missing from a partial one. */
  reason?: string;
  elements: ResolvedRef[];
  /** References that did not resolve (the compiler reports these; kept visible rather than dropped). */
  unresolved: string[];
  /** Whether the control is in the framework's catalog (false: the plan cites a control outside it). */
  inCatalog: boolean;
  lastExercise?: { id: string; title: string; date: string };
  openActions: OpenAction[];
}

/** The controls of one framework. */
export interface FrameworkCoverage {
  id: string;
  name: string;
  /** The catalog the framework answers to, if it names one. */
  catalog?: { id: string; name: string; source: string };
  rows: CoverageRow[];
  counts: Record<ControlStatus, number>;
}

/** Coverage already built, by plan, its index and date: the coverage pages, the CSV and the three OSCAL documents share one. */
const built = new WeakMap<PlanModel, WeakMap<Map<string, ResolvedRef>, Map<string, readonly FrameworkCoverage[]>>>();

/** Groups the plan's controls by framework, in the order frameworks are declared (built once per plan, index and date). */
export function buildCoverage(
  plan: PlanModel,
  refs: Map<string, ResolvedRef>,
  today = '0000-00-00',
): readonly FrameworkCoverage[] {
  let byRefs = built.get(plan);
  if (!byRefs) built.set(plan, (byRefs = new WeakMap()));
  let byDay = byRefs.get(refs);
  if (!byDay) byRefs.set(refs, (byDay = new Map()));
  let coverage = byDay.get(today);
  if (!coverage) byDay.set(today, (coverage = coverageOf(plan, refs, today)));
  return coverage;
}

function coverageOf(plan: PlanModel, refs: Map<string, ResolvedRef>, today: string): FrameworkCoverage[] {
  const playbookName = new Map(plan.playbooks.map((p) => [p.id, p.name]));
  // An activity is named with its playbook: two playbooks may each have "Declare the incident".
  const resolve = (ref: string): ResolvedRef | undefined => {
    const r = refs.get(ref);
    return r && r.kind === 'activity'
      ? { ...r, name: `${r.name} (${playbookName.get(r.id.split('/')[0]) ?? r.id.split('/')[0]})` }
      : r;
  };
  const roleName = byId(plan).roleName;
  return plan.frameworks.map((f) => {
    const catalog = f.catalog ? CATALOGS[f.catalog] : undefined;
    // full: a mapping says so, or an element cites the control; fullMapping: a mapping says so.
    const cited = new Map<
      string,
      { title?: string; refs: string[]; partial: string[]; full: boolean; fullMapping: boolean; exercises: Set<string> }
    >();
    const entry = (control: string) => {
      if (!cited.has(control))
        cited.set(control, { refs: [], partial: [], full: false, fullMapping: false, exercises: new Set() });
      return cited.get(control)!;
    };
    for (const m of plan.controlMappings.filter((x) => x.framework === f.id)) {
      const e = entry(m.control);
      e.title ??= m.title;
      e.refs.push(...m.elements);
      if (m.coverage === 'partial') e.partial.push(m.gap ?? 'partly covered');
      else e.full = e.fullMapping = true;
      for (const r of m.elements) if (r.startsWith('exercise:')) e.exercises.add(r.slice('exercise:'.length));
    }
    const prefix = `${f.id}:`;
    for (const a of plan.playbooks.flatMap((p) => p.activities))
      for (const c of a.controls)
        if (c.startsWith(prefix))
          Object.assign(entry(c.slice(prefix.length)), { full: true }).refs.push(`activity:${a.key}`);
    for (const ch of plan.chapters)
      for (const c of ch.controls)
        if (c.startsWith(prefix))
          Object.assign(entry(c.slice(prefix.length)), { full: true }).refs.push(`chapter:${ch.id}`);
    for (const x of plan.exercises)
      for (const c of x.controls ?? []) if (c.startsWith(prefix)) entry(c.slice(prefix.length)).exercises.add(x.id);

    const notApplicable = new Map((f.notApplicable ?? []).map((n) => [n.control, n.reason]));
    const inCatalog = new Set(catalog?.controls.map((c) => c.id));
    const controls = [
      ...(catalog?.controls ?? []),
      ...[...cited.keys()].filter((c) => !inCatalog.has(c)).map((id) => ({ id, title: cited.get(id)!.title ?? '' })),
    ];
    const rows = controls.map(({ id, title }): CoverageRow => {
      const e = cited.get(id);
      const unique = [...new Set(e?.refs ?? [])];
      const exercises = plan.exercises.filter((x) => e?.exercises.has(x.id));
      const last = [...exercises].sort((a, b) => (a.date < b.date ? 1 : -1))[0];
      // A partial mapping is the author's own judgement: it stands unless another mapping says full.
      const status: ControlStatus = notApplicable.has(id)
        ? 'not-applicable'
        : !e || (!e.full && !e.partial.length)
          ? 'missing'
          : e.partial.length && !e.fullMapping
            ? 'partial'
            : 'covered';
      const reason = notApplicable.get(id) ?? (status === 'partial' ? e!.partial.join('; ') : undefined);
      return {
        control: id,
        title: inCatalog.has(id) ? title : (e?.title ?? title),
        status,
        ...(reason && { reason }),
        elements: unique.flatMap((r) => resolve(r) ?? []),
        unresolved: unique.filter((r) => !refs.has(r)),
        inCatalog: inCatalog.has(id),
        ...(last && { lastExercise: { id: last.id, title: last.title, date: last.date } }),
        openActions: openActions(exercises, roleName, today),
      };
    });
    const counts = { covered: 0, partial: 0, missing: 0, 'not-applicable': 0 };
    for (const r of rows) counts[r.status]++;
    return {
      id: f.id,
      name: f.name,
      ...(catalog && { catalog: { id: catalog.id, name: catalog.name, source: catalog.source } }),
      rows,
      counts,
    };
  });
}

/** The improvement actions not done of `exercises`, overdue ones flagged as of `today`. */
function openActions(exercises: readonly Exercise[], roleName: (id: string) => string, today: string): OpenAction[] {
  return exercises.flatMap((x) =>
    x.improvements
      .filter((i) => i.status !== 'done')
      .map((i) => ({
        exercise: x.title,
        action: i.action,
        owner: roleName(i.owner),
        due: i.due,
        overdue: i.due < today,
      })),
  );
}
