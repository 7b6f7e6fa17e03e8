/**
 * One home for every browser storage key: src/browser-storage/keys.ts names them all under one
 * prefix, the strings stay what browsers already hold, and no other file under src/ spells a
 * `drillbook:` key of its own.
 */
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { STORAGE_PREFIX, readKey, storageKeys } from '../../src/browser-storage/keys.ts';
import { memoryStorage } from '../simulator/helpers.ts';

const HOME = 'src/browser-storage/keys.ts';

/** Every key the module names, a key made from an id filled with `x`. */
const named = (): string[] => Object.values(storageKeys).map((k) => (typeof k === 'function' ? k('x') : k));

/** The `drillbook:` string literals (quoted or template) in `text`, with their line numbers. */
function storageLiterals(text: string): { line: number; literal: string }[] {
  return [...text.matchAll(/['"`]drillbook:[^'"`\n]*/g)].map((m) => ({
    line: text.slice(0, m.index).split('\n').length,
    literal: m[0],
  }));
}

/** The code files under `dir`. */
function codeFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return codeFiles(path);
    return /\.(ts|tsx|mts|js|mjs|astro)$/.test(name) ? [path] : [];
  });
}

describe('the browser storage keys', () => {
  it('all start with the one prefix, and no two are the same', () => {
    const keys = named();
    expect(keys.filter((k) => !k.startsWith(STORAGE_PREFIX))).toEqual([]);
    expect(new Set(keys).size).toBe(keys.length);
  });

  it('keep the strings browsers already hold, so saved sessions and incidents stay readable', () => {
    expect(named()).toEqual([
      'drillbook:sessions',
      'drillbook:session:x',
      'drillbook:log:x',
      'drillbook:room:x',
      'drillbook:tally:x',
      'drillbook:join:x:identity',
      'drillbook:join:x:outbox',
      'drillbook:join:x:sent',
      'drillbook:incidents',
      'drillbook:incident:x',
      'drillbook:incident-current',
      'drillbook:responder',
      'drillbook:time-zone',
      'drillbook:calculator-anchors',
    ]);
  });

  it('moves a participant`s outbox from its old dotted key on first read', () => {
    const kv = memoryStorage();
    kv.setItem('drillbook.join.r1.outbox', '[1]');
    expect(readKey(kv, storageKeys.joinOutbox('r1'))).toBe('[1]');
    expect([...kv.entries]).toEqual([['drillbook:join:r1:outbox', '[1]']]);
  });

  it('finds a storage key spelled as a literal, and not an address or a media type', () => {
    const planted =
      "const a = 'https://drillbook.dev/x';\nconst b = 'application/vnd.drillbook.m+json';\nkv.setItem(`drillbook:draft:${id}`, v);";
    expect(storageLiterals(planted)).toEqual([{ line: 3, literal: '`drillbook:draft:${id}' }]);
  });

  it('has one home: no other file under src/ spells a drillbook: storage key', () => {
    const elsewhere = codeFiles('src')
      .filter((f) => f.replaceAll('\\', '/') !== HOME)
      .flatMap((f) => storageLiterals(readFileSync(f, 'utf8')).map((l) => `${f}:${l.line} ${l.literal}`));
    expect(elsewhere, `name these keys in ${HOME} and import them from there`).toEqual([]);
  });
});
