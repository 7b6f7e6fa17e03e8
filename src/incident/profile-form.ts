/**
 * The fields that say what an incident is (its types, severity, data categories), as the incident
 * panel's start form and its "change" form share them: the start form is rendered at build time by
 * IncidentPanel.astro with the same field names, the change form here with DOM text nodes only.
 * One reader for both.
 */
import type { IncidentProfile, ProfileChange } from './profile.ts';
import { dataCategoryWords, type IncidentVocabulary } from './vocabulary.ts';

/** The field names both forms use. */
export const PROFILE_FIELDS = {
  incidentType: 'incidentType',
  severity: 'severity',
  dataCategory: 'dataCategory',
} as const;

/** What the form says the incident is: every field, so a change form records exactly what it shows. */
export function readProfile(form: HTMLFormElement): ProfileChange {
  const data = new FormData(form);
  const strings = (name: string) => data.getAll(name).map(String);
  const severity = String(data.get(PROFILE_FIELDS.severity) ?? '');
  return {
    incidentTypes: strings(PROFILE_FIELDS.incidentType),
    severity: severity || null,
    dataCategories: strings(PROFILE_FIELDS.dataCategory),
  };
}

function checkboxes(
  legend: string,
  name: string,
  options: { id: string; name: string }[],
  checked: string[],
): HTMLFieldSetElement {
  const set = document.createElement('fieldset');
  set.className = 'db-choices';
  set.append(Object.assign(document.createElement('legend'), { textContent: legend }));
  for (const o of options) {
    const label = document.createElement('label');
    const box = Object.assign(document.createElement('input'), {
      type: 'checkbox',
      name,
      value: o.id,
      checked: checked.includes(o.id),
    });
    label.append(box, ` ${o.name}`);
    set.append(label);
  }
  return set;
}

/** The three fields, filled with `profile`, for the change form. */
export function profileFields(vocab: IncidentVocabulary, profile: IncidentProfile): HTMLElement[] {
  const severity = document.createElement('label');
  const select = Object.assign(document.createElement('select'), { name: PROFILE_FIELDS.severity });
  select.append(
    new Option('Not declared yet', ''),
    ...vocab.severities.map((s) => new Option(s.label, s.id, false, s.id === profile.severity)),
  );
  severity.append('Severity ', select);
  return [
    checkboxes('Incident type', PROFILE_FIELDS.incidentType, vocab.incidentTypes, profile.incidentTypes),
    severity,
    checkboxes(
      'Data affected',
      PROFILE_FIELDS.dataCategory,
      vocab.dataCategories.map((id) => ({ id, name: dataCategoryWords(id) })),
      profile.dataCategories,
    ),
  ];
}
