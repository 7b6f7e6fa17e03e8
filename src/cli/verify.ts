/**
 * `npm run verify -- <folder or URL> [--publisher-key ed25519:…] [--content DIR] [--trust FILE]
 * [--approver-key person=KEY …]`: checks a published handbook against its audit manifest (every file's
 * SHA-256, the manifest's signature, the signed approvals) and names each file that differs; with
 * `--content`, also that the plan folder given is the plan the site was built from (the same digest);
 * with `--trust` / `--approver-key`, the approvals against approver keys the auditor pinned (trusted-keys.ts)
 * instead of the keys in the site's plan. Exit code 1 when anything does not match, 2 on a bad trust file.
 */
import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { compilePlan, modelOf } from '../compiler/compile.ts';
import { folderReader, urlReader, verifySite } from './verify-site.ts';
import { readPinnedApprovers, type PinnedApprovers } from './trusted-keys.ts';

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: {
    'publisher-key': { type: 'string' },
    content: { type: 'string' },
    trust: { type: 'string' },
    'approver-key': { type: 'string', multiple: true },
  },
});
const approvers = pinnedApprovers();
const target = positionals[0] ?? 'dist';
const reader = /^https?:\/\//.test(target) ? urlReader(target) : folderReader(target);
const result = await verifySite(reader, { publisherKey: values['publisher-key'], approvers });
let ok = result.ok;
for (const line of result.lines) console.log(line);
if (values.content && result.manifest) {
  const digest = modelOf(compilePlan(values.content))?.digest;
  if (digest === result.manifest.plan.digest)
    console.log(`✔ ${values.content} is the plan the site was built from (digest ${digest})`);
  else {
    ok = false;
    console.log(
      `✘ ${values.content} has digest ${digest ?? '(does not compile)'}, the site was built from ${result.manifest.plan.digest}`,
    );
  }
}
console.log(
  ok
    ? `✔ ${target} is the published site its manifest describes`
    : `✘ ${target}: ${result.differing.length} file(s) differ${result.differing.length ? `: ${result.differing.join(', ')}` : ''}`,
);
process.exitCode = ok ? 0 : 1;

/** The approver keys pinned with --trust and --approver-key, if any; a mistake in them stops here. */
function pinnedApprovers(): PinnedApprovers | undefined {
  if (!values.trust && !values['approver-key']?.length) return undefined;
  let file: { name: string; text: string } | undefined;
  if (values.trust)
    try {
      file = { name: values.trust, text: readFileSync(values.trust, 'utf8') };
    } catch (e) {
      console.error(`✘ --trust ${values.trust}: cannot be read (${(e as NodeJS.ErrnoException).code ?? 'error'})`);
      process.exit(2);
    }
  const read = readPinnedApprovers(file, values['approver-key'] ?? []);
  if (read.ok) return read.approvers;
  for (const error of read.errors) console.error(`✘ ${error}`);
  process.exit(2);
}
