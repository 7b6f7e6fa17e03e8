/**
 * The audit exports (src/handbook/oscal.ts, coverage-csv.ts): the OSCAL documents have the structure
 * OSCAL requires (test/audit/oscal-structure.ts) and, when NIST's JSON schemas are at hand
 * (oscal_component_schema.json, oscal_assessment-results_schema.json, oscal_poam_schema.json from
 * usnistgov/OSCAL's release, in the folder DRILLBOOK_OSCAL_SCHEMAS names, else in ../shared/oscal/
 * beside the project, where CI finds the shared folder), validate against those too (when they are not,
 * the run ends with one line saying so: test/summary-reporter.ts prints the note); the CSV reads back as
 * the coverage matrix and cannot carry a spreadsheet formula.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import Ajv from 'ajv';
import addFormats from 'ajv-formats';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { compilePlan, modelOf } from '../../src/compiler/compile.ts';
import { indexRefs } from '../../src/plan/refs.ts';
import { buildCoverage } from '../../src/handbook/coverage.ts';
import { coverageCsv } from '../../src/handbook/coverage-csv.ts';
import { assessmentResults, componentDefinition, controlToken, poam, stableUuid } from '../../src/handbook/oscal.ts';
import { ASSESSMENT_RESULTS, COMPONENT_DEFINITION, POAM } from './oscal-structure.ts';

const BUILT = '2027-04-15';
const plan = modelOf(compilePlan('content', { today: BUILT }))!;
const coverage = buildCoverage(plan, indexRefs(plan), BUILT);
const docs = {
  component: { doc: componentDefinition(plan, coverage, BUILT), schema: COMPONENT_DEFINITION },
  'assessment-results': { doc: assessmentResults(plan, BUILT), schema: ASSESSMENT_RESULTS },
  poam: { doc: poam(plan, coverage, BUILT), schema: POAM },
};
// NIST's schemas cannot be committed here (a public repository's files); the shared folder can carry them.
const NIST = resolve(process.env.DRILLBOOK_OSCAL_SCHEMAS ?? join('..', 'shared', 'oscal'));
const nistFile = (name: string) => join(NIST, `oscal_${name}_schema.json`);
const nistMissing = Object.keys(docs).filter((name) => !existsSync(nistFile(name)));
/** The one line the run prints (test/summary-reporter.ts) when NIST's schemas are not at hand. */
const NIST_NOTE = nistMissing.length
  ? `OSCAL: ${nistMissing.length === 3 ? "NIST's schemas were" : `${nistMissing.map((n) => `oscal_${n}_schema.json`).join(', ')} ${nistMissing.length === 1 ? 'was' : 'were'}`} not found in ${NIST} (set DRILLBOOK_OSCAL_SCHEMAS, else ../shared/oscal/): ${nistMissing.length === 3 ? 'the exports were' : 'those exports were'} checked against Drillbook's structure schema only`
  : undefined;

/** Errors of `doc` against `schema`, as readable lines. */
function errors(schema: object, doc: unknown): string[] {
  const ajv = new Ajv({ allErrors: true, strict: false });
  addFormats(ajv);
  return ajv.validate(schema, doc) ? [] : (ajv.errors ?? []).map((e) => `${e.instancePath} ${e.message}`);
}

describe('OSCAL exports', () => {
  for (const [name, { doc, schema }] of Object.entries(docs)) {
    it(`writes ${name} with the structure OSCAL requires (and, given DRILLBOOK_OSCAL_SCHEMAS, valid against NIST's schema)`, ({
      task,
    }) => {
      expect(errors(schema, doc)).toEqual([]);
      if (existsSync(nistFile(name))) expect(errors(JSON.parse(readFileSync(nistFile(name), 'utf8')), doc)).toEqual([]);
      else task.meta.note = NIST_NOTE;
    });

    it(`writes ${name} that the structure check would reject with a malformed UUID`, () => {
      const broken = structuredClone(doc) as Record<string, { uuid: string }>;
      Object.values(broken)[0].uuid = 'kestrel-1';
      expect(errors(schema, broken).length).toBeGreaterThan(0);
    });
  }

  it('lists each implemented control with its status, and leaves gaps to the POA&M', () => {
    const implementations = docs.component.doc['component-definition'].components[0]['control-implementations'];
    const iso = implementations.find((c) => c.description === 'ISO/IEC 27001:2022 Annex A')![
      'implemented-requirements'
    ];
    const a530 = iso.find((r) => r['control-id'] === 'iso27001-A.5.30')!;
    expect(a530.props).toContainEqual({ name: 'implementation-status', value: 'partial' });
    const items = docs.poam.doc['plan-of-action-and-milestones']['poam-items'];
    expect(items.map((i) => i.title)).toContain('Control gap: NIST Cybersecurity Framework 2.0 RC.RP-04');
  });

  it('flags the improvement actions overdue on the build date in the POA&M', () => {
    const items = docs.poam.doc['plan-of-action-and-milestones']['poam-items'] as {
      props?: { name: string; value: string }[];
    }[];
    const overdue = items
      .filter((i) => i.props?.some((p) => p.name === 'overdue' && p.value === 'true'))
      .map((i) => i.props!.find((p) => p.name === 'due')!.value);
    expect(overdue.sort()).toEqual(['2026-12-15', '2027-01-31', '2027-03-31']);
  });

  it("carries an improvement action's HSEEP columns into its POA&M item, and none for an older record", () => {
    const [x, ...rest] = plan.exercises;
    const [first, ...others] = x!.improvements;
    const hseep = {
      ...first!,
      capability: 'Operational Coordination',
      element: 'Training' as const,
      organisation: 'Kestrel Pay, Security Operations',
      start: '2026-10-01',
    };
    const withColumns = { ...plan, exercises: [{ ...x!, improvements: [hseep, ...others] }, ...rest] };
    const doc = poam(withColumns, coverage, BUILT);
    expect(errors(POAM, doc)).toEqual([]);
    if (NIST && existsSync(NIST))
      expect(errors(JSON.parse(readFileSync(join(NIST, 'oscal_poam_schema.json'), 'utf8')), doc)).toEqual([]);
    type Item = { title: string; props?: { name: string; value: string }[] };
    const itemsOf = (d: typeof doc) => d['plan-of-action-and-milestones']['poam-items'] as Item[];
    const item = itemsOf(doc).find((i) => i.title === first!.issue)!;
    const props = Object.fromEntries((item.props ?? []).map((p) => [p.name, p.value]));
    expect(props).toMatchObject({
      'core-capability': 'Operational Coordination',
      'capability-element': 'Training',
      'responsible-organisation': 'Kestrel Pay, Security Operations',
      start: '2026-10-01',
      due: first!.due,
    });
    const older = itemsOf(docs.poam.doc).find((i) => i.title === first!.issue)!;
    expect((older.props ?? []).map((p) => p.name)).not.toContain('capability-element');
  });

  it('gives each exercise record one result with its plan version and the controls it tested', () => {
    const results = docs['assessment-results'].doc['assessment-results'].results;
    expect(results.map((r) => r.start)).toEqual(['2026-09-24T00:00:00Z', '2026-03-18T00:00:00Z']);
    expect(results[0].props).toContainEqual(expect.objectContaining({ name: 'plan-version', value: '3.1' }));
    expect(JSON.stringify(results[0]['reviewed-controls'])).toContain('pci-dss-12.10.2');
  });

  it('derives the same UUIDs on every build, different ones for different elements, and control ids as tokens', () => {
    expect(stableUuid('a')).toBe(stableUuid('a'));
    expect(stableUuid('a')).not.toBe(stableUuid('b'));
    expect(controlToken('pci-dss', '12.10.1')).toBe('pci-dss-12.10.1');
    expect(controlToken('dora', 'Art.17(3)')).toBe('dora-Art.17-3');
  });
});

describe('coverage.csv', () => {
  it('reads back as one row per control with framework, control, title, status and elements', () => {
    const parsed = Papa.parse<Record<string, string>>(coverageCsv(coverage), { header: true, skipEmptyLines: true });
    expect(parsed.errors).toEqual([]);
    expect(parsed.data.length).toBe(coverage.reduce((n, f) => n + f.rows.length, 0));
    const row = parsed.data.find((r) => r.control === 'A.5.30')!;
    expect(row).toMatchObject({ framework: 'ISO/IEC 27001:2022 Annex A', status: 'partial' });
    expect(row.elements).toContain('Fail over to the secondary region');
    expect(parsed.data.find((r) => r.control === 'RC.RP-04')!.status).toBe('missing');
  });

  it('keeps a title that starts like a spreadsheet formula as text', () => {
    const csv = coverageCsv([
      {
        id: 'x',
        name: 'X',
        rows: [
          {
            control: 'C-1',
            title: '=HYPERLINK("http://evil")',
            status: 'missing',
            elements: [],
            unresolved: [],
            inCatalog: true,
            openActions: [],
          },
        ],
        counts: { covered: 0, partial: 0, missing: 1, 'not-applicable': 0 },
      },
    ]);
    expect(Papa.parse<Record<string, string>>(csv, { header: true, skipEmptyLines: true }).data[0].title).toBe(
      `'=HYPERLINK("http://evil")`,
    );
  });
});
