/**
 * `npm run verify -- <folder or URL> [--publisher-key ed25519:…] [--content DIR]`: checks a published
 * handbook against its audit manifest (every file's SHA-256, the manifest's signature, the signed
 * approvals) and names each file that differs; with `--content`, also that the plan folder given is
 * the plan the site was built from (the same digest). Exit code 1 when anything does not match.
 */
import { parseArgs } from 'node:util';
import { compilePlan, modelOf } from '../compiler/compile.ts';
import { folderReader, urlReader, verifySite } from './verify-site.ts';

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: { 'publisher-key': { type: 'string' }, content: { type: 'string' } },
});
const target = positionals[0] ?? 'dist';
const reader = /^https?:\/\//.test(target) ? urlReader(target) : folderReader(target);
const result = await verifySite(reader, { publisherKey: values['publisher-key'] });
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
