/**
 * `npm run check [-- --json] [--content DIR] [--scenarios DIR] [--today YYYY-MM-DD]`: compiles the plan,
 * validates every exercise scenario (`scenarios/*.yaml`) against it (the folders the build reads: plan-folders.ts), and prints every problem as
 * `path:line:column  severity  rule  message`, then a summary. Exits 1 on errors.
 * Every file is read through the safe reader (`compiler/read-folder.ts`): a file that cannot be read
 * is one located line like any other problem, never a stack trace.
 */
import { compilePlan } from '../compiler/compile.ts';
import { formatProblem, sortProblems, summarise, type Problem } from '../compiler/problems.ts';
import { readScenarioDir, scenarioPrefix } from '../compiler/read-folder.ts';
import { validateScenarios } from '../compiler/scenario/validate-all.ts';
import { planFolders } from '../compiler/plan-folders.ts';
import { changesSinceApproval } from '../integration/since-approval.ts';
import { changeLines } from '../plan/change-words.ts';

function arg(name: string): string | undefined {
  const i = process.argv.indexOf(name);
  return i > 0 ? process.argv[i + 1] : undefined;
}

const json = process.argv.includes('--json');
// The same folders the build reads (plan-folders.ts): options first, then DRILLBOOK_CONTENT / DRILLBOOK_SCENARIOS.
const folders = planFolders({ content: arg('--content'), scenarios: arg('--scenarios') });
const dir = folders.content;
const started = performance.now();
const compiled = compilePlan(dir, { today: arg('--today') });
const scenarioDir = folders.scenarios;
// The default scenarios/ may be absent; a folder named with --scenarios or DRILLBOOK_SCENARIOS must exist.
const scenarioRead = scenarioDir ? readScenarioDir(scenarioDir, folders.scenariosNamed) : { files: [], problems: [] };
const scenarioFiles = scenarioRead.files;
// Scenarios are checked against a complete plan only; a broken plan would make every reference look unknown.
const scenarioProblems: Problem[] = [
  ...scenarioRead.problems,
  ...(compiled.ok
    ? validateScenarios(
        compiled.plan,
        scenarioFiles.map((f) => ({ file: `${scenarioPrefix(scenarioDir!)}${f.path}`, text: f.text })),
      ).problems
    : []),
];
const problems = sortProblems([...compiled.problems, ...scenarioProblems]);
const result = { problems, ok: !problems.some((p) => p.severity === 'error') };
// A failed compile still counts (and fingerprints) the elements that validated.
const plan = compiled.ok ? compiled.plan : compiled.partial;
const ms = performance.now() - started;

// An approval no longer current: what changed since, element by element, when git history has the signed files.
const since = sinceApproval();

if (json) {
  const errors = result.problems.filter((p) => p.severity === 'error').length;
  process.stdout.write(
    JSON.stringify(
      {
        ok: result.ok,
        errors,
        warnings: result.problems.length - errors,
        digest: plan?.digest,
        problems: result.problems,
        ...(since && { changesSinceApproval: since.report }),
      },
      null,
      2,
    ) + '\n',
  );
} else {
  for (const p of result.problems) console.log(formatProblem(p));
  if (since && plan) for (const line of changeLines(since.report, since.before, plan)) console.log(`  ${line}`);
  const counts = plan
    ? ` (${plan.roles.length} roles, ${plan.playbooks.length} playbooks, ${plan.playbooks.reduce((n, p) => n + p.activities.length, 0)} activities, ${plan.obligations.length} obligations, ${plan.chapters.length} chapters${compiled.ok && scenarioFiles.length ? `, ${scenarioFiles.length} scenarios` : ''})`
    : '';
  console.log(
    `${result.ok ? '✔' : '✘'} ${blamed(result.problems)}: ${summarise(result.problems)}${counts} in ${Math.round(ms)} ms`,
  );
}
process.exitCode = result.ok ? 0 : 1;

/** The folders the summary names: where the errors are (or, without errors, the warnings), else the plan folder. */
function blamed(problems: Problem[]): string {
  const errors = problems.filter((p) => p.severity === 'error');
  const shown = errors.length ? errors : problems;
  const inScenarios = (p: Problem) => scenarioDir !== undefined && p.file.startsWith(scenarioPrefix(scenarioDir));
  const names = [...new Set(shown.map((p) => (inScenarios(p) ? scenarioDir! : dir)))];
  return names.length ? names.sort((a) => (a === dir ? -1 : 1)).join(' and ') : dir;
}

/** The element changes since the newest signed approval of another digest, when `approval-current` reports one. */
function sinceApproval() {
  // A plan whose only error is a stale approval is a failed compile: its elements are in `partial`.
  const plan = compiled.ok ? compiled.plan : compiled.partial;
  if (!plan?.approvals || !compiled.problems.some((p) => p.rule === 'approval-current')) return undefined;
  const stale = plan.approvals
    .filter((a) => a.signed && a.digest !== plan.digest)
    .sort((a, b) => (a.date < b.date ? 1 : -1))[0];
  return stale ? changesSinceApproval(dir, plan, stale) : undefined;
}
