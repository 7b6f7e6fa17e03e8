/**
 * The second example plan, test/plans/pagerduty/ (transcribed from the PagerDuty Incident Response
 * documentation, Apache-2.0): it compiles with no problem at all, and one handbook build of it shows
 * what the richer plan format adds — teams in the RACI, role pools and roles named at the time,
 * recurring updates, business-day and activity-relative due times, a severity's expected response —
 * and the handbook fixes a second organisation's plan exposed (no obligations, short names, long
 * training paths, template bodies with headings, team members).
 */
import { existsSync, readFileSync, rmSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { compilePlan } from '../../src/compiler/compile.ts';
import { astroBuild } from '../../src/cli/astro-build.ts';
import { planOf } from '../compiler/helpers.ts';

const PLAN = 'test/plans/pagerduty';
const TODAY = '2026-11-27';
const out = resolve('.bench/pagerduty-plan/dist');
const page = (path: string) => {
  const html = readFileSync(join(out, path, 'index.html'), 'utf8');
  return html.slice(html.indexOf('<main'), html.indexOf('</main>'));
};

describe('the PagerDuty example plan, compiled', () => {
  const result = compilePlan(PLAN, { today: TODAY });

  it('compiles with no error and no warning', () => {
    expect(result.problems).toEqual([]);
    expect(result.ok).toBe(true);
  });

  it('uses the new fields: teams in a RACI, pools, named roles, repeats, business-day and activity-relative due times', () => {
    const activities = planOf(result).playbooks.flatMap((p) => p.activities);
    expect(activities.some((a) => Object.keys(a.raci).some((k) => k.startsWith('team:')))).toBe(true);
    expect(planOf(result).roles.filter((r) => r.pool).length).toBeGreaterThan(0);
    expect(planOf(result).roles.filter((r) => r.namedBy).length).toBeGreaterThan(0);
    const meeting = activities.find((a) => a.id === 'hold-postmortem-meeting')!;
    expect(meeting.due).toMatchObject({ days: 'business', start: { kind: 'anchor', id: 'closure' } });
    const draft = activities.find((a) => a.id === 'draft-postmortem')!;
    expect(draft.due!.start).toEqual({ kind: 'activity', id: 'major-incident/hold-postmortem-meeting', label: '“Hold the postmortem meeting”', before: true });
    expect(activities.find((a) => a.id === 'post-external-updates')!.repeats).toEqual([{ every: 'PT20M', for: 'PT2H' }, { every: 'PT1H' }]);
    expect(planOf(result).severities[0]!.response.length).toBeGreaterThan(0);
  });
});

describe('the PagerDuty example plan, built', () => {
  beforeAll(() => {
    rmSync(out, { recursive: true, force: true });
    astroBuild({ outDir: out, quiet: true, env: { DRILLBOOK_CONTENT: PLAN, DRILLBOOK_TODAY: TODAY } });
  }, 600_000);
  afterAll(() => rmSync(resolve('.bench/pagerduty-plan'), { recursive: true, force: true }));

  it('shows due times, recurrences and teams on the playbook checklist', () => {
    const html = page('playbooks/major-incident');
    expect(html).toContain('Due: within 5 business days of closure.');
    expect(html).toContain('Due: 24 h before “Hold the postmortem meeting”.');
    expect(html).toContain('Due: within 5 min of the start of the incident call.');
    expect(html).toContain('Repeats every 20 min for the first 2 h, then every 1 h.');
    expect(html).toContain('<a href="/contacts/#team-marketing">Marketing</a>');
  });

  it('gives teams their own RACI columns', () => {
    expect(page('raci/major-incident')).toContain('<th scope="col" data-role="team:marketing"><a href="/contacts/#team-marketing" title="Marketing">Marketing</a></th>');
  });

  it('shows a role card with its short name once, its staffing and its training path as a list', () => {
    const ic = page('roles/incident-commander');
    expect(ic).toMatch(/<p class="db-aliases"[^>]*>Short name: <strong>IC<\/strong><\/p>/);
    expect(ic).toContain('Taken by any trained member of <a href="/contacts/#team-incident-commanders">Incident Commander rotation</a>.');
    expect(ic.match(/<ol class="db-training">(.*?)<\/ol>/s)![1]!.match(/<li>/g)).toHaveLength(8);
    expect(page('roles/deputy')).toContain('Named during the incident by the <a href="/roles/incident-commander/">Incident Commander</a>.');
  });

  it('nests the headings of a template body under the template', () => {
    const html = page('templates');
    expect(html.match(/<h[2-6][^>]*>[^<]*/g)!.slice(0, 4)).toEqual(['<h2>Internal status update', '<h4>Status', '<h4>Impact', '<h4>Next update']);
  });

  it('publishes no copy of the browser Mermaid: none of its chapters draws a diagram in the browser', () => {
    expect(existsSync(resolve(out, '_astro'))).toBe(true);
    expect(existsSync(resolve(out, '_astro/mermaid'))).toBe(false);
  });

  it('shows no empty obligation tables and does not send the home page there', () => {
    const obligations = page('obligations');
    expect(obligations).toContain('This plan lists no notification obligations');
    expect(obligations).not.toContain('<table');
    expect(page('')).not.toContain('/obligations/');
  });

  it('shows each severity\'s expected response on the home page', () => {
    const home = page('');
    expect(home).toContain('<th scope="col">Expected response</th>');
    expect(home).toContain('<li>Page an Incident Commander (Slack !ic page)</li>');
  });

  it('shows team members with links to their roles, and the exercise interval on the audit page', () => {
    const contacts = page('contacts');
    expect(contacts).toContain('<li><a href="/contacts/#person-sam-okafor">Sam Okafor</a>: <a href="/roles/incident-commander/">Incident Commander</a>, <a href="/roles/postmortem-owner/">Postmortem Owner</a></li>');
    expect(contacts).toContain('Any trained member may take the role of <a href="/roles/subject-matter-expert/">Subject Matter Expert</a>.');
    expect(page('audit')).toContain('Exercises</th><td>every 6 months · next exercise 2027-03-18 (the latest record');
  });
});
