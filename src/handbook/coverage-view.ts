/**
 * What the coverage page shows of a control's elements (src/handbook/coverage.ts). A control may be
 * cited by thousands of activities: listing each would make the page grow with the plan. So the page
 * gives the counts, the other elements (mapped ones, chapters) by name, and the activities grouped by
 * playbook — each playbook with its count and its first few activities — so it grows with playbooks ×
 * controls at worst. Every element stays in coverage.csv and the OSCAL exports.
 *
 *   elements ─▶ summary ("57 activities in 12 playbooks, 2 chapters"), past COUNTED_ABOVE or when some go unnamed
 *            ├▶ others (mapped elements, the first CHAPTERS_SHOWN chapters, a playbook's only activity)
 *            └▶ per playbook of 2 or more: link · count · first ACTIVITIES_SHOWN activities · "and N more"
 */
import { ELEMENT_KINDS, elementHref, type RefKind } from '../plan/element-kinds.ts';
import type { ResolvedRef } from '../plan/refs.ts';

/** Activities named per playbook; a playbook with more shows these and "and N more". */
export const ACTIVITIES_SHOWN = 3;
/** Chapters named per control; a plan of many chapters citing one control shows these and "and N more". */
export const CHAPTERS_SHOWN = 10;
/** A control with this many elements or fewer, all named, goes without counts: the short list counts itself. */
export const COUNTED_ABOVE = 5;

/** One playbook's activities satisfying a control. */
export interface PlaybookCitations {
  playbook: ResolvedRef;
  count: number;
  /** The first activities, named without their playbook. */
  shown: ResolvedRef[];
  more: number;
}

/** A control's elements as the page shows them. */
export interface CitationView {
  /** "57 activities in 12 playbooks, 2 chapters and 1 role"; empty when a few elements, all named, satisfy it. */
  summary: string;
  /** Elements other than activities, and the activity of a playbook with only one, in their order. */
  others: ResolvedRef[];
  /** Chapters left out of `others`. */
  moreOthers: number;
  /** The playbooks with two activities or more satisfying the control. */
  playbooks: PlaybookCitations[];
}

const count = (n: number, kind: RefKind) => `${n} ${n === 1 ? ELEMENT_KINDS[kind].name : ELEMENT_KINDS[kind].plural}`;

/** Groups `elements` for the page; `refs` names activities and playbooks (the plan's `indexRefs`). */
export function citationView(elements: readonly ResolvedRef[], refs: Map<string, ResolvedRef>): CitationView {
  const groups = new Map<string, ResolvedRef[]>();
  for (const e of elements)
    if (e.kind === 'activity') groups.set(e.id.split('/')[0], [...(groups.get(e.id.split('/')[0]) ?? []), e]);
  // A playbook with one activity citing the control is named after it, "Activity (Playbook)", among
  // the others: a heading of its own would cost more than the name it saves.
  const others: ResolvedRef[] = [];
  let chapters = 0;
  for (const e of elements)
    if (
      e.kind === 'activity'
        ? groups.get(e.id.split('/')[0])!.length === 1
        : e.kind !== 'chapter' || ++chapters <= CHAPTERS_SHOWN
    )
      others.push(e);
  const playbooks = [...groups]
    .filter(([, acts]) => acts.length > 1)
    .map(([pb, acts]): PlaybookCitations => {
      const shown = acts.length > ACTIVITIES_SHOWN ? acts.slice(0, ACTIVITIES_SHOWN) : acts;
      return {
        playbook: refs.get(`playbook:${pb}`) ?? {
          kind: 'playbook',
          id: pb,
          name: pb,
          href: elementHref('playbook', pb),
        },
        count: acts.length,
        // The playbook is named once for its group: its activities go without the " (Playbook)" suffix.
        shown: shown.map((a) => refs.get(`activity:${a.id}`) ?? a),
        more: acts.length - shown.length,
      };
    });
  const byKind = new Map<RefKind, number>();
  for (const e of elements) if (e.kind !== 'activity') byKind.set(e.kind, (byKind.get(e.kind) ?? 0) + 1);
  const activities = elements.length - [...byKind.values()].reduce((n, k) => n + k, 0);
  const parts = [
    ...(activities ? [`${count(activities, 'activity')} in ${count(groups.size, 'playbook')}`] : []),
    ...[...byKind].map(([kind, n]) => count(n, kind)),
  ];
  const moreOthers = Math.max(0, chapters - CHAPTERS_SHOWN);
  const allNamed = moreOthers === 0 && playbooks.every((p) => p.more === 0);
  const summary =
    allNamed && elements.length <= COUNTED_ABOVE
      ? ''
      : parts.length > 1
        ? `${parts.slice(0, -1).join(', ')} and ${parts.at(-1)}`
        : (parts[0] ?? '');
  return { summary, others, moreOthers, playbooks };
}
