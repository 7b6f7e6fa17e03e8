/**
 * Names for the ids an incident records, from the plan's vocabulary, for text a person reads (the
 * panel, the timeline, the exports). Apart from ./vocabulary.ts so that the pages' start-up script,
 * which only reads the vocabulary, does not carry it.
 */
import type { AnchorEvent } from '../plan/model.ts';
import { anchorWords } from '../plan/anchor-events.ts';
import { dataCategoryWords, type IncidentVocabulary } from './vocabulary.ts';

/** Names for ids, for text a person reads: an unknown id (a plan changed since) is shown as it is. */
export function namesOf(vocab: IncidentVocabulary | undefined) {
  return {
    incidentType: (id: string) => vocab?.incidentTypes.find((t) => t.id === id)?.name ?? id,
    severity: (id: string) => vocab?.severities.find((s) => s.id === id)?.label ?? id,
    dataCategory: dataCategoryWords,
    fact: (id: string) => vocab?.facts?.find((f) => f.id === id)?.name ?? id,
    scale: (id: string) => vocab?.scales?.find((x) => x.id === id)?.name ?? id,
    level: (scale: string, level: string) =>
      vocab?.scales?.find((x) => x.id === scale)?.levels.find((l) => l.id === level)?.label ?? level,
    /** An anchor event or a plan event in words: the plan's name for its own events. */
    event: (id: string) => vocab?.events?.find((e) => e.id === id)?.name ?? anchorWords(id as AnchorEvent),
  };
}
