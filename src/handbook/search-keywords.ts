/**
 * Search keywords: the words a responder types at 3 a.m. for the pages the plan's answers are on,
 * drawn from the plan (severity ids and labels written without the hyphen, the incident types a
 * playbook serves, each regime's deadlines in hours), given to Pagefind as page metadata that
 * outranks narrative and templates (`metaWeights.keywords` in astro.config.mjs), as a role's aliases
 * do. Pure.
 */
import type { Playbook, PlanModel } from '../plan/model.ts';
import { durationToMs } from '../plan/time.ts';

/** The metadata field the keywords go in. */
export const KEYWORDS_FIELD = 'keywords';

/** The `data-pagefind-meta` value for `words`: each once, without commas (they separate Pagefind's fields). */
export function keywordsMeta(words: readonly string[]): string | undefined {
  const unique = [...new Set(words.map((w) => w.replace(/,/g, ' ').replace(/\s+/g, ' ').trim()).filter(Boolean))];
  return unique.length ? `${KEYWORDS_FIELD}:${unique.join(' · ')}` : undefined;
}

/** Severity levels as typed: "SEV-1 Critical" also as "SEV1" and "SEV 1", and each id. */
export function severityKeywords(plan: PlanModel): string[] {
  return [
    'severity levels',
    ...plan.severities.flatMap((s) => {
      const code = s.label.split(/\s+/)[0]!;
      return [s.id, code, code.replace(/[-_]/g, ''), code.replace(/[-_]/g, ' ')];
    }),
  ];
}

/** What people ask when they need a number. */
export const CONTACT_KEYWORDS = [
  'who to call',
  'who do I call',
  'call',
  'phone',
  'phone numbers',
  'hotline',
  'contacts',
  'reach',
];

/** A playbook by the incident types it serves and by its own id. */
export function playbookKeywords(plan: PlanModel, playbook: Playbook): string[] {
  const types = plan.incidentTypes.filter(
    (t) => t.playbooks.includes(playbook.id) || playbook.incidentTypes.includes(t.id),
  );
  return [playbook.id.replace(/-/g, ' '), ...types.flatMap((t) => [t.name, t.id.replace(/-/g, ' ')])];
}

/** The obligations page by regime, recipient kind and deadline in hours: "GDPR 72 hours". */
export function obligationKeywords(plan: PlanModel): string[] {
  const hours = (d: string) => {
    const h = durationToMs(d) / 3_600_000;
    return Number.isInteger(h) && h > 0 && h <= 24 * 7 ? [`${h} hours`] : [];
  };
  return [
    'regulator',
    'notification deadlines',
    'notify',
    ...plan.obligations.flatMap((o) => [
      o.regime,
      ...o.stages.flatMap((s) => hours(s.deadline).map((h) => `${o.regime} ${h}`)),
    ]),
  ];
}
