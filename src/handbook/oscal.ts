/**
 * The plan's evidence as OSCAL JSON (NIST's Open Security Controls Assessment Language, models of
 * version 1.1), for an auditor's own tools:
 *
 *   component-definition   the plan as one component; per framework, each control it answers to
 *                          (implemented, partial or not applicable; gaps are left to the POA&M)
 *   assessment-results     one result per exercise record: its objectives as findings (HSEEP
 *                          ratings), its observations, the controls it tested, plan version and digest
 *   poam                   the improvement actions of the exercises (overdue ones flagged) and the
 *                          control gaps
 *
 * UUIDs are derived from the plan id and the element, so a rebuild of the same plan gives the same
 * files; OSCAL's control ids are tokens, so `12.10.1` is published as `pci-dss-12.10.1` with the
 * framework's own id in a `label` property.
 */
import { sha256 } from '@noble/hashes/sha2.js';
import type { PlanModel } from '../plan/model.ts';
import { byId } from '../plan/lookup.ts';
import type { FrameworkCoverage } from './coverage.ts';

/** The OSCAL version the documents are written against. */
export const OSCAL_VERSION = '1.1.2';
/** The namespace of Drillbook's own properties. */
export const DRILLBOOK_NS = 'https://drillbook.dev/ns/oscal';

const HSEEP = {
  P: 'Performed without challenges',
  S: 'Performed with some challenges',
  M: 'Performed with major challenges',
  U: 'Unable to be performed',
};

/** A UUID (version 4 layout) derived from `name`: stable across builds of the same plan. */
export function stableUuid(name: string): string {
  const h = [...sha256(new TextEncoder().encode(name)).slice(0, 16)];
  h[6] = (h[6] & 0x0f) | 0x40;
  h[8] = (h[8] & 0x3f) | 0x80;
  const hex = h.map((b) => b.toString(16).padStart(2, '0')).join('');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

/** An OSCAL token for `framework:control`: letters first, then letters, digits, `.`, `-`, `_`. */
export function controlToken(framework: string, control: string): string {
  return `${framework}-${control}`
    .replace(/[^A-Za-z0-9._-]+/g, '-')
    .replace(/-+$/, '')
    .replace(/^[^A-Za-z_]+/, '');
}

const prop = (name: string, value: string) => ({ name, ns: DRILLBOOK_NS, value });

/** The metadata every document opens with. */
function metadata(plan: PlanModel, what: string, built: string) {
  const d = plan.document;
  return {
    title: `${d.title}: ${what}`,
    'last-modified': `${built}T00:00:00Z`,
    version: d.version,
    'oscal-version': OSCAL_VERSION,
    props: [prop('plan-digest', plan.digest), prop('plan-status', d.status)],
  };
}

/** `component-definition.json`: the plan and the controls it implements. */
export function componentDefinition(plan: PlanModel, coverage: readonly FrameworkCoverage[], built: string) {
  const id = plan.document.id;
  const STATUS = { covered: 'implemented', partial: 'partial', 'not-applicable': 'not-applicable' } as const;
  return {
    'component-definition': {
      uuid: stableUuid(`${id}:component-definition`),
      metadata: metadata(plan, 'controls', built),
      components: [
        {
          uuid: stableUuid(`${id}:component`),
          type: 'policy',
          title: plan.document.title,
          description: `The incident management plan of ${plan.document.organisation}, version ${plan.document.version} (digest ${plan.digest}).`,
          props: [prop('plan-digest', plan.digest)],
          'control-implementations': coverage
            .filter((f) => f.rows.some((r) => r.status !== 'missing'))
            .map((f) => ({
              uuid: stableUuid(`${id}:controls:${f.id}`),
              source: `${DRILLBOOK_NS}/catalogs/${f.catalog?.id ?? f.id}`,
              description: f.name,
              'implemented-requirements': f.rows
                .filter((r) => r.status !== 'missing')
                .map((r) => ({
                  uuid: stableUuid(`${id}:control:${f.id}:${r.control}`),
                  'control-id': controlToken(f.id, r.control),
                  description: r.elements.length
                    ? `Satisfied by: ${r.elements.map((e) => e.name).join('; ')}.`
                    : r.title,
                  props: [
                    { name: 'implementation-status', value: STATUS[r.status as keyof typeof STATUS] },
                    prop('label', r.control),
                  ],
                  ...(r.reason && { remarks: r.reason }),
                })),
            })),
        },
      ],
    },
  };
}

/** `assessment-results.json`: one result per exercise record. */
export function assessmentResults(plan: PlanModel, built: string) {
  const id = plan.document.id;
  const exercises = [...plan.exercises].sort((a, b) => (a.date < b.date ? 1 : -1));
  return {
    'assessment-results': {
      uuid: stableUuid(`${id}:assessment-results`),
      metadata: metadata(plan, 'exercise results', built),
      'import-ap': {
        href: '../index.html#exercises',
        remarks: 'The exercise programme is part of the plan itself; no separate assessment plan is published.',
      },
      results: exercises.map((x) => {
        const start = `${x.date}T00:00:00Z`;
        return {
          uuid: stableUuid(`${id}:exercise:${x.id}`),
          title: x.title,
          description: `A ${x.type} exercise of plan version ${x.planVersion}; scenario: ${x.scenario}`,
          start,
          props: [
            prop('exercise-type', x.type),
            prop('plan-version', x.planVersion),
            ...(x.planDigest ? [prop('plan-digest', x.planDigest)] : []),
            ...(x.nextDue ? [prop('next-due', x.nextDue)] : []),
          ],
          'reviewed-controls': {
            'control-selections': [
              x.controls?.length
                ? {
                    'include-controls': x.controls.map((c) => ({
                      'control-id': controlToken(c.slice(0, c.indexOf(':')), c.slice(c.indexOf(':') + 1)),
                    })),
                  }
                : { 'include-all': {} },
            ],
          },
          ...(x.findings.length && {
            observations: x.findings.map((f, i) => ({
              uuid: stableUuid(`${id}:exercise:${x.id}:observation:${i}`),
              description: f,
              methods: ['TEST'],
              collected: start,
            })),
          }),
          ...(x.objectives.some((o) => o.rating) && {
            findings: x.objectives
              .filter((o) => o.rating)
              .map((o) => ({
                uuid: stableUuid(`${id}:exercise:${x.id}:objective:${o.id}`),
                title: o.title,
                description: `HSEEP rating ${o.rating}: ${HSEEP[o.rating!]}.${o.areasForImprovement.length ? ` To improve: ${o.areasForImprovement.join('; ')}` : ''}`,
                target: {
                  type: 'objective-id',
                  'target-id': controlToken(x.id, o.id),
                  status: { state: o.rating === 'P' || o.rating === 'S' ? 'satisfied' : 'not-satisfied' },
                },
              })),
          }),
        };
      }),
    },
  };
}

/** `poam.json`: every improvement action of the exercises (overdue as of `built` flagged) and every control gap. */
export function poam(plan: PlanModel, coverage: readonly FrameworkCoverage[], built: string) {
  const id = plan.document.id;
  const roleName = byId(plan).roleName;
  const actions = plan.exercises.flatMap((x) =>
    x.improvements.map((i) => ({
      uuid: stableUuid(`${id}:action:${x.id}:${i.id}`),
      title: i.issue,
      description: i.action,
      props: [
        // The HSEEP improvement plan's columns, where the record carries them (older records do not).
        ...(i.capability ? [prop('core-capability', i.capability)] : []),
        ...(i.element ? [prop('capability-element', i.element)] : []),
        ...(i.organisation ? [prop('responsible-organisation', i.organisation)] : []),
        prop('owner', roleName(i.owner)),
        ...(i.start ? [prop('start', i.start)] : []),
        prop('due', i.due),
        prop('status', i.status),
        prop('overdue', String(i.status !== 'done' && i.due < built)),
        prop('exercise', x.title),
      ],
    })),
  );
  const gaps = coverage.flatMap((f) =>
    f.rows
      .filter((r) => r.status === 'missing')
      .map((r) => ({
        uuid: stableUuid(`${id}:gap:${f.id}:${r.control}`),
        title: `Control gap: ${f.name} ${r.control}`,
        description: `No plan element covers ${r.control} (${r.title}).`,
        props: [prop('control', controlToken(f.id, r.control)), prop('status', 'open')],
      })),
  );
  const items = [...actions, ...gaps];
  return {
    'plan-of-action-and-milestones': {
      uuid: stableUuid(`${id}:poam`),
      metadata: metadata(plan, 'improvement actions and control gaps', built),
      'poam-items': items.length
        ? items
        : [
            {
              uuid: stableUuid(`${id}:poam:none`),
              title: 'Nothing open',
              description: 'The plan records no improvement action and no control gap.',
            },
          ],
    },
  };
}
