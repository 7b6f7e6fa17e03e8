/**
 * Checks that every plan id a scenario mentions exists in the compiled plan: roles, severities,
 * escalation policies, activities, obligation stages, templates, incident types and typed refs,
 * and that scenario-internal ids (modules, objectives, decisions, injects) resolve.
 */
import type { PlanModel } from '../../plan/model.ts';
import { indexRefs } from '../../plan/refs.ts';
import { didYouMean } from '../suggest.ts';
import type { YamlPath } from '../yaml-source.ts';
import type { Condition, PlanAction, Scenario } from './schema.ts';

/** Reports one problem at a path of the scenario file. */
export type Report = (path: YamlPath, rule: string, message: string, severity?: 'error' | 'warning') => void;

/** Checks plan and scenario references, reporting each unknown id with a suggestion. */
export function checkReferences(plan: PlanModel, s: Scenario, report: Report): void {
  const refs = indexRefs(plan);
  const ids = (xs: readonly { id: string }[]) => xs.map((x) => x.id);
  const roles = ids(plan.roles);
  const known = {
    role: roles,
    severity: ids(plan.severities),
    policy: ids(plan.escalationPolicies),
    team: ids(plan.teams),
    person: ids(plan.people),
    activity: plan.playbooks.flatMap((p) => p.activities.map((a) => a.key)),
    stage: plan.obligations.flatMap((o) => o.stages.map((st) => st.key)),
    template: ids(plan.templates),
    'incident type': ids(plan.incidentTypes),
  };
  const where: Record<keyof typeof known, string> = {
    role: 'a role id from roles.yaml',
    severity: 'a severity id from severities.yaml',
    policy: 'an escalation policy id from escalation-policies.yaml',
    team: 'a team id from teams.yaml',
    person: 'a person id from people.yaml',
    activity: 'playbook-id/activity-id of an activity in playbooks/',
    stage: 'obligation-id/stage-id of a stage in obligations.yaml',
    template: 'a template id from templates.yaml',
    'incident type': 'an incident type id from incident-types.yaml',
  };
  const rule = (kind: string) => `scenario-unknown-${kind.replace(' ', '-')}`;
  // Sets, so that a scenario of thousands of injects is checked in time linear in its size.
  const knownSets = Object.fromEntries(Object.entries(known).map(([k, v]) => [k, new Set(v)])) as Record<keyof typeof known, Set<string>>;
  const need = (kind: keyof typeof known, id: string | undefined, path: YamlPath, owner: string) => {
    if (id === undefined || knownSets[kind].has(id)) return;
    report(path, rule(kind), `${owner}: unknown ${kind} "${id}"${didYouMean(id, known[kind])}; use ${where[kind]}`);
  };
  const local = (kind: string, list: ReadonlySet<string>, id: string | undefined, path: YamlPath, owner: string) => {
    if (id === undefined || list.has(id)) return;
    report(path, rule(kind), `${owner}: unknown ${kind} "${id}"${didYouMean(id, list)}; use the id of ${/^[aeiou]/.test(kind) ? 'an' : 'a'} ${kind} defined in this scenario`);
  };
  const modules = new Set(ids(s.modules));
  const objectives = new Set(ids(s.objectives));
  const injects = new Set(ids(s.injects));
  const decisions = new Map(s.injects.flatMap((i) => i.decisions).map((d) => [d.id, d] as const));
  const categories = [...new Set([...plan.incidentTypes.flatMap((t) => t.dataCategories), ...plan.obligations.flatMap((o) => o.appliesWhen.dataCategories)])];

  const action = (a: PlanAction, path: YamlPath, owner: string) => {
    need('severity', a.declare, [...path, 'declare'], owner);
    need('activity', a.perform, [...path, 'perform'], owner);
    need('stage', a.submit, [...path, 'submit'], owner);
    need('template', a.send, [...path, 'send'], owner);
    if (a.page) {
      const [kind, id] = a.page.split(':') as ['policy' | 'role' | 'team' | 'person', string];
      need(kind, id, [...path, 'page'], owner);
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
      else if (o !== undefined) local('option', new Set(ids(decision.options)), o, [...path, 'decided'], `${owner}: decision "${d}"`);
    }
  };

  need('incident type', s.incidentType, ['incidentType'], `scenario "${s.id}"`);
  s.roles.forEach((r, i) => need('role', r, ['roles', i], `scenario "${s.id}"`));
  s.objectives.forEach((o, i) =>
    o.elements.forEach((e, j) => {
      if (refs.has(e)) return;
      report(['objectives', i, 'elements', j], 'scenario-unknown-element', `objective "${o.id}": unknown plan element "${e}"${didYouMean(e, refs.keys())}; use a typed ref such as playbook:<id>, activity:<playbook>/<activity>, obligation:<id> or severity:<id>`);
    }),
  );
  s.modules.forEach((m, i) => m.questions.forEach((q, j) => q.roles.forEach((r, k) => need('role', r, ['modules', i, 'questions', j, 'roles', k], `module "${m.id}"`))));
  s.injects.forEach((inj, i) => {
    const owner = `inject "${inj.id}"`;
    const at = (...p: YamlPath) => ['injects', i, ...p];
    local('module', modules, inj.module, at('module'), owner);
    inj.to.forEach((r, k) => need('role', r, at('to', k), owner));
    need('incident type', inj.reveals.incidentType, at('reveals', 'incidentType'), owner);
    need('severity', inj.reveals.severity, at('reveals', 'severity'), owner);
    inj.reveals.dataCategories.forEach((d, k) => {
      if (!categories.includes(d))
        report(at('reveals', 'dataCategories', k), 'scenario-unused-data-category', `${owner}: data category "${d}" is not used by any incident type or obligation of the plan, so it triggers nothing${didYouMean(d, categories)}`, 'warning');
    });
    inj.objectives.forEach((o, k) => local('objective', objectives, o, at('objectives', k), owner));
    if (inj.when) condition(inj.when, at('when'), owner);
    inj.decisions.forEach((d, j) => {
      const dOwner = `${owner}, decision "${d.id}"`;
      need('role', d.owner, at('decisions', j, 'owner'), dOwner);
      d.options.forEach((o, k) =>
        o.actions.forEach((a, m) => action(a, at('decisions', j, 'options', k, 'actions', m), `${dOwner}, option "${o.id}"`)),
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
