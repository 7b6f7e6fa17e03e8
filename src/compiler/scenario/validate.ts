/**
 * Validates a scenario file: YAML syntax, the zod schema, every plan reference, then the
 * scenario's own logic (unique ids, a clock that never goes backwards, triggers that can fire,
 * injects that can be reached). Browser-safe: the simulator validates imported scenarios with it.
 *
 *   text ──parseYaml──▶ YamlSource ──scenarioSchema──▶ Scenario ──references, structure──▶ problems
 */
import type { PlanModel } from '../../plan/model.ts';
import { parseYaml, locate, type YamlPath, type YamlSource } from '../yaml-source.ts';
import { zodProblems } from '../zod-messages.ts';
import { sortProblems, type Problem } from '../problems.ts';
import { durationToMs } from '../../plan/time.ts';
import { isReservedName } from '../../plan/routes.ts';
import { formatClock, parseClock } from '../../plan/scenario-time.ts';
import { scenarioSchema, type Scenario } from '../../plan/schema/scenario.ts';
import { checkReferences, type Report } from './references.ts';
import { checkModuleStarts } from './module-starts.ts';
import { questionId } from '../../plan/scenario-modules.ts';
import { reachableInjects, whyNever, worldOf } from './world.ts';
import { tooDeepTriggers, triggerDepthMessage } from './trigger-depth.ts';
import { checkArising } from './arising.ts';
import { checkPlayability } from './playability.ts';
import { checkPromptDeadlines } from './prompt-deadline.ts';
import { checkFacts } from './facts.ts';

/** Outcome of validating one scenario file. */
export interface ScenarioValidation {
  /** The scenario, present only when there is no error. */
  scenario?: Scenario;
  /** Every problem, sorted by position. */
  problems: Problem[];
  /** True when there is no error (warnings allowed). */
  ok: boolean;
}

/**
 * Validates scenario `text` (named `file` in messages) against `plan`. Never throws: anything
 * unexpected is reported as one problem at the top of the file.
 */
export function validateScenario(plan: PlanModel, text: string, file: string): ScenarioValidation {
  try {
    return validate(plan, text, file);
  } catch (err) {
    const reason = String((err as Error)?.message ?? err).split('\n')[0];
    return done([
      {
        file,
        line: 1,
        column: 1,
        severity: 'error',
        rule: 'scenario-unchecked',
        message: `the scenario could not be checked (${reason}); check that it is a scenario file, and report this message to the Drillbook maintainers with the file`,
      },
    ]);
  }
}

function validate(plan: PlanModel, text: string, file: string): ScenarioValidation {
  const { source, problems } = parseYaml(file, text);
  if (!source) return done(problems);
  if (source.data === null || source.data === undefined) {
    return done([
      {
        file,
        line: 1,
        column: 1,
        severity: 'error',
        rule: 'file-empty',
        message: 'the scenario file is empty; write a scenario (see scenarios/ for examples)',
      },
    ]);
  }
  // zod checks a trigger by recursion: one nested too deeply is reported before it gets there.
  const deep = tooDeepTriggers(source.data);
  if (deep.length)
    return done(
      deep.map(({ path, owner }) => ({
        file,
        ...locate(source, path),
        severity: 'error',
        rule: 'scenario-trigger-depth',
        message: triggerDepthMessage(owner),
      })),
    );
  const parsed = scenarioSchema.safeParse(source.data, { reportInput: true });
  if (!parsed.success) return done(zodProblems(source, scenarioSchema, parsed.error.issues, 'scenario'));
  const scenario = parsed.data;
  const report: Report = (path, rule, message, severity = 'error') =>
    problems.push({ file, ...locate(source, path), severity, rule, message });
  checkDuplicates(scenario, report);
  checkRoute(scenario, report);
  checkReferences(plan, scenario, report);
  checkFacts(plan, scenario, report);
  if (!problems.some((p) => p.severity === 'error')) {
    checkStructure(scenario, source, report);
    checkArising(plan, scenario, report);
    checkPlayability(plan, scenario, report);
    checkPromptDeadlines(plan, scenario, report);
  }
  const result = done(problems);
  return result.ok ? { ...result, scenario } : result;
}

function done(problems: Problem[]): ScenarioValidation {
  const sorted = sortProblems(problems);
  return { problems: sorted, ok: !sorted.some((p) => p.severity === 'error') };
}

function checkDuplicates(s: Scenario, report: Report) {
  const unique = (kind: string, items: { id: string; path: YamlPath }[]) => {
    const seen = new Set<string>();
    for (const { id, path } of items) {
      if (seen.has(id))
        report(
          [...path, 'id'],
          'scenario-duplicate-id',
          `${kind} "${id}" is defined twice; give each ${kind} its own id`,
        );
      seen.add(id);
    }
  };
  const list = <T extends { id: string }>(xs: T[], base: YamlPath) =>
    xs.map((x, i) => ({ id: x.id, path: [...base, i] }));
  unique('objective', list(s.objectives, ['objectives']));
  unique('module', list(s.modules, ['modules']));
  unique('inject', list(s.injects, ['injects']));
  unique('expectation', list(s.expectations, ['expectations']));
  // A question's id is its own or `<module>-q<n>`: a written id may take a derived one.
  unique(
    'question',
    s.modules.flatMap((m, i) =>
      m.questions.map((_, j) => ({ id: questionId(m, j + 1), path: ['modules', i, 'questions', j] as YamlPath })),
    ),
  );
  unique(
    'decision',
    s.injects.flatMap((inj, i) => list(inj.decisions, ['injects', i, 'decisions'])),
  );
  s.injects.forEach((inj, i) =>
    inj.decisions.forEach((d, j) =>
      unique(`option of decision "${d.id}"`, list(d.options, ['injects', i, 'decisions', j, 'options'])),
    ),
  );
}

/** The scenario's id names its briefing page, `/exercises/<id>/`: it must not take a simulator page's name. */
function checkRoute(s: Scenario, report: Report) {
  if (isReservedName('/exercises/', s.id))
    report(
      ['id'],
      'scenario-reserved-id',
      `scenario id "${s.id}" would take the URL /exercises/${s.id}/ of ${s.id === 'index' ? 'the Exercises page' : s.id === 'data' ? "the simulator's data files" : `the simulator's ${s.id} page`}; give the scenario another id, e.g. "${s.id}-exercise"`,
    );
}

function checkStructure(s: Scenario, src: YamlSource, report: Report) {
  void src;
  const duration = durationToMs(s.duration);
  let previous: { id: string; at: number } | undefined;
  s.injects.forEach((inj, i) => {
    if (inj.at === undefined) return;
    const at = parseClock(inj.at)!;
    if (previous && at < previous.at)
      report(
        ['injects', i, 'at'],
        'scenario-clock-backwards',
        `inject "${inj.id}": the clock goes backwards: ${inj.at} is earlier than inject "${previous.id}" at ${formatClock(previous.at)} above it; list injects in time order or correct the time`,
      );
    else previous = { id: inj.id, at };
    if (at > duration)
      report(
        ['injects', i, 'at'],
        'scenario-after-end',
        `inject "${inj.id}": ${inj.at} is after the end of the scenario (duration ${s.duration}); move it earlier or lengthen "duration"`,
      );
  });
  checkModuleStarts(s, report);
  const universe = worldOf(s.injects, duration);
  const reachable = reachableInjects(s, duration);
  const reachedWorld = worldOf(
    s.injects.filter((i) => reachable.has(i.id)),
    duration,
  );
  s.injects.forEach((inj, i) => {
    if (inj.contingency || !inj.when) return;
    const never = whyNever(inj.when, universe);
    if (never)
      report(
        ['injects', i, 'when'],
        'scenario-trigger-never-fires',
        `inject "${inj.id}": this trigger can never fire: ${never}; correct the condition`,
      );
    else if (!reachable.has(inj.id)) {
      const why = whyNever(inj.when, reachedWorld) ?? 'nothing that happens before it can make its trigger true';
      report(
        ['injects', i],
        'scenario-inject-unreachable',
        `inject "${inj.id}" can never be delivered: ${why} on any path through the scenario; change its trigger or add the inject or option it depends on`,
      );
    }
  });
  s.expectations.forEach((e, i) => {
    const never = e.when && whyNever(e.when, universe);
    if (never)
      report(
        ['expectations', i, 'when'],
        'scenario-trigger-never-fires',
        `expectation "${e.id}": this trigger can never fire: ${never}; correct the condition`,
      );
  });
}
