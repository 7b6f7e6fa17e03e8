/**
 * How problem messages name a value: what YAML read (`number 3`, `a list`, `a mapping with "name"`),
 * why a number may not be what the author meant (`.nan`, `0x32`), what a field expects, and the fix
 * for text that YAML read as a mapping because it holds `: `.
 */
import { isRecord } from './zod-element-names.ts';

/** Names a value read from YAML; `written`, the plain scalar as written, tells how YAML read a number. */
export function typeName(v: unknown, written?: string): string {
  if (typeof v === 'number') return numberName(v, written);
  if (v === null || v === undefined) return 'empty';
  if (Array.isArray(v)) return 'a list';
  if (typeof v === 'object') {
    const keys = Object.keys(v);
    return keys.length
      ? `a mapping with ${keys
          .slice(0, 4)
          .map((k) => `"${k}"`)
          .join(', ')}${keys.length > 4 ? '…' : ''}`
      : 'an empty mapping';
  }
  if (typeof v === 'string') return `the text ${JSON.stringify(v.length > 40 ? v.slice(0, 40) + '…' : v)}`;
  return `${typeof v} ${String(v)}`;
}

/** A number as YAML read it, saying why when the author may not have meant a number (`.nan`, `0x32`). */
function numberName(n: number, written = String(n)): string {
  if (Number.isNaN(n)) return `${written}, which YAML reads as "not a number"`;
  if (!Number.isFinite(n)) return `${written}, which YAML reads as ${n < 0 ? 'minus ' : ''}infinity`;
  const base = /^[-+]?0x/i.test(written) ? 'hexadecimal' : /^[-+]?0o/i.test(written) ? 'octal' : undefined;
  return base ? `the number ${n}, which YAML reads from the ${base} ${written}` : `number ${n}`;
}

/** The kinds of value zod expects, as a message names them. */
export const EXPECTED: Record<string, string> = {
  string: 'text',
  number: 'a number',
  int: 'a whole number',
  boolean: 'true or false',
  array: 'a list',
  object: 'a mapping of fields',
  record: 'a mapping',
};

/**
 * Text that YAML read as a one-entry mapping because it contains `: ` (`- Keeps: the timeline`): say so,
 * and show it quoted.
 */
export function colonLine(input: unknown): string {
  if (!isRecord(input)) return '';
  const entries = Object.entries(input);
  if (entries.length !== 1 || (typeof entries[0][1] === 'object' && entries[0][1] !== null)) return '';
  const line = `${entries[0][0]}: ${entries[0][1] ?? ''}`.trimEnd();
  return `; YAML reads a line containing ": " as a mapping, so put the text in quotes: ${JSON.stringify(line)}`;
}

/** For a number written in hexadecimal or octal: write it in decimal, as the field wants a number. */
export function decimal(written: string | undefined): string {
  return written && /^[-+]?0[xo]/i.test(written) ? '; write the number in decimal' : '';
}
