/**
 * Signed approvals (src/compiler/rules/approvals.ts): the example plan, signed with the example keys
 * (test/fixtures/keys/), is approved; a changed due time, a changed approval file, an approval
 * predating the change log and a version the change log does not know are each reported.
 */
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { compilePlan, compileSources, modelOf } from '../../../src/compiler/compile.ts';
import { makeApproval, readKeyFile } from '../../../src/compiler/approvals/approve.ts';
import { minimalFiles, ofRule, replace, withChanges } from '../helpers.ts';

const TODAY = '2026-11-01';
const temp = mkdtempSync(join(tmpdir(), 'drillbook-approvals-'));
afterAll(() => rmSync(temp, { recursive: true, force: true }));
let copies = 0;

/** A copy of the example plan with `changes` (file → text change) applied. */
function example(changes: Record<string, (text: string) => string> = {}): string {
  const dir = join(temp, `plan-${copies++}`);
  cpSync('content', dir, { recursive: true });
  for (const [file, change] of Object.entries(changes))
    writeFileSync(join(dir, file), change(readFileSync(join(dir, file), 'utf8')));
  return dir;
}

const key = (name: string) => {
  const k = readKeyFile(readFileSync(`test/fixtures/keys/${name}.key.json`, 'utf8'));
  if ('error' in k) throw new Error(k.error);
  return k;
};

describe('approval-current', () => {
  it('accepts the example plan: every approver signed its current digest and version', () => {
    const result = compilePlan(example(), { today: TODAY });
    expect(result.problems.filter((p) => p.rule.startsWith('approval') || p.rule === 'changelog-version')).toEqual([]);
    expect(modelOf(result)!.approvals!.map((a) => [a.person, a.signed, a.digest === modelOf(result)!.digest])).toEqual([
      ['hanna-mulder', true, true],
      ['karin-vos', true, true],
      ['maarten-de-vries', true, true],
      ['ruben-meijer', true, true],
    ]);
  });

  it('reports every approver when a due time changed from PT1H to PT8H, naming the changed file', () => {
    const result = compilePlan(
      example({
        'playbooks/account-takeover.yaml': replace(
          'due: { within: PT1H, after: declaration }',
          'due: { within: PT8H, after: declaration }',
        ),
      }),
      { today: TODAY },
    );
    const problems = ofRule(result, 'approval-current');
    expect(problems.map((p) => p.line)).toEqual([9, 12, 15, 18]);
    expect(problems[1].severity).toBe('error');
    expect(problems[1].message).toMatch(
      /^the plan is marked approved, but approver Karin Vos \(Executive Sponsor\) signed version 3\.2 on 2026-09-30 over digest [0-9a-f]{12}, not the current [0-9a-f]{12}: since then playbooks\/account-takeover\.yaml changed; /,
    );
    expect(ofRule(result, 'approval-version-unchanged')).toEqual([
      expect.objectContaining({
        severity: 'warning',
        message: expect.stringContaining('but the version is still 3.2'),
      }),
    ]);
  });

  it('says an approver has not signed when no approval of theirs is in the folder', () => {
    const dir = example();
    rmSync(join(dir, 'approvals/karin-vos-executive-sponsor-3.2.json'));
    const problems = ofRule(compilePlan(dir, { today: TODAY }), 'approval-current');
    expect(problems.map((p) => p.message)).toEqual([
      'the plan is marked approved, but approver Karin Vos (Executive Sponsor) has not signed this plan; sign it with npm run approve -- --key FILE, or set status: draft',
    ]);
  });

  it('holds no draft to its approvals', () => {
    const result = compilePlan(
      example({
        'plan.yaml': replace('status: approved', 'status: draft'),
        'roles.yaml': replace('Owns the response', 'Owns all of the response'),
      }),
      { today: TODAY },
    );
    expect(ofRule(result, 'approval-current')).toEqual([]);
  });

  it('asks for a key when an approver has none in people.yaml', () => {
    const files = withChanges(minimalFiles(), { 'plan.yaml': replace('status: draft', 'status: approved') });
    const result = compileSources(files, { today: TODAY });
    expect(ofRule(result, 'approval-current').map((p) => p.message)).toEqual([
      expect.stringContaining(
        'approver Ada Lovelace (Incident Commander) has no publicKey in people.yaml; make a key pair with npm run approve -- --new-key FILE',
      ),
    ]);
  });
});

describe('approval-signature', () => {
  it('reports an approval file changed after signing, at the file', () => {
    const dir = example();
    const file = join(dir, 'approvals/ruben-meijer-compliance-officer-3.2.json');
    const envelope = JSON.parse(readFileSync(file, 'utf8'));
    const statement = JSON.parse(Buffer.from(envelope.payload, 'base64').toString('utf8'));
    statement.predicate.date = '2026-10-30';
    envelope.payload = Buffer.from(JSON.stringify(statement)).toString('base64');
    writeFileSync(file, JSON.stringify(envelope));
    const result = compilePlan(dir, { today: TODAY });
    expect(ofRule(result, 'approval-signature')).toEqual([
      expect.objectContaining({
        file: expect.stringMatching(/approvals\/ruben-meijer-compliance-officer-3\.2\.json$/),
        line: 1,
        severity: 'error',
        message: expect.stringContaining("does not verify with Ruben Meijer's publicKey"),
      }),
    ]);
    expect(ofRule(result, 'approval-current').map((p) => p.line)).toEqual([18]);
  });

  it("reports an approval signed with a key that is not the named person's", () => {
    const dir = example();
    const people = join(dir, 'people.yaml');
    const karinKey = key('karin-vos').publicKey;
    const rubenKey = key('ruben-meijer').publicKey;
    writeFileSync(people, readFileSync(people, 'utf8').replace(rubenKey, karinKey));
    expect(
      ofRule(compilePlan(dir, { today: TODAY }), 'approval-signature').map((p) => p.file.split('/').at(-1)),
    ).toEqual(['ruben-meijer-compliance-officer-3.2.json']);
  });
});

describe('approval-file', () => {
  it('reports a file in approvals/ that is not an approval envelope, and one that is not JSON', () => {
    const dir = example();
    writeFileSync(join(dir, 'approvals/notes.json'), '{"hello": 1}');
    writeFileSync(join(dir, 'approvals/broken.json'), '{');
    const problems = ofRule(compilePlan(dir, { today: TODAY }), 'approval-file');
    expect(problems.map((p) => [p.file.split('/').at(-1), p.message.split(';')[0]])).toEqual([
      ['broken.json', 'is not JSON'],
      ['notes.json', 'is not a DSSE envelope (payloadType, payload and signatures)'],
    ]);
  });
});

describe('approval-before-change', () => {
  it('warns about a signed approval dated before the latest change-log entry', () => {
    const files = withChanges(minimalFiles(), {
      'people.yaml': replace(
        '    lastVerified: 2026-05-10',
        `    lastVerified: 2026-05-10\n    publicKey: "${key('maarten-de-vries').publicKey}"`,
      ),
      'plan.yaml': replace('status: draft', 'status: approved'),
    });
    const plan = modelOf(compileSources(files, { today: TODAY }))!;
    const made = makeApproval(plan, key('maarten-de-vries'), { date: '2026-01-01' });
    if ('error' in made) throw new Error(made.error);
    const result = compileSources(files, {
      today: TODAY,
      approvals: [{ path: made.path, text: JSON.stringify(made.envelope) }],
    });
    expect(ofRule(result, 'approval-current')).toEqual([]);
    expect(ofRule(result, 'approval-before-change')).toEqual([
      expect.objectContaining({
        severity: 'warning',
        message: expect.stringContaining(
          "Ada Lovelace's approval is dated 2026-01-01, before the latest change-log entry (version 1.0, 2026-01-10)",
        ),
      }),
    ]);
  });
});

describe('changelog-version', () => {
  it("warns when the plan's version is not the latest change-log entry's", () => {
    const result = compileSources(
      withChanges(minimalFiles(), { 'plan.yaml': replace('version: "1.0"', 'version: "1.1"') }),
      { today: TODAY },
    );
    expect(ofRule(result, 'changelog-version')).toEqual([
      expect.objectContaining({
        severity: 'warning',
        line: 4,
        message:
          'the plan is version 1.1, but the latest change-log entry (2026-01-10) is version 1.0; add a change-log entry for 1.1 or correct the version',
      }),
    ]);
  });
});

describe('approval-version-unchanged', () => {
  it('stays quiet when the content changed and the version changed too', () => {
    const dir = example({
      'plan.yaml': (t) =>
        replace(
          'version: "3.2"',
          'version: "3.3"',
        )(t)
          .replace('status: approved', 'status: draft')
          .replace(
            'changeLog:\n',
            'changeLog:\n  - { version: "3.3", date: 2026-10-20, author: CISO office, summary: Longer due time. }\n',
          ),
    });
    const result = compilePlan(dir, { today: TODAY });
    expect(ofRule(result, 'approval-version-unchanged')).toEqual([]);
    expect(ofRule(result, 'changelog-version')).toEqual([]);
  });
});

describe('npm run approve', () => {
  it('refuses a key that no person of the plan holds', () => {
    const plan = modelOf(compilePlan(example(), { today: TODAY }))!;
    const stranger = readKeyFile(readFileSync('test/fixtures/keys/karin-vos.key.json', 'utf8'));
    if ('error' in stranger) throw new Error(stranger.error);
    plan.people = plan.people.filter((p) => p.name !== 'Karin Vos');
    expect(makeApproval(plan, stranger, { date: TODAY })).toEqual({
      error: expect.stringContaining('no person in people.yaml has this key'),
    });
  });

  it('names the approval file after the person, role and version', () => {
    const plan = modelOf(compilePlan(example(), { today: TODAY }))!;
    const made = makeApproval(plan, key('hanna-mulder'), { date: TODAY });
    expect('path' in made && made.path).toBe('approvals/hanna-mulder-legal-counsel-3.2.json');
    expect(readdirSync('content/approvals')).toContain('hanna-mulder-legal-counsel-3.2.json');
  });
});
