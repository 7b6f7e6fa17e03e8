/**
 * Checks that every plan id a scenario mentions exists in the compiled plan: roles, severities,
 * escalation policies, activities, obligation stages, templates, incident types and typed refs,
 * and that scenario-internal ids (modules, objectives, decisions, injects) resolve.
 */
import { conditionsIn } from '../../plan/applies-when.ts';
import type { PlanModel } from '../../plan/model.ts';
import { indexRefs } from '../../plan/refs.ts';
import { ELEMENT_KINDS, REF_KINDS, whereDeclared, type RefKind } from '../../plan/element-kinds.ts';
import { didYouMean } from '../suggest.ts';
import type { YamlPath } from '../yaml-source.ts';
import type { Scenario } from '../../plan/schema/scenario.ts';
import type { Condition } from '../../plan/schema/scenario-condition.ts';
import type { PlanAction } from '../../plan/schema/scenario-decision.ts';
import { SEVERITY_SCALE } from '../../plan/level-times.ts';

/** Reports one problem at a path of the scenario file. */
export type Report = (path: YamlPath, rule: string, message: string, severity?: 'error' | 'warning') => void;

/** Checks plan and scenario references, reporting each unknown id with a suggestion. */
export function checkReferences(plan: PlanModel, s: Scenario, report: Report): void {
  const refs = indexRefs(plan);
  const ids = (xs: readonly { id: string }[]) => xs.map((x) => x.id);
  // Every plan id by kind, in plan order, from the index of typed references; messages name the kinds as the vocabulary does.
  const known = Object.fromEntries(REF_KINDS.map((k) => [k, [] as string[]])) as Record<RefKind, string[]>;
  for (const r of refs.values()) known[r.kind].push(r.id);
  const rule = (kind: string) => `scenario-unknown-${kind.replace(' ', '-')}`;
  // Sets, so that a scenario of thousands of injects is checked in time linear in its size.
  const knownSets = Object.fromEntries(Object.entries(known).map(([k, v]) => [k, new Set(v)])) as Record<
    RefKind,
    Set<string>
  >;
  /** `word`: how the message names the kind; a page target names it as written (`policy:<id>`). */
  const need = (
    kind: RefKind,
    id: string | undefined,
    path: YamlPath,
    owner: string,
    word: string = ELEMENT_KINDS[kind].name,
  ) => {
    if (id === undefined || knownSets[kind].has(id)) return;
    report(
      path,
      rule(kind),
      `${owner}: unknown ${word} "${id}"${didYouMean(id, known[kind])}; use ${whereDeclared(kind)}`,
    );
  };
  const local = (kind: string, list: ReadonlySet<string>, id: string | undefined, path: YamlPath, owner: string) => {
    if (id === undefined || list.has(id)) return;
    report(
      path,
      rule(kind),
      `${owner}: unknown ${kind} "${id}"${didYouMean(id, list)}; use the id of ${/^[aeiou]/.test(kind) ? 'an' : 'a'} ${kind} defined in this scenario`,
    );
  };
  /** A role or, where the plan has teams, a team: addressees, decision owners, people asked a question. */
  const party = (id: string, path: YamlPath, owner: string) => {
    if (knownSets.role.has(id) || knownSets.team.has(id)) return;
    if (!known.team.length) return need('role', id, path, owner);
    report(
      path,
      'scenario-unknown-role-or-team',
      `${owner}: unknown role or team "${id}"${didYouMean(id, [...known.role, ...known.team])}; use a role id from roles.yaml or a team id from teams.yaml`,
    );
  };
  const modules = new Set(ids(s.modules));
  const objectives = new Set(ids(s.objectives));
  const injects = new Set(ids(s.injects));
  const decisions = new Map(s.injects.flatMap((i) => i.decisions).map((d) => [d.id, d] as const));
  const categories = [
    ...new Set([
      ...plan.incidentTypes.flatMap((t) => t.dataCategories),
      ...plan.obligations.flatMap((o) => conditionsIn(o.appliesWhen).flatMap((c) => c.condition.dataCategories)),
      ...plan.playbooks.flatMap((p) =>
        p.activities.flatMap((a) => conditionsIn(a.appliesWhen).flatMap((c) => c.condition.dataCategories)),
      ),
    ]),
  ];

  const planEvents = (plan.document.events ?? []).map((e) => e.id);
  const planLevels = (plan.scales ?? []).flatMap((sc) => sc.levels.map((l) => `${sc.id}:${l.id}`));
  // What a decision may set: those levels, and the severities as levels of the severity scale.
  const settable = [...planLevels, ...plan.severities.map((sev) => `${SEVERITY_SCALE}:${sev.id}`)];

  const action = (a: PlanAction, path: YamlPath, owner: string) => {
    need('severity', a.declare, [...path, 'declare'], owner);
    need('activity', a.perform, [...path, 'perform'], owner);
    need('stage', a.submit, [...path, 'submit'], owner);
    need('template', a.send, [...path, 'send'], owner);
    if (a.setLevel !== undefined && !settable.includes(a.setLevel))
      report(
        [...path, 'setLevel'],
        'scenario-unknown-level',
        `${owner}: "${a.setLevel}" is not a level of the plan${didYouMean(a.setLevel, settable)}; set one of ${settable.join(', ')} (a level of scales.yaml as <scale>:<level>, a severity as severity:<id>)`,
      );
    if (a.page) {
      const [kind, id] = a.page.split(':') as ['policy' | 'role' | 'team' | 'person', string];
      need(kind, id, [...path, 'page'], owner, kind);
    }
  };
  const condition = (c: Condition, path: YamlPath, owner: string) => {
    c.all?.forEach((x, i) => condition(x, [...path, 'all', i], owner));
    c.any?.forEach((x, i) => condition(x, [...path, 'any', i], owner));
    if (c.not) condition(c.not, [...path, 'not'], owner);
    need('severity', c.severity, [...path, 'severity'], owner);
    local('inject', injects, c.delivered, [...path, 'delivered'], owner);
    if (c.decided) {
      const [d, o] = c.decided.split('/');
      const decision = decisions.get(d);
      if (!decision) local('decision', new Set(decisions.keys()), d, [...path, 'decided'], owner);
      else if (o !== undefined)
        local('option', new Set(ids(decision.options)), o, [...path, 'decided'], `${owner}: decision "${d}"`);
    }
  };

  need('incident-type', s.incidentType, ['incidentType'], `scenario "${s.id}"`);
  s.roles.forEach((r, i) => need('role', r, ['roles', i], `scenario "${s.id}"`));
  s.objectives.forEach((o, i) =>
    o.elements.forEach((e, j) => {
      if (refs.has(e)) return;
      report(
        ['objectives', i, 'elements', j],
        'scenario-unknown-element',
        `objective "${o.id}": unknown plan element "${e}"${didYouMean(e, refs.keys())}; use a typed ref such as playbook:<id>, activity:<playbook>/<activity>, obligation:<id> or severity:<id>`,
      );
    }),
  );
  s.scope?.playbooks?.forEach((p, i) => need('playbook', p, ['scope', 'playbooks', i], `scenario "${s.id}", scope`));
  s.scope?.phases?.forEach((p, i) => need('phase', p, ['scope', 'phases', i], `scenario "${s.id}", scope`));
  s.modules.forEach((m, i) =>
    m.questions.forEach((q, j) =>
      q.roles.forEach((r, k) => party(r, ['modules', i, 'questions', j, 'roles', k], `module "${m.id}"`)),
    ),
  );
  // What an answer covers: plan work by typed ref, or an expectation of this scenario by its id.
  const expectations = new Set(ids(s.expectations));
  s.modules.forEach((m, i) =>
    m.questions.forEach((q, j) =>
      q.covers.forEach((c, k) => {
        const path: YamlPath = ['modules', i, 'questions', j, 'covers', k];
        const owner = `module "${m.id}", question ${j + 1}`;
        if (c.startsWith('activity:')) need('activity', c.slice('activity:'.length), path, owner);
        else if (c.startsWith('stage:')) need('stage', c.slice('stage:'.length), path, owner);
        else local('expectation', expectations, c, path, owner);
      }),
    ),
  );
  s.injects.forEach((inj, i) => {
    const owner = `inject "${inj.id}"`;
    const at = (...p: YamlPath) => ['injects', i, ...p];
    local('module', modules, inj.module, at('module'), owner);
    inj.to.forEach((r, k) => party(r, at('to', k), owner));
    need('incident-type', inj.reveals.incidentType, at('reveals', 'incidentType'), owner);
    need('severity', inj.reveals.severity, at('reveals', 'severity'), owner);
    inj.reveals.dataCategories.forEach((d, k) => {
      if (!categories.includes(d))
        report(
          at('reveals', 'dataCategories', k),
          'scenario-unused-data-category',
          `${owner}: data category "${d}" is not used by any incident type, obligation or activity of the plan, so it triggers nothing${didYouMean(d, categories)}`,
          'warning',
        );
    });
    inj.reveals.levels.forEach((l, k) => {
      if (!planLevels.includes(l))
        report(
          at('reveals', 'levels', k),
          'scenario-unknown-level',
          `${owner}: "${l}" is not a level of the plan's scales.yaml${didYouMean(l, planLevels)}; reveal one of ${planLevels.length ? planLevels.join(', ') : 'its levels (the plan has no scales.yaml)'}`,
        );
    });
    inj.reveals.events.forEach((e, k) => {
      if (!planEvents.includes(e))
        report(
          at('reveals', 'events', k),
          'scenario-unknown-event',
          `${owner}: "${e}" is not an event in plan.yaml${didYouMean(e, planEvents)}; reveal one of its events${planEvents.length ? ` (${planEvents.join(', ')})` : ''}, or an anchor event under anchors`,
        );
    });
    inj.objectives.forEach((o, k) => local('objective', objectives, o, at('objectives', k), owner));
    if (inj.when) condition(inj.when, at('when'), owner);
    inj.decisions.forEach((d, j) => {
      const dOwner = `${owner}, decision "${d.id}"`;
      party(d.owner, at('decisions', j, 'owner'), dOwner);
      d.options.forEach((o, k) =>
        o.actions.forEach((a, m) =>
          action(a, at('decisions', j, 'options', k, 'actions', m), `${dOwner}, option "${o.id}"`),
        ),
      );
    });
  });
  s.expectations.forEach((e, i) => {
    const owner = `expectation "${e.id}"`;
    action(e.act, ['expectations', i, 'act'], owner);
    need('role', e.owner, ['expectations', i, 'owner'], owner);
    local('objective', objectives, e.objective, ['expectations', i, 'objective'], owner);
    if (e.when) condition(e.when, ['expectations', i, 'when'], owner);
  });
}
