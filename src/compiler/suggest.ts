/** "Did you mean ...?" suggestions for misspelt ids and field names. */
import { MAX_ID_LENGTH } from '../plan/routes.ts';

/** Edit distance between two strings (Levenshtein). */
export function editDistance(a: string, b: string): number {
  const prev = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    let diag = prev[0];
    prev[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const up = prev[j];
      prev[j] = Math.min(prev[j] + 1, prev[j - 1] + 1, diag + (a[i - 1] === b[j - 1] ? 0 : 1));
      diag = up;
    }
  }
  return prev[b.length];
}

/** The closest candidate within a third of the word's length, if any; the same letters in another order come first. */
export function closest(word: string, candidates: Iterable<string>): string | undefined {
  let best: string | undefined;
  let bestDistance = Math.max(2, Math.ceil(word.length / 3)) + 1;
  for (const c of candidates) {
    // The same letters in another order ("RA" for "AR") is the likeliest slip of all.
    const d = sameLetters(word, c) ? 0.5 : editDistance(word.toLowerCase(), c.toLowerCase());
    // A suggestion must keep at least one character of the word: "X" is not a misspelt "R".
    if (d < bestDistance && d < word.length) [best, bestDistance] = [c, d];
  }
  return best;
}

/** Whether two different spellings hold the same letters, in another order or case. */
function sameLetters(a: string, b: string): boolean {
  const sorted = (w: string) => [...w.toLowerCase()].sort().join('');
  return a !== b && a.length > 1 && sorted(a) === sorted(b);
}

/** ` (did you mean "x"?)`, or an empty string. */
export function didYouMean(word: string, candidates: Iterable<string>): string {
  const c = closest(word, candidates);
  return c ? ` (did you mean "${c}"?)` : '';
}

/** Letters NFKD does not take apart into a base letter and a mark. */
const LETTERS: Record<string, string> = { ß: 'ss', æ: 'ae', œ: 'oe', ø: 'o', đ: 'd', ð: 'd', þ: 'th', ł: 'l', ı: 'i' };

/** The id a name would have as lower-case letters, digits and hyphens (`Über uns` → `uber-uns`), or `''` when nothing is left. */
export function idFrom(name: string): string {
  const plain = name
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[ßæœøđðþłı]/g, (c) => LETTERS[c]);
  const id = plain.replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, '');
  // Too long: cut after the last whole word that fits.
  const cut = id.slice(0, MAX_ID_LENGTH + 1);
  const short =
    id.length <= MAX_ID_LENGTH ? id : cut.includes('-') ? cut.replace(/-[^-]*$/, '') : cut.slice(0, MAX_ID_LENGTH);
  return short;
}

/** An element as suggestions see it: its id and the names a person may write instead (name, label, title, aliases). */
export interface Named {
  id: string;
  names: readonly string[];
}

/**
 * The id `word` most likely means: the closest of the ids and of the names and aliases written as ids
 * (`deputy-incident-commander` for a role whose alias is "Deputy Incident Commander"). A tie goes to an id.
 */
export function closestElement(word: string, ids: Iterable<string>, named: readonly Named[] = []): string | undefined {
  const byKey = new Map<string, string>();
  for (const id of ids) byKey.set(id, id);
  for (const e of named) for (const n of e.names) if (!byKey.has(idFrom(n))) byKey.set(idFrom(n), e.id);
  const key = closest(word, [...byKey.keys()].filter(Boolean));
  return key === undefined ? undefined : byKey.get(key);
}

/** ` (did you mean "x"?)` for the element `word` most likely means (`closestElement`), or an empty string. */
export function didYouMeanElement(word: string, ids: Iterable<string>, named: readonly Named[]): string {
  const id = closestElement(word, ids, named);
  return id ? ` (did you mean "${id}"?)` : '';
}
