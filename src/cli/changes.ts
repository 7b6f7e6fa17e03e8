/**
 * `npm run changes -- --from <folder or git ref> [--to <folder or git ref>] [--json] [--content DIR]`:
 * what changed between two versions of a plan, element by element: added, removed, and each changed
 * field before and after, in words (notable changes first: Accountable role, deadlines, escalation)
 * or as JSON. `--to` defaults to the plan folder (`content`); a git ref reads that folder at the ref.
 */
import { parseArgs } from 'node:util';
import { planFolders } from '../compiler/plan-folders.ts';
import { diffPlans } from '../plan/changes.ts';
import { changeLines, wordChanges } from '../plan/change-words.ts';
import { planOf } from '../integration/plan-version.ts';

const { values } = parseArgs({
  options: { from: { type: 'string' }, to: { type: 'string' }, json: { type: 'boolean' }, content: { type: 'string' } },
});
const content = planFolders({ content: values.content }).content;
if (!values.from) {
  console.error(
    '✘ name the version to compare from: npm run changes -- --from <folder or git ref> [--to <folder or git ref>]',
  );
  process.exit(1);
}
try {
  const a = planOf(values.from, content);
  const b = planOf(values.to ?? content, content);
  const report = diffPlans(a, b);
  if (values.json) {
    const worded = wordChanges(report, a, b);
    process.stdout.write(
      JSON.stringify(
        {
          ...report,
          changes: report.changes.map((c, i) => ({
            ...c,
            words: worded[i].fields.map((f) => f.text),
            notable: worded[i].notable,
          })),
        },
        null,
        2,
      ) + '\n',
    );
  } else for (const line of changeLines(report, a, b)) console.log(line);
} catch (err) {
  console.error(`✘ ${(err as Error).message}`);
  process.exit(1);
}
