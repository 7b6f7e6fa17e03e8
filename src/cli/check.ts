/**
 * `npm run check [-- --json] [--content DIR] [--today YYYY-MM-DD]`: compiles the plan and prints every
 * problem as `path:line:column  severity  rule  message`, then a summary. Exits 1 on errors.
 */
import { compilePlan, formatProblem, summarise } from '../compiler/index.ts';

function arg(name: string): string | undefined {
  const i = process.argv.indexOf(name);
  return i > 0 ? process.argv[i + 1] : undefined;
}

const json = process.argv.includes('--json');
const dir = arg('--content') ?? 'content';
const started = performance.now();
const result = compilePlan(dir, { today: arg('--today') });
const ms = performance.now() - started;

if (json) {
  const errors = result.problems.filter((p) => p.severity === 'error').length;
  process.stdout.write(
    JSON.stringify({ ok: result.ok, errors, warnings: result.problems.length - errors, digest: result.plan?.digest, problems: result.problems }, null, 2) + '\n',
  );
} else {
  for (const p of result.problems) console.log(formatProblem(p));
  const plan = result.plan;
  const counts = plan
    ? ` (${plan.roles.length} roles, ${plan.playbooks.length} playbooks, ${plan.playbooks.reduce((n, p) => n + p.activities.length, 0)} activities, ${plan.obligations.length} obligations, ${plan.chapters.length} chapters)`
    : '';
  console.log(`${result.ok ? '✔' : '✘'} ${dir}: ${summarise(result.problems)}${counts} in ${Math.round(ms)} ms`);
}
process.exitCode = result.ok ? 0 : 1;
