/**
 * The published site's manifest and `npm run verify` (src/integration/site-manifest.ts,
 * src/cli/verify-site.ts), offline with the example keys: a site as built verifies from its folder
 * and over HTTP from localhost; one changed byte, a missing file and an added file are each named;
 * a manifest signed by the publisher key verifies, and a changed manifest does not.
 */
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync, unlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { compilePlan, modelOf } from '../../src/compiler/compile.ts';
import type { PlanModel } from '../../src/plan/model.ts';
import { writeSiteManifest } from '../../src/integration/site-manifest.ts';
import { folderReader, urlReader, verifySite } from '../../src/cli/verify-site.ts';
import { serveStatic } from '../../src/cli/browser.ts';

const temp = mkdtempSync(join(tmpdir(), 'drillbook-verify-'));
const PUBLISHER = 'test/fixtures/keys/publisher.key.json';
let plan: PlanModel;
let count = 0;

beforeAll(() => {
  plan = modelOf(compilePlan('content', { today: '2026-11-01' }))!;
});
afterAll(() => rmSync(temp, { recursive: true, force: true }));

/** A small built site: a few pages, a script, and its manifest (signed when `key` is given). */
function site(key?: string): string {
  const dir = join(temp, `site-${count++}`);
  mkdirSync(join(dir, 'roles/incident-commander'), { recursive: true });
  mkdirSync(join(dir, '_astro'), { recursive: true });
  writeFileSync(join(dir, 'index.html'), '<!doctype html><title>Plan</title><p>Incident Management Plan</p>');
  writeFileSync(
    join(dir, 'roles/incident-commander/index.html'),
    '<p>Owns the response from declaration to closure.</p>',
  );
  writeFileSync(join(dir, '_astro/page.js'), 'console.log(1);');
  writeFileSync(join(dir, 'sw.js'), 'self.addEventListener("fetch",()=>{});');
  writeSiteManifest(dir, plan, key);
  return dir;
}

describe('npm run verify', () => {
  it('accepts a site exactly as built, with the four approvals of the digest it names', async () => {
    const result = await verifySite(folderReader(site()));
    expect(result.ok).toBe(true);
    expect(result.differing).toEqual([]);
    expect(result.lines.filter((l) => l.startsWith('✔ approved by')).length).toBe(4);
    expect(result.manifest!.plan.digest).toBe(plan.digest);
    expect(result.manifest!.files['sw.js']).toMatch(/^[0-9a-f]{64}$/);
    expect(result.lines.at(-1)).toMatch(
      /^✔ Published = approved version 3\.2, digest [0-9a-f]{12}, approved by Maarten de Vries/,
    );
  });

  it('names the one file in which one byte changed', async () => {
    const dir = site();
    const page = join(dir, 'roles/incident-commander/index.html');
    const bytes = readFileSync(page);
    bytes[10] ^= 1;
    writeFileSync(page, bytes);
    const result = await verifySite(folderReader(dir));
    expect(result.ok).toBe(false);
    expect(result.differing).toEqual(['roles/incident-commander/index.html']);
    expect(result.lines).toContainEqual(
      expect.stringMatching(/^✘ roles\/incident-commander\/index\.html: differs from the manifest/),
    );
  });

  it('names a file removed and a file added after the build', async () => {
    const dir = site();
    unlinkSync(join(dir, '_astro/page.js'));
    writeFileSync(join(dir, '_astro/extra.js'), 'alert(1)');
    const result = await verifySite(folderReader(dir));
    expect(result.differing.sort()).toEqual(['_astro/extra.js', '_astro/page.js']);
  });

  it('reads the site over HTTP from localhost and names the changed file there too', async () => {
    const dir = site();
    const server = await serveStatic(dir);
    try {
      expect((await verifySite(urlReader(server.url))).ok).toBe(true);
      writeFileSync(join(dir, 'index.html'), readFileSync(join(dir, 'index.html'), 'utf8').replace('Plan<', 'Plam<'));
      expect((await verifySite(urlReader(`${server.url}/`))).differing).toEqual(['index.html']);
    } finally {
      await server.close();
    }
  });

  it('checks an approval published with the site against its key', async () => {
    const dir = site();
    const file = join(dir, 'audit/approvals/karin-vos-executive-sponsor-3.2.json');
    const other = readFileSync(join(dir, 'audit/approvals/ruben-meijer-compliance-officer-3.2.json'), 'utf8');
    writeFileSync(file, other);
    const result = await verifySite(folderReader(dir));
    expect(result.differing).toEqual(['audit/approvals/karin-vos-executive-sponsor-3.2.json']);
    expect(result.lines).toContainEqual(
      expect.stringContaining(
        '✘ approval by Karin Vos (Executive Sponsor), audit/approvals/karin-vos-executive-sponsor-3.2.json: the signature does not verify',
      ),
    );
  });

  it('verifies a manifest signed with the publisher key, pinned or not, and refuses another key or a changed manifest', async () => {
    const dir = site(PUBLISHER);
    const publisher = JSON.parse(readFileSync(PUBLISHER, 'utf8')).publicKey as string;
    const karin = JSON.parse(readFileSync('test/fixtures/keys/karin-vos.key.json', 'utf8')).publicKey as string;
    expect((await verifySite(folderReader(dir))).ok).toBe(true);
    expect((await verifySite(folderReader(dir), { publisherKey: publisher })).lines).toContainEqual(
      expect.stringContaining('(the key given)'),
    );
    expect((await verifySite(folderReader(dir), { publisherKey: karin })).ok).toBe(false);
    // Someone rewrites the manifest (here: the version it claims): the signature no longer covers it.
    const copy = join(temp, `site-${count++}`);
    cpSync(dir, copy, { recursive: true });
    const manifestFile = join(copy, 'audit/manifest.json');
    writeFileSync(manifestFile, readFileSync(manifestFile, 'utf8').replace('"version": "3.2"', '"version": "9.9"'));
    const tampered = await verifySite(folderReader(copy));
    expect(tampered.ok).toBe(false);
    expect(tampered.lines).toContainEqual(expect.stringContaining('signs another manifest than audit/manifest.json'));
  });

  it('says a site without a manifest cannot be checked', async () => {
    const dir = site();
    unlinkSync(join(dir, 'audit/manifest.json'));
    const result = await verifySite(folderReader(dir));
    expect(result.ok).toBe(false);
    expect(result.lines).toEqual([
      '✘ audit/manifest.json is missing or is not a Drillbook site manifest; nothing can be checked',
    ]);
  });
});
