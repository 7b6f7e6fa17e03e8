/**
 * The third example plan, test/plans/middlebury/ (transcribed from Middlebury's published Technology
 * Incident Response policy; see the plan's chapter "About this plan" for the sources and what was
 * generalised): a college's policy of a different shape from the other two — four classifications by
 * how much of the community is affected, and a team formed only for a major information security
 * incident. It checks with no error, and one handbook build shows its conditions in words on every page
 * that shows the steps.
 */
import { readFileSync, rmSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { compilePlan } from '../../src/compiler/compile.ts';
import { astroBuild } from '../../src/cli/astro-build.ts';
import { planOf } from '../compiler/helpers.ts';

const PLAN = 'test/plans/middlebury';
const TODAY = '2026-12-07';
const out = resolve('.bench/middlebury-plan/dist');
const page = (path: string) => {
  const html = readFileSync(join(out, path, 'index.html'), 'utf8');
  return html.slice(html.indexOf('<main'), html.indexOf('</main>'));
};
const MAJOR_SECURITY = 'only when the incident is an information security incident and either for major incidents, or when financial systems are affected or the incident involves fraud';

describe('the Middlebury example plan, compiled', () => {
  const result = compilePlan(PLAN, { today: TODAY });

  it('checks with no error; the one warning is that it has no exercise record yet', () => {
    expect(result.problems.map((p) => p.rule)).toEqual(['exercise-stale']);
    expect(result.ok).toBe(true);
  });

  it('keeps the source\'s conditions: situational facts, any-of across fields and not', () => {
    const activity = (id: string) => planOf(result).playbooks[0].activities.find((a) => a.id === id)!;
    expect(activity('form-tirt').appliesWhen).toMatchObject({ facts: ['information-security'], any: [{ major: true }, { facts: ['financial-systems', 'fraud'] }] });
    expect(activity('report-it-issue').appliesWhen?.not).toMatchObject({ facts: ['information-security'] });
    expect(planOf(result).severities.every((s) => s.updateEvery === undefined)).toBe(true);
    // Nor response times: no acknowledgement target or escalation timeout is invented.
    expect(planOf(result).severities.every((s) => s.acknowledgeWithin === undefined)).toBe(true);
    expect(planOf(result).escalationPolicies.flatMap((p) => p.levels).every((l) => l.timeout === undefined)).toBe(true);
  });
});

describe('the Middlebury example plan, built', () => {
  beforeAll(() => {
    rmSync(out, { recursive: true, force: true });
    astroBuild({ outDir: out, quiet: true, env: { DRILLBOOK_CONTENT: PLAN, DRILLBOOK_TODAY: TODAY } });
  }, 600_000);
  afterAll(() => rmSync(resolve('.bench/middlebury-plan'), { recursive: true, force: true }));

  it('words each step\'s condition on the checklist, so steps that differ only by condition are told apart', () => {
    const html = page('playbooks/technology-incident-response');
    expect(html).toContain(`Applies ${MAJOR_SECURITY}.`);
    expect(html).toContain('Applies except when the incident is an information security incident.');
    expect(html).toContain('Applies only when the incident is an information security incident.');
  });

  it('words the condition on the role card too', () => {
    expect(page('roles/technology-incident-response-team')).toContain(`(applies ${MAJOR_SECURITY})`);
    expect(page('roles/information-technology-services')).toContain('(applies only when Isolated or Minor is declared and when the incident is an information security incident)');
  });

  it('says updates come when needed where the policy sets no cadence', () => {
    expect(page('severities')).toContain('<td data-label="Updates every">when needed</td>');
  });

  it('says acknowledgement and escalation come when needed where the policy sets no time', () => {
    expect(page('severities')).toContain('<td data-label="Acknowledge within">when needed</td>');
    expect(page('escalation')).toContain('last level.');
    expect(page('escalation')).not.toContain('last level (timeout');
  });
});
