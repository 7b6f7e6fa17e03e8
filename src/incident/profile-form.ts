/**
 * The fields that say what an incident is (its types, severity, data categories; in the change form
 * also a level of each of the plan's other scales and each situational fact, yes / no / not known),
 * as the incident panel's start form and its "change" form share them: the start form is rendered at
 * build time by IncidentPanel.astro with the same field names, the change form here with DOM text
 * nodes only. One reader for both.
 */
import type { IncidentProfile, ProfileChange } from './profile.ts';
import { dataCategoryWords, type Described, type IncidentVocabulary } from './vocabulary.ts';

/** The field names both forms use. */
export const PROFILE_FIELDS = {
  incidentType: 'incidentType',
  severity: 'severity',
  dataCategory: 'dataCategory',
} as const;

/** A fact's field is `fact:<id>` (yes / no / empty: not known); a scale's `level:<scale id>` (empty: not set). */
const FACT = 'fact:';
const LEVEL = 'level:';

/** What the form says the incident is: every field, so a change form records exactly what it shows. */
export function readProfile(form: HTMLFormElement): ProfileChange {
  const data = new FormData(form);
  const strings = (name: string) => data.getAll(name).map(String);
  const severity = String(data.get(PROFILE_FIELDS.severity) ?? '');
  const facts: Record<string, boolean | null> = {};
  const levels: Record<string, string | null> = {};
  for (const el of form.elements) {
    const { name } = el as HTMLInputElement;
    const value = name ? String(data.get(name) ?? '') : '';
    if (name?.startsWith(FACT)) facts[name.slice(FACT.length)] = value === 'yes' ? true : value === 'no' ? false : null;
    else if (name?.startsWith(LEVEL)) levels[name.slice(LEVEL.length)] = value || null;
  }
  return {
    incidentTypes: strings(PROFILE_FIELDS.incidentType),
    severity: severity || null,
    dataCategories: strings(PROFILE_FIELDS.dataCategory),
    ...(Object.keys(facts).length ? { facts } : {}),
    ...(Object.keys(levels).length ? { levels } : {}),
  };
}

let described = 0;

/** A fact as three radio buttons, its name the group's name, its description the help beneath. */
function factField(fact: Described, value: boolean | undefined): HTMLFieldSetElement {
  const set = document.createElement('fieldset');
  set.className = 'db-choices db-fact';
  set.append(Object.assign(document.createElement('legend'), { textContent: fact.name }));
  if (fact.description) {
    const help = Object.assign(document.createElement('p'), {
      className: 'db-meta',
      textContent: fact.description,
      id: `db-fact-help-${++described}`,
    });
    set.setAttribute('aria-describedby', help.id);
    set.append(help);
  }
  const options: [string, string, boolean][] = [
    ['yes', 'Yes', value === true],
    ['no', 'No', value === false],
    ['', 'Not known', value === undefined],
  ];
  for (const [v, words, checked] of options) {
    const label = document.createElement('label');
    const radio = Object.assign(document.createElement('input'), {
      type: 'radio',
      name: FACT + fact.id,
      value: v,
      checked,
    });
    label.append(radio, ` ${words}`);
    set.append(label);
  }
  return set;
}

/** A scale other than severity as a list of its levels by rank, or "Not set". */
function levelField(scale: NonNullable<IncidentVocabulary['scales']>[number], value: string | undefined): HTMLElement {
  const label = document.createElement('label');
  const select = Object.assign(document.createElement('select'), { name: LEVEL + scale.id });
  select.append(
    new Option('Not set', ''),
    ...scale.levels.map((l) => new Option(l.label, l.id, false, l.id === value)),
  );
  label.append(`${scale.name} `, select);
  return label;
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

/** The fields, filled with `profile`, for the change form: type, severity, the other scales, data, facts. */
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
    ...(vocab.scales ?? []).map((x) => levelField(x, profile.levels?.[x.id])),
    checkboxes(
      'Data affected',
      PROFILE_FIELDS.dataCategory,
      vocab.dataCategories.map((id) => ({ id, name: dataCategoryWords(id) })),
      profile.dataCategories,
    ),
    ...(vocab.facts ?? []).map((f) => factField(f, profile.facts?.[f.id])),
  ];
}
