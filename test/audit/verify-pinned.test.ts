/**
 * `npm run verify` with approver keys pinned out of band (`--trust FILE`, `--approver-key person=KEY`):
 * offline, with the example keys in test/fixtures/keys/. Someone who can change the site can also change
 * the keys its plan publishes and re-sign an approval: without pinned keys that site still verifies;
 * with them, the approval made with a key not pinned and the pinned approver without an approval are named.
 */
import { createHash } from 'node:crypto';
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { compilePlan, modelOf } from '../../src/compiler/compile.ts';
import type { PlanModel } from '../../src/plan/model.ts';
import { writeSiteManifest } from '../../src/integration/site-manifest.ts';
import { folderReader, verifySite } from '../../src/cli/verify-site.ts';
import { readPinnedApprovers, type PinnedApprovers } from '../../src/cli/trusted-keys.ts';
import { fromBase64, payloadText, signEnvelope, type DsseEnvelope } from '../../src/compiler/approvals/dsse.ts';

const KEYS = 'test/fixtures/keys';
const keyFile = (name: string) =>
  JSON.parse(readFileSync(join(KEYS, `${name}.key.json`), 'utf8')) as { secretKey: string; publicKey: string };
const APPROVERS = ['maarten-de-vries', 'karin-vos', 'hanna-mulder', 'ruben-meijer'];
const KARIN_FILE = 'audit/approvals/karin-vos-executive-sponsor-3.2.json';

const temp = mkdtempSync(join(tmpdir(), 'drillbook-verify-pinned-'));
let plan: PlanModel;
let count = 0;

beforeAll(() => {
  plan = modelOf(compilePlan('content', { today: '2026-11-01' }))!;
});
afterAll(() => rmSync(temp, { recursive: true, force: true }));

/** A small built site with its manifest and the example plan's four approvals. */
function site(): string {
  const dir = join(temp, `site-${count++}`);
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, 'index.html'), '<!doctype html><title>Plan</title><p>Incident Management Plan</p>');
  writeSiteManifest(dir, plan, undefined);
  return dir;
}

/** Karin Vos's approval re-signed with another key, and the manifest made to name that key for her. */
function forged(): string {
  const dir = site();
  const attacker = keyFile('publisher');
  const file = join(dir, KARIN_FILE);
  const envelope = JSON.parse(readFileSync(file, 'utf8')) as DsseEnvelope;
  const resigned = signEnvelope(
    envelope.payloadType,
    new TextEncoder().encode(payloadText(envelope)!),
    fromBase64(attacker.secretKey)!,
  );
  writeFileSync(file, JSON.stringify(resigned));
  const manifestFile = join(dir, 'audit/manifest.json');
  const manifest = JSON.parse(readFileSync(manifestFile, 'utf8'));
  manifest.approvals.find((a: { name: string }) => a.name === 'Karin Vos').publicKey = attacker.publicKey;
  manifest.files[KARIN_FILE] = createHash('sha256').update(readFileSync(file)).digest('hex');
  writeFileSync(manifestFile, JSON.stringify(manifest, null, 2));
  return dir;
}

/** The pinned approvers of a trust file's text (failing the test on a mistake in it). */
function pins(text: string, flags: string[] = []): PinnedApprovers {
  const read = readPinnedApprovers({ name: 'trust.json', text }, flags);
  if (!read.ok) throw new Error(read.errors.join('\n'));
  return read.approvers;
}
const allFour = () => JSON.stringify(Object.fromEntries(APPROVERS.map((p) => [p, keyFile(p).publicKey])));

describe('npm run verify with pinned approver keys', () => {
  it('accepts the four approvals made with the four pinned keys, and says each key is pinned', async () => {
    const result = await verifySite(folderReader(site()), { approvers: pins(allFour()) });
    expect(result.ok).toBe(true);
    expect(
      result.lines.filter((l) => /^✔ approved by .*, this site's plan; key ed25519:\S+ \(pinned\)$/.test(l)),
    ).toHaveLength(4);
  });

  it("names an approval re-signed with a key the site's plan swapped in, which only pinned keys catch", async () => {
    const dir = forged();
    const unpinned = await verifySite(folderReader(dir));
    expect(unpinned.ok).toBe(true);
    expect(unpinned.lines).toContain(
      "ℹ approvals checked with the keys the site's own plan gives: pass --trust FILE to pin them",
    );
    const result = await verifySite(folderReader(dir), { approvers: pins(allFour()) });
    expect(result.ok).toBe(false);
    expect(result.lines.filter((l) => l.startsWith('✘'))).toEqual([
      expect.stringMatching(
        /^✘ approval by Karin Vos \(Executive Sponsor\), audit\/approvals\/karin-vos-executive-sponsor-3\.2\.json: made with key ed25519:[0-9a-f]{16}, which is not pinned for Karin Vos \(pinned: ed25519:[0-9a-f]{16}\)$/,
      ),
      expect.stringMatching(
        /^✘ no approval of this site's plan \(version 3\.2, digest [0-9a-f]{12}\) made with the key pinned for Karin Vos$/,
      ),
    ]);
  });

  it('names an approver whose key is not pinned, and a pinned approver who did not approve, by name', async () => {
    const trust = [
      '# Keys read out by each approver on a video call, 2026-10-02',
      ...APPROVERS.slice(0, 3).map(
        (p) => `${p}  ${Buffer.from(fromBase64(keyFile(p).publicKey.slice(8))!).toString('hex')}`,
      ),
      `sanne-bakker ${keyFile('publisher').publicKey}  Sanne Bakker`,
    ].join('\n');
    const result = await verifySite(folderReader(site()), { approvers: pins(trust) });
    expect(result.ok).toBe(false);
    expect(result.lines.filter((l) => l.startsWith('✘'))).toEqual([
      expect.stringMatching(
        /^✘ approval by Ruben Meijer \(Compliance Officer\), .*: made with key ed25519:[0-9a-f]{16}, which is not pinned for Ruben Meijer \(no key is pinned for them\)$/,
      ),
      expect.stringMatching(/made with the key pinned for Sanne Bakker$/),
    ]);
    expect(result.lines.filter((l) => l.endsWith('(pinned)'))).toHaveLength(3);
  });

  it('runs from the command line with --trust and --approver-key, exit code 1 when an approval is not pinned', () => {
    const dir = forged();
    const trustFile = join(temp, 'trust.json');
    writeFileSync(trustFile, allFour());
    const run = (args: string[]) => {
      try {
        return { code: 0, out: execFileSync('npx', ['tsx', 'src/cli/verify.ts', dir, ...args], { encoding: 'utf8' }) };
      } catch (e) {
        const err = e as { status: number; stdout: string; stderr: string };
        return { code: err.status, out: err.stdout + err.stderr };
      }
    };
    const pinned = run(['--trust', trustFile]);
    expect(pinned.code).toBe(1);
    expect(pinned.out).toContain('which is not pinned for Karin Vos');
    const flag = run(['--approver-key', `maarten-de-vries=${keyFile('maarten-de-vries').publicKey}`]);
    expect(flag.out).toContain('not pinned for Karin Vos (no key is pinned for them)');
    const bad = run(['--approver-key', 'karin-vos=not-a-key']);
    expect(bad.code).toBe(2);
    expect(bad.out).toContain('✘ --approver-key karin-vos: the key for karin-vos is not a public key');
  });
});

describe('reading pinned approver keys', () => {
  const maarten = keyFile('maarten-de-vries').publicKey;
  const hex = Buffer.from(fromBase64(maarten.slice(8))!).toString('hex');

  it('reads JSON with a key, a list of keys, or a name and keys, and takes 64 hex digits as the same key', () => {
    const read = readPinnedApprovers({
      name: 'trust.json',
      text: JSON.stringify({
        'maarten-de-vries': hex,
        'karin-vos': [keyFile('karin-vos').publicKey, keyFile('publisher').publicKey],
        'hanna-mulder': { name: 'Hanna Mulder', key: keyFile('hanna-mulder').publicKey },
      }),
    });
    expect(read.ok && Object.fromEntries(read.approvers)).toEqual({
      'maarten-de-vries': { keys: [maarten] },
      'karin-vos': { keys: [keyFile('karin-vos').publicKey, keyFile('publisher').publicKey] },
      'hanna-mulder': { name: 'Hanna Mulder', keys: [keyFile('hanna-mulder').publicKey] },
    });
  });

  it('names the file, line and what to write for a key that is no key, a line without one, or bad JSON', () => {
    const text = readPinnedApprovers({
      name: 'keys.txt',
      text: `# pinned\nmaarten-de-vries ${hex.slice(2)}\nkarin-vos\n`,
    });
    expect(!text.ok && text.errors).toEqual([
      expect.stringMatching(/^keys\.txt:2: the key for maarten-de-vries is not a public key; a key is "ed25519:"/),
      'keys.txt:3: write the person id and the key on one line, e.g. maarten-de-vries ed25519:…',
    ]);
    const json = readPinnedApprovers({ name: 'trust.json', text: '{ "maarten-de-vries": ' });
    expect(!json.ok && json.errors[0]).toMatch(/^trust\.json: not valid JSON/);
    expect(readPinnedApprovers(undefined, ['maarten-de-vries'])).toEqual({
      ok: false,
      errors: ['--approver-key maarten-de-vries: write person=KEY, e.g. maarten-de-vries=ed25519:…'],
    });
  });

  it('refuses a trust file that pins nobody', () => {
    expect(readPinnedApprovers({ name: 'trust.json', text: '{}' }).ok).toBe(false);
  });
});
