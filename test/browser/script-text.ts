/**
 * The script of the example scenarios, read from their YAML files, and every file of a built site as
 * searchable text: the staff-handbook test looks for the one in the other. Pagefind's index and
 * fragments are gzip files; they are searched decompressed.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { parse } from 'yaml';
import { listFiles } from './handbook-helpers.ts';

/** One piece of facilitator-only text: where it comes from, and the line searched for. */
export interface ScriptLine {
  source: string;
  text: string;
}

/** Lines shorter than this are words any page may hold ("Wait", "SEV-1"); longer ones are the script's own. */
const MIN_LENGTH = 24;

type Node = Record<string, unknown>;
const list = (value: unknown): Node[] => (Array.isArray(value) ? (value as Node[]) : []);

/**
 * Every facilitator-only text of every scenario file in `dir`, line by line: the facilitator notes,
 * each inject's notes, body, subject and expected action, each decision's prompt, each option's
 * label and what it does in the plan (its actions, as the JSON a page would carry), and each
 * scenario expectation's description. Lines the plan in `planDir` holds word for word are left out.
 */
export function scriptLines(dir: string, planDir: string): ScriptLine[] {
  const out: ScriptLine[] = [];
  // A line the plan itself holds (an option labelled with a severity's name) is the handbook's, not the script's.
  const plan = listFiles(planDir)
    .map((f) => readFileSync(join(planDir, f), 'utf8'))
    .join('\n');
  const add = (source: string, value: unknown) => {
    if (typeof value !== 'string') return;
    for (const line of value.split('\n').map((l) => l.trim()))
      if (line.length >= MIN_LENGTH && !plan.includes(line)) out.push({ source, text: line });
  };
  for (const file of readdirSync(dir).filter((f) => /\.ya?ml$/.test(f))) {
    const s = parse(readFileSync(join(dir, file), 'utf8')) as Node;
    add(`${file} facilitatorNotes`, s.facilitatorNotes);
    for (const e of list(s.expectations)) add(`${file} expectation ${e.id}`, e.description);
    for (const i of list(s.injects)) {
      for (const field of ['notes', 'body', 'subject', 'expectedAction'])
        add(`${file} inject ${i.id} ${field}`, i[field]);
      for (const d of list(i.decisions)) {
        add(`${file} decision ${d.id} prompt`, d.prompt);
        for (const o of list(d.options)) {
          add(`${file} option ${d.id}/${o.id} label`, o.label);
          if (list(o.actions).length) add(`${file} option ${d.id}/${o.id} actions`, JSON.stringify(o.actions));
        }
      }
    }
  }
  return out;
}

/** The ways a line can be written into a built file: as is, inside JSON (HTML-safe or not), in HTML. */
export function writtenForms(text: string): string[] {
  const json = JSON.stringify(text).slice(1, -1);
  const htmlSafeJson = json.replace(/[<>&]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
  const html = text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
  return [...new Set([text, json, htmlSafeJson, html])];
}

/** Every file of a built site as text, gzip files (Pagefind's index and fragments) decompressed. */
export function siteTexts(root: string): { file: string; text: string }[] {
  return listFiles(root).map((file) => {
    const bytes = readFileSync(join(root, file));
    const gzip = bytes[0] === 0x1f && bytes[1] === 0x8b;
    return { file, text: (gzip ? gunzipSync(bytes) : bytes).toString('utf8') };
  });
}

/** The files of `texts` holding any written form of `line`. */
export function filesHolding(texts: { file: string; text: string }[], line: ScriptLine): string[] {
  const forms = writtenForms(line.text);
  return texts.filter(({ text }) => forms.some((f) => text.includes(f))).map(({ file }) => file);
}
