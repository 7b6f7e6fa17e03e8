/**
 * An incident's timeline for the post-incident review: every entry in time order, as Markdown to read
 * and as JSON to process. Pure.
 */
import { summarizeIncident, type Incident, type IncidentEntry } from './incident.ts';
import type { IncidentProfile, ProfileChange } from './profile.ts';
import type { IncidentVocabulary } from './vocabulary.ts';
import { namesOf } from './names.ts';
import { zoneWords } from '../plan/wall-clock.ts';

/** One line of the timeline, in words. */
export interface TimelineLine {
  at: number;
  by: string;
  text: string;
}

/** An instant as the export writes it: ISO 8601 in UTC, to the minute (`2026-06-01T09:00Z`). */
const iso = (ms: number): string => `${new Date(ms).toISOString().slice(0, 16)}Z`;

type Names = ReturnType<typeof namesOf>;
const listWords = (items: string[], name: (id: string) => string) =>
  items.length ? items.map(name).join(', ') : 'none';

/** A profile change in words: "Incident type set to Ransomware; severity set to SEV-1 Critical". */
export function describeProfileChange(set: ProfileChange, names: Names): string {
  const parts: string[] = [];
  if (set.incidentTypes) parts.push(`incident type set to ${listWords(set.incidentTypes, names.incidentType)}`);
  if (set.severity !== undefined)
    parts.push(set.severity === null ? 'severity cleared' : `severity set to ${names.severity(set.severity)}`);
  if (set.dataCategories) parts.push(`data affected set to ${listWords(set.dataCategories, names.dataCategory)}`);
  for (const [id, v] of Object.entries(set.facts ?? {})) parts.push(`${inSentence(names.fact(id))}: ${factWords(v)}`);
  for (const [scale, level] of Object.entries(set.levels ?? {}))
    parts.push(
      level === null ? `${names.scale(scale)} cleared` : `${names.scale(scale)} set to ${names.level(scale, level)}`,
    );
  return (parts.join('; ') || 'profile unchanged').replace(/^./, (c) => c.toUpperCase());
}

/** A fact's value in words: yes, no, not known. */
export const factWords = (v: boolean | null | undefined): string =>
  v === true ? 'yes' : v === false ? 'no' : 'not known';

/** A statement inside a sentence: "The incident involves fraud" → "the incident involves fraud". */
const inSentence = (name: string) => (/^[A-Z][a-z]/.test(name) ? name[0]!.toLowerCase() + name.slice(1) : name);

/**
 * The profile in words, one line each, for the export's head and the panel: type, severity, data,
 * then each of the plan's facts (yes, no or not known) and each of its other scales.
 */
export function profileLines(profile: IncidentProfile, names: Names, vocab?: IncidentVocabulary): [string, string][] {
  return [
    ['Incident type', listWords(profile.incidentTypes, names.incidentType)],
    ['Severity', profile.severity ? names.severity(profile.severity) : 'not set'],
    ['Data affected', listWords(profile.dataCategories, names.dataCategory)],
    ...(vocab?.scales ?? []).map((s): [string, string] => {
      const level = profile.levels?.[s.id];
      return [s.name, level ? names.level(s.id, level) : 'not set'];
    }),
    ...(vocab?.facts ?? []).map((f): [string, string] => [f.name, factWords(profile.facts?.[f.id])]),
  ];
}

/** What one entry says, in words (names from `vocab`, the plan's, when given). */
export function describeEntry(e: IncidentEntry, vocab?: IncidentVocabulary): string {
  switch (e.type) {
    case 'incident/open':
      return 'Incident declared';
    case 'incident/anchor':
      return `${namesOf(vocab)
        .event(e.event)
        .replace(/^./, (c) => c.toUpperCase())} time ${e.time === null ? 'cleared' : `set to ${iso(e.time)}`}`;
    case 'incident/tick':
      return `${e.done ? 'Done' : 'Not done after all'}: ${e.title}`;
    case 'incident/profile':
      return describeProfileChange(e.set, namesOf(vocab));
    case 'incident/note':
      return `Note: ${e.text}`;
    case 'incident/close':
      return 'Incident closed';
    case 'incident/reopen':
      return 'Incident reopened';
  }
}

/** The timeline, oldest first (entries recorded at the same moment keep their order). */
export function incidentTimeline(incident: Incident, vocab?: IncidentVocabulary): TimelineLine[] {
  return incident.log
    .map((e, i) => ({ e, i }))
    .sort((a, b) => a.e.at - b.e.at || a.i - b.i)
    .map(({ e }) => ({ at: e.at, by: e.by, text: describeEntry(e, vocab) }));
}

/** Text placed in Markdown as text: characters Markdown would read as markup are escaped, lines joined. */
function mdText(text: string): string {
  return text.replace(/\s*\n\s*/g, ' ').replace(/[\\`*_[\]<>|#~&!]/g, (c) => `\\${c}`);
}

/** The timeline as a Markdown document: title, what the incident is, anchor times, then one table row per entry. */
export function incidentMarkdown(incident: Incident, vocab?: IncidentVocabulary, readerZone?: string): string {
  const summary = summarizeIncident(incident);
  const names = namesOf(vocab);
  const anchors = Object.entries(summary.anchors).map(
    ([event, time]) => `- ${mdText(names.event(event))}: ${iso(time)}`,
  );
  const rows = incidentTimeline(incident, vocab).map(
    (l) => `| ${iso(l.at)} | ${mdText(l.by) || '—'} | ${mdText(l.text)} |`,
  );
  return [
    `# ${mdText(incident.title)}`,
    '',
    `Opened ${iso(summary.openedAt)}${summary.closedAt === undefined ? ', still open' : `, closed ${iso(summary.closedAt)}`}. Times in UTC (UTC+00:00, written Z)${
      readerZone ? `; the handbook showed them in ${mdText(zoneWords(readerZone, summary.openedAt))}` : ''
    }.`,
    '',
    ...profileLines(summary.profile, names, vocab).map(([k, v]) => `- ${k}: ${mdText(v)}`),
    '',
    '## Anchor times',
    '',
    ...(anchors.length ? anchors : ['- none recorded']),
    '',
    '## Timeline',
    '',
    '| Time | Who | What |',
    '|---|---|---|',
    ...rows,
    '',
  ].join('\n');
}

/** The timeline as JSON: the incident's anchors, the timeline in words and the raw log. */
export function incidentJson(incident: Incident, vocab?: IncidentVocabulary): string {
  const summary = summarizeIncident(incident);
  const names = namesOf(vocab);
  const { incidentTypes, severity, dataCategories } = summary.profile;
  const anchors = Object.fromEntries(Object.entries(summary.anchors).map(([k, v]) => [k, new Date(v).toISOString()]));
  const timeline = incidentTimeline(incident, vocab).map((l) => ({
    at: new Date(l.at).toISOString(),
    by: l.by,
    text: l.text,
  }));
  return `${JSON.stringify(
    {
      id: incident.id,
      title: incident.title,
      openedAt: new Date(summary.openedAt).toISOString(),
      closedAt: summary.closedAt === undefined ? null : new Date(summary.closedAt).toISOString(),
      incidentTypes: incidentTypes.map((id) => ({ id, name: names.incidentType(id) })),
      severity: severity ? { id: severity, label: names.severity(severity) } : null,
      dataCategories,
      ...(vocab?.scales ? { levels: vocab.scales.map((x) => levelJson(x, summary.profile.levels?.[x.id])) } : {}),
      ...(vocab?.facts
        ? { facts: vocab.facts.map((f) => ({ id: f.id, name: f.name, value: summary.profile.facts?.[f.id] ?? null })) }
        : {}),
      anchors,
      ...(vocab?.events ? { events: vocab.events.map((e) => eventJson(e, summary.anchors)) } : {}),
      timeline,
      log: incident.log,
    },
    null,
    2,
  )}\n`;
}

/** A scale's level as the JSON export gives it: the scale and the level by id and name (null: not set). */
function levelJson(scale: NonNullable<IncidentVocabulary['scales']>[number], level: string | undefined) {
  const label = scale.levels.find((l) => l.id === level)?.label;
  return { scale: scale.id, name: scale.name, level: level ? { id: level, label: label ?? level } : null };
}

/** A plan event as the JSON export gives it: by id and name, when it was recorded (null: not yet). */
function eventJson(e: { id: string; name: string }, anchors: Record<string, number>) {
  const at = anchors[e.id];
  return { id: e.id, name: e.name, at: at === undefined ? null : new Date(at).toISOString() };
}

/** A file name for the export: `2026-06-01-<incident id>.md`. */
export function exportFileName(incident: Incident, extension: 'md' | 'json'): string {
  return `${new Date(summarizeIncident(incident).openedAt).toISOString().slice(0, 10)}-${incident.id}.${extension}`;
}
