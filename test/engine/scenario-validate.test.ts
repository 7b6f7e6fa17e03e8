/**
 * The broken-scenario corpus: each file under test/fixtures/scenarios/broken/ is the minimal
 * scenario with one mistake, validated against the minimal plan, with the exact lines expected.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { formatProblem, type Problem } from '../../src/compiler/problems.ts';
import { validateScenario } from '../../src/compiler/scenario/validate.ts';
import { validateScenarios } from '../../src/compiler/scenario/validate-all.ts';
import { minimalPlan, MINIMAL_SCENARIO } from './helpers.ts';

const DIR = 'test/fixtures/scenarios/broken/';

const EXPECTED: Record<string, string[]> = {
  '01-yaml-syntax.yaml': [
    '01-yaml-syntax.yaml:31:14  error  yaml-syntax  YAML syntax error: the text opened with " is not closed; add the closing " at the end of the value',
  ],
  '02-unknown-field.yaml': [
    '02-unknown-field.yaml:4:1  error  schema-unknown-field  scenario "stolen-export": unknown field "sumary" (did you mean "summary"?); rename it to "summary"',
  ],
  '03-missing-field.yaml': [
    '03-missing-field.yaml:2:1  error  schema-required  scenario "stolen-export": required field "incidentType" is missing; add it',
  ],
  '04-bad-channel.yaml': [
    '04-bad-channel.yaml:57:14  error  schema-value  scenario "stolen-export", inject "journalist": "channel" must be one of email, phone, chat, news, ticket (got the text "fax")',
  ],
  '05-bad-clock.yaml': [
    '05-bad-clock.yaml:73:9  error  schema-value  scenario "stolen-export", inject "dpa-reminder": "at" must be a scenario time written T+hh:mm, such as T+00:15 or T+26:30 (got "48:00")',
  ],
  '06-unknown-role.yaml': [
    '06-unknown-role.yaml:74:10  error  scenario-unknown-role  inject "dpa-reminder": unknown role "dpa" (did you mean "dpo"?); use a role id from roles.yaml',
  ],
  '07-unknown-activity.yaml': [
    '07-unknown-activity.yaml:87:34  error  scenario-unknown-activity  inject "dpa-reminder", decision "notify", option "yes": unknown activity "breach/notify-authority"; use playbook-id/activity-id of an activity in playbooks/',
  ],
  '08-unknown-stage.yaml': [
    '08-unknown-stage.yaml:87:33  error  scenario-unknown-stage  inject "dpa-reminder", decision "notify", option "yes": unknown stage "gdpr-art33/initial"; use obligation-id/stage-id of a stage in obligations.yaml',
  ],
  '09-unknown-template.yaml': [
    '09-unknown-template.yaml:87:31  error  scenario-unknown-template  inject "dpa-reminder", decision "notify", option "yes": unknown template "dpa-notcie" (did you mean "dpa-notice"?); use a template id from templates.yaml',
  ],
  '10-unknown-severity.yaml': [
    '10-unknown-severity.yaml:48:34  error  scenario-unknown-severity  inject "paste-found", decision "declare-severity", option "sev2": unknown severity "sev3" (did you mean "sev1"?); use a severity id from severities.yaml',
  ],
  '11-unknown-policy.yaml': [
    '11-unknown-policy.yaml:45:50  error  scenario-unknown-policy  inject "paste-found", decision "declare-severity", option "sev1": unknown policy "major-incident"; use an escalation policy id from escalation-policies.yaml',
  ],
  '12-unknown-incident-type.yaml': [
    '12-unknown-incident-type.yaml:5:15  error  scenario-unknown-incident-type  scenario "stolen-export": unknown incident type "databreach" (did you mean "data-breach"?); use an incident type id from incident-types.yaml',
  ],
  '13-unknown-element.yaml': [
    '13-unknown-element.yaml:17:16  error  scenario-unknown-element  objective "notify": unknown plan element "obligation:gdpr-art-33" (did you mean "obligation:gdpr-art33"?); use a typed ref such as playbook:<id>, activity:<playbook>/<activity>, obligation:<id> or severity:<id>',
  ],
  '14-unknown-decision.yaml': [
    '14-unknown-decision.yaml:55:22  error  scenario-unknown-decision  inject "journalist": unknown decision "declare-sev"; use the id of a decision defined in this scenario',
  ],
  '15-unknown-option.yaml': [
    '15-unknown-option.yaml:55:22  error  scenario-unknown-option  inject "journalist": decision "declare-severity": unknown option "later"; use the id of an option defined in this scenario',
  ],
  '16-unknown-module.yaml': [
    '16-unknown-module.yaml:53:13  error  scenario-unknown-module  inject "journalist": unknown module "detect"; use the id of a module defined in this scenario',
  ],
  '17-duplicate-inject.yaml': [
    '17-duplicate-inject.yaml:72:9  error  scenario-duplicate-id  inject "journalist" is defined twice; give each inject its own id',
  ],
  '18-clock-backwards.yaml': [
    '18-clock-backwards.yaml:73:9  error  scenario-clock-backwards  inject "dpa-reminder": the clock goes backwards: T+01:00 is earlier than inject "journalist" at T+02:00 above it; list injects in time order or correct the time',
  ],
  '19-after-end.yaml': [
    '19-after-end.yaml:73:9  error  scenario-after-end  inject "dpa-reminder": T+90:00 is after the end of the scenario (duration PT80H); move it earlier or lengthen "duration"',
  ],
  '20-fact-never-revealed.yaml': [
    '20-fact-never-revealed.yaml:101:11  error  scenario-trigger-never-fires  expectation "brief-press": this trigger can never fire: fact "press-awake" is never revealed by any inject or decision; correct the condition',
  ],
  '21-contradictory-options.yaml': [
    '21-contradictory-options.yaml:55:11  error  scenario-trigger-never-fires  inject "journalist": this trigger can never fire: it needs both option "wait" and option "sev1" of decision "declare-severity", but a decision is taken once; correct the condition',
  ],
  '22-unreachable-cycle.yaml': [
    '22-unreachable-cycle.yaml:52:5  error  scenario-inject-unreachable  inject "journalist" can never be delivered: option "holding" of decision "press-line" is never offered on any path through the scenario; change its trigger or add the inject or option it depends on',
  ],
  '23-no-time.yaml': [
    '23-no-time.yaml:72:5  error  schema-value  scenario "stolen-export", inject "dpa-reminder": it needs "at" (a scenario time), "when" (a trigger) or "contingency: true"; add one',
  ],
  '24-two-keys.yaml': [
    '24-two-keys.yaml:101:11  error  schema-value  scenario "stolen-export", expectation "brief-press": "when" must have exactly one of all, any, not, decided, after, before, delivered, fact, anchor, severity, dataCategory, e.g. { decided: declare-severity/sev1 } or { after: T+01:00 }',
  ],
  '25-misspelt-action.yaml': [
    '25-misspelt-action.yaml:48:23  error  schema-value  scenario "stolen-export", inject "paste-found", decision "declare-severity", option "sev2", action #1: it must have exactly one of declare, page, perform, submit, send, anchor, fact, setLevel, e.g. { declare: sev1 } or { perform: ransomware/isolate-hosts }',
    '25-misspelt-action.yaml:48:25  error  schema-unknown-field  scenario "stolen-export", inject "paste-found", decision "declare-severity", option "sev2", action #1: unknown field "declair" (did you mean "declare"?); rename it to "declare"',
  ],
  '26-empty.yaml': [
    '26-empty.yaml:1:1  error  file-empty  the scenario file is empty; write a scenario (see scenarios/ for examples)',
  ],
  '27-expectation-never.yaml': [
    '27-expectation-never.yaml:101:11  error  scenario-trigger-never-fires  expectation "brief-press": this trigger can never fire: T+99:00 is after the end of the scenario; correct the condition',
  ],
  '28-unknown-decision-owner.yaml': [
    '28-unknown-decision-owner.yaml:82:16  error  scenario-unknown-role  inject "dpa-reminder", decision "notify": unknown role "data-protection-officer"; use a role id from roles.yaml',
  ],
  '29-bad-duration.yaml': [
    '29-bad-duration.yaml:102:13  error  schema-value  scenario "stolen-export", expectation "brief-press": "within" must be an ISO-8601 duration such as PT15M, PT72H, P4D or P1M (got "1 hour"); write PT1H',
  ],
  '30-unknown-page-role.yaml': [
    '30-unknown-page-role.yaml:45:50  error  scenario-unknown-role  inject "paste-found", decision "declare-severity", option "sev1": unknown role "comms-lead"; use a role id from roles.yaml',
  ],
  '60-trigger-too-deep.yaml': [
    '60-trigger-too-deep.yaml:64:123  error  scenario-trigger-depth  inject "journalist": the trigger nests conditions more than 16 levels deep (all, any and not inside one another); simplify it: a "not" of a "not" cancels out, and an "all" inside an "all" can be merged into it',
  ],
  '61-trigger-800-nots.yaml': [
    '61-trigger-800-nots.yaml:64:438  error  yaml-depth  YAML nested too deeply: lists and mappings go more than 64 levels deep here, and a Drillbook file needs only a few; close the brackets left open or flatten the structure',
  ],
  '62-yaml-tag.yaml': [
    '62-yaml-tag.yaml:69:11  error  yaml-tag  unknown YAML tag "!!js/function": Drillbook files hold only text, numbers, true/false, lists and mappings, and a tag would turn the value into something else; remove "!!js/function", or write the whole value in quotes if it is meant as text',
  ],
  '63-duration-fraction.yaml': [
    '63-duration-fraction.yaml:111:13  error  schema-value  scenario "stolen-export", expectation "brief-press": "within" must be written in whole units: fractions are not supported (got "PT0.5H"); write PT30M',
  ],
  '64-hex-number-for-text.yaml': [
    '64-hex-number-for-text.yaml:86:14  error  schema-type  scenario "stolen-export", inject "dpa-reminder": "subject" must be text, not the number 50, which YAML reads from the hexadecimal 0x32; write it in quotes: "0x32"',
  ],
  '65-expectation-trigger-too-deep.yaml': [
    '65-expectation-trigger-too-deep.yaml:110:369  error  scenario-trigger-depth  expectation "brief-press": the trigger nests conditions more than 16 levels deep (all, any and not inside one another); simplify it: a "not" of a "not" cancels out, and an "all" inside an "all" can be merged into it',
  ],
  '66-nan-for-boolean.yaml': [
    '66-nan-for-boolean.yaml:92:19  error  schema-type  scenario "stolen-export", inject "dpa-reminder", decision "notify": "freeText" must be true or false, not .nan, which YAML reads as "not a number"',
  ],
  '67-scope-unknown-playbook.yaml': [
    '67-scope-unknown-playbook.yaml:9:22  error  scenario-unknown-playbook  scenario "stolen-export", scope: unknown playbook "breech" (did you mean "breach"?); use a playbook id from playbooks/',
  ],
  '68-scope-unknown-phase.yaml': [
    '68-scope-unknown-phase.yaml:9:27  error  scenario-unknown-phase  scenario "stolen-export", scope: unknown phase "contian"; use a phase id from phases.yaml',
  ],
  '69-scope-unknown-field.yaml': [
    '69-scope-unknown-field.yaml:9:10  error  schema-unknown-field  scenario "stolen-export": unknown field "playbook" (did you mean "playbooks"?); rename it to "playbooks"',
  ],
  '70-scope-phases-not-a-list.yaml': [
    '70-scope-phases-not-a-list.yaml:9:18  error  schema-type  scenario "stolen-export": "scope.phases" must be a list, not the text "respond"',
  ],
  '40-duplicate-scenario-id.yaml': [
    '40-duplicate-scenario-id.yaml:2:5  error  scenario-duplicate-id  scenario id "stolen-export" is already used by minimal.yaml; give each scenario its own id (it names the briefing page /exercises/stolen-export/)',
  ],
  '41-duration-zero.yaml': [
    '41-duration-zero.yaml:6:11  error  schema-value  scenario "stolen-export": "duration" must be between PT15M (15 minutes) and P30D (30 days) of scenario time, what a tabletop exercise can cover (got "PT0S"); give the planned length, e.g. PT4H',
  ],
  '42-duration-absurd.yaml': [
    '42-duration-absurd.yaml:6:11  error  schema-value  scenario "stolen-export": "duration" must be between PT15M (15 minutes) and P30D (30 days) of scenario time, what a tabletop exercise can cover (got "P9999Y"); give the planned length, e.g. PT4H',
  ],
  '43-reserved-id.yaml': [
    '43-reserved-id.yaml:2:5  error  scenario-reserved-id  scenario id "run" would take the URL /exercises/run/ of the simulator\'s run page; give the scenario another id, e.g. "run-exercise"',
  ],
  '44-id-too-long.yaml': [
    '44-id-too-long.yaml:2:5  error  schema-value  scenario "stolen-customer-export-stolen-customer-e…": "id" must be an id of at most 64 characters (got 113); ids become page URLs, so shorten it',
  ],
  '75-duplicate-question-id.yaml': [
    '75-duplicate-question-id.yaml:25:9  error  scenario-duplicate-id  question "detection-q2" is defined twice; give each question its own id',
  ],
  '76-module-start-backwards.yaml': [
    '76-module-start-backwards.yaml:30:15  error  scenario-module-start-backwards  module "recap": it starts at T+10:00, before module "next-day" above it (T+24:00); list modules in time order or correct "startsAt"',
  ],
  '77-inject-before-module.yaml': [
    '77-inject-before-module.yaml:28:9  error  scenario-inject-before-module  inject "paste-found": T+00:00 is before its module "detection" starts (T+00:30); move the inject to T+00:30 or later, or into an earlier module',
  ],
  '78-module-start-after-end.yaml': [
    '78-module-start-after-end.yaml:26:15  error  scenario-after-end  module "next-week": it starts at T+168:00, after the end of the scenario (duration PT80H); move it earlier or lengthen "duration"',
  ],
  '79-unknown-question-role.yaml': [
    '79-unknown-question-role.yaml:23:17  error  scenario-unknown-role  module "detection": unknown role "incident-comander" (did you mean "incident-commander"?); use a role id from roles.yaml',
  ],
  '80-set-level-unknown.yaml': [
    '80-set-level-unknown.yaml:48:54  error  scenario-unknown-level  inject "paste-found", decision "declare-severity", option "sev2": "severity:sev3" is not a level of the plan (did you mean "severity:sev1"?); set one of severity:sev1, severity:sev2 (a level of scales.yaml as <scale>:<level>, a severity as severity:<id>)',
  ],
};

/** Cases about a set of scenarios: validated after the minimal scenario, named `minimal.yaml`. */
const AFTER_MINIMAL = new Set(['40-duplicate-scenario-id.yaml']);

/** The problems of a corpus file, validated alone or after the minimal scenario. */
function validateCase(file: string): { problems: Problem[]; ok: boolean; scenario?: unknown } {
  const text = readFileSync(DIR + file, 'utf8');
  if (!AFTER_MINIMAL.has(file)) return validateScenario(minimalPlan(), text, file);
  const set = validateScenarios(minimalPlan(), [
    { file: 'minimal.yaml', text: readFileSync(MINIMAL_SCENARIO, 'utf8') },
    { file, text },
  ]);
  return set.results[1];
}

describe('broken scenarios', () => {
  it('has a corpus of at least 20 files, each with expected messages', () => {
    const files = readdirSync(DIR).filter((f) => f.endsWith('.yaml'));
    expect(files.length).toBeGreaterThanOrEqual(20);
    expect(files.sort()).toEqual(Object.keys(EXPECTED).sort());
  });

  for (const [file, lines] of Object.entries(EXPECTED)) {
    it(`reports ${file.replace(/^\d+-|\.yaml$/g, '').replace(/-/g, ' ')} in ${file}`, () => {
      const result = validateCase(file);
      expect(result.problems.map(formatProblem)).toEqual(lines);
      expect(result.ok).toBe(false);
      expect(result.scenario).toBeUndefined();
    });
  }

  it('accepts the minimal scenario with no problem', () => {
    const result = validateScenario(minimalPlan(), readFileSync(MINIMAL_SCENARIO, 'utf8'), MINIMAL_SCENARIO);
    expect(result.problems).toEqual([]);
    expect(result.scenario?.injects.map((i) => i.id)).toEqual([
      'paste-found',
      'journalist',
      'dpa-reminder',
      'regulator-call',
    ]);
  });

  it('warns about a data category no plan element uses, without rejecting the scenario', () => {
    const text = readFileSync(MINIMAL_SCENARIO, 'utf8').replace(
      'dataCategories: [personal-data]',
      'dataCategories: [personal-dta]',
    );
    const result = validateScenario(minimalPlan(), text, 's.yaml');
    expect(result.problems.map(formatProblem)).toEqual([
      's.yaml:36:24  warning  scenario-unused-data-category  inject "paste-found": data category "personal-dta" is not used by any incident type, obligation or activity of the plan, so it triggers nothing (did you mean "personal-data"?)',
    ]);
    expect(result.ok).toBe(true);
  });
});

describe('scenario sets', () => {
  const minimal = () => ({ file: 'a.yaml', text: readFileSync(MINIMAL_SCENARIO, 'utf8') });
  const withId = (file: string, id: string) => ({
    file,
    text: minimal().text.replace('id: stolen-export', `id: ${id}`),
  });

  it('accepts scenarios with different ids, each with its scenario', () => {
    const set = validateScenarios(minimalPlan(), [minimal(), withId('b.yaml', 'stolen-export-2')]);
    expect(set.problems).toEqual([]);
    expect(set.ok).toBe(true);
    expect(set.results.map((r) => [r.file, r.scenario?.id])).toEqual([
      ['a.yaml', 'stolen-export'],
      ['b.yaml', 'stolen-export-2'],
    ]);
  });

  it('rejects every later scenario that reuses an id, naming the first file, and keeps the first', () => {
    const set = validateScenarios(minimalPlan(), [
      minimal(),
      withId('b.yaml', 'other'),
      withId('c.yaml', 'stolen-export'),
    ]);
    expect(set.problems.map((p) => `${p.file}:${p.line}  ${p.rule}  ${p.message.split(';')[0]}`)).toEqual([
      'c.yaml:2  scenario-duplicate-id  scenario id "stolen-export" is already used by a.yaml',
    ]);
    expect(set.ok).toBe(false);
    expect(set.results.map((r) => r.scenario?.id)).toEqual(['stolen-export', 'other', undefined]);
  });

  it('does not count the id of a scenario that has errors of its own', () => {
    const broken = { file: 'b.yaml', text: minimal().text.replace('duration: PT80H', 'duration: PT0S') };
    const set = validateScenarios(minimalPlan(), [broken, withId('c.yaml', 'stolen-export')]);
    expect(set.problems.map((p) => [p.file, p.rule])).toEqual([['b.yaml', 'schema-value']]);
  });
});

describe('scenario duration', () => {
  const withDuration = (d: string) =>
    validateScenario(
      minimalPlan(),
      readFileSync(MINIMAL_SCENARIO, 'utf8')
        .replace('duration: PT80H', `duration: ${d}`)
        .replace(/T\+(\d\d):/g, 'T+00:'),
      's.yaml',
    );

  it.each(['PT15M', 'PT4H', 'P30D'])("accepts %s, within a tabletop's range", (d) => {
    expect(withDuration(d).problems.filter((p) => p.rule === 'schema-value')).toEqual([]);
  });

  it.each(['PT14M', 'PT0S', 'P31D', 'P1Y'])('rejects %s, outside PT15M to P30D', (d) => {
    expect(withDuration(d).problems.map((p) => p.message)).toEqual([
      expect.stringContaining(`"duration" must be between PT15M (15 minutes) and P30D (30 days)`),
    ]);
  });
});
