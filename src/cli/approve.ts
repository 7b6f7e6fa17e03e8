/**
 * `npm run approve -- --key FILE [--content DIR] [--role ROLE] [--date YYYY-MM-DD] [--note TEXT]`:
 * signs the plan as it is now: an in-toto approval statement over the plan digest in a DSSE
 * envelope, written to `<plan folder>/approvals/<person>-<role>-<version>.json`. The signer is the
 * person whose `publicKey` in people.yaml matches the key.
 *
 * `npm run approve -- --new-key FILE`: writes a new Ed25519 key pair to FILE (never over an
 * existing file, readable by its owner only) and prints the public key for people.yaml.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { parseArgs } from 'node:util';
import { compilePlan, defaultToday, modelOf } from '../compiler/compile.ts';
import { formatProblem } from '../compiler/problems.ts';
import { planFolders } from '../compiler/plan-folders.ts';
import { makeApproval, newKeyFile, readKeyFile } from '../compiler/approvals/approve.ts';

const { values } = parseArgs({
  options: {
    key: { type: 'string' },
    'new-key': { type: 'string' },
    content: { type: 'string' },
    role: { type: 'string' },
    date: { type: 'string' },
    note: { type: 'string' },
  },
});

/** Prints `message` and ends with exit code 1. */
function fail(message: string): never {
  console.error(`✘ ${message}`);
  process.exit(1);
}

if (values['new-key']) {
  const file = values['new-key'];
  const key = newKeyFile();
  try {
    writeFileSync(file, JSON.stringify(key, null, 2) + '\n', { flag: 'wx', mode: 0o600 });
  } catch (err) {
    fail(
      `${file}: ${(err as NodeJS.ErrnoException).code === 'EEXIST' ? 'already exists; choose another file name' : (err as Error).message}`,
    );
  }
  console.log(
    `✔ wrote the key pair to ${file}; keep it secret. Add this line to your entry in people.yaml:\n    publicKey: ${key.publicKey}`,
  );
} else if (values.key) {
  let text: string;
  try {
    text = readFileSync(values.key, 'utf8');
  } catch (err) {
    fail(`${values.key}: ${(err as Error).message}`);
  }
  const key = readKeyFile(text);
  if ('error' in key) fail(`${values.key} ${key.error}`);
  const dir = planFolders({ content: values.content }).content;
  const compiled = compilePlan(dir, { today: values.date });
  const plan = modelOf(compiled);
  // Only errors of the approvals themselves may stand: signing is how they go away.
  const blocking = compiled.problems.filter((p) => p.severity === 'error' && !p.rule.startsWith('approval-'));
  if (!plan || blocking.length)
    fail(`the plan has errors; fix them before approving:\n${blocking.map(formatProblem).join('\n')}`);
  const made = makeApproval(plan, key, { role: values.role, date: values.date ?? defaultToday(), note: values.note });
  if ('error' in made) fail(made.error);
  const out = join(dir, made.path);
  mkdirSync(dirname(out), { recursive: true });
  writeFileSync(out, JSON.stringify(made.envelope, null, 2) + '\n');
  console.log(`✔ approved version ${plan.document.version} (digest ${plan.digest}): ${out}`);
} else {
  fail('name your key: npm run approve -- --key FILE, or make one: npm run approve -- --new-key FILE');
}
