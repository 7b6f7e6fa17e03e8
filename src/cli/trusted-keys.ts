/**
 * The approver keys an auditor pins for `npm run verify -- --trust FILE` / `--approver-key person=KEY`:
 * keys obtained out of band, so an approval is checked against them rather than against the keys the
 * site's own plan publishes (whoever can change the site can change those too).
 *
 *   { "maarten-de-vries": "ed25519:SYHf…=" }                          JSON: person id → key,
 *   { "karin-vos": { "name": "Karin Vos", "keys": ["<64 hex>", …] } }      or a name and several keys
 *   maarten-de-vries  ed25519:SYHf…=   Maarten de Vries                  text: one person a line, # comments
 *
 * A key is `ed25519:` and 32 bytes in base64 (as `npm run approve -- --new-key` prints it), or the 32
 * bytes as 64 hex digits; every key comes back as `ed25519:<base64>`.
 */
import { fromBase64, publicKeyText } from '../compiler/approvals/dsse.ts';

/** The keys pinned for one approver (person id in people.yaml), with the name the auditor gave, if any. */
export interface PinnedApprover {
  name?: string;
  keys: string[];
}

/** Pinned approvers by person id. */
export type PinnedApprovers = Map<string, PinnedApprover>;

/** `text` as an `ed25519:<base64>` public key, or `undefined` when it is no 32-byte key. */
export function normaliseKey(text: string): string | undefined {
  const t = text.trim();
  const bytes = /^[0-9a-fA-F]{64}$/.test(t)
    ? new Uint8Array(Buffer.from(t, 'hex'))
    : fromBase64(t.startsWith('ed25519:') ? t.slice('ed25519:'.length) : t);
  return bytes?.length === 32 ? publicKeyText(bytes) : undefined;
}

/** What reading pinned keys gave: the approvers, or one message per mistake (naming the file and line). */
export type PinnedRead = { ok: true; approvers: PinnedApprovers } | { ok: false; errors: string[] };

const KEY_HELP =
  'a key is "ed25519:" and 32 bytes in base64, as npm run approve -- --new-key prints it, or 64 hex digits';

/** Reads a trust file's text (JSON when it starts with `{`, else one `person key [name]` a line) and `--approver-key` values. */
export function readPinnedApprovers(file?: { name: string; text: string }, flags: readonly string[] = []): PinnedRead {
  const approvers: PinnedApprovers = new Map();
  const errors: string[] = [];
  const pin = (where: string, person: string, key: unknown, name?: string) => {
    const normal = typeof key === 'string' ? normaliseKey(key) : undefined;
    if (!/^[a-z0-9][a-z0-9-]*$/.test(person)) {
      errors.push(`${where}: "${person}" is not a person id of people.yaml (e.g. maarten-de-vries)`);
      return;
    }
    if (!normal) {
      errors.push(`${where}: the key for ${person} is not a public key; ${KEY_HELP}`);
      return;
    }
    const entry = approvers.get(person) ?? { keys: [] };
    if (name) entry.name = name;
    if (!entry.keys.includes(normal)) entry.keys.push(normal);
    approvers.set(person, entry);
  };
  if (file) readTrustFile(file, pin, errors);
  for (const flag of flags) {
    const at = flag.indexOf('=');
    if (at < 1) errors.push(`--approver-key ${flag}: write person=KEY, e.g. maarten-de-vries=ed25519:…`);
    else pin(`--approver-key ${flag.slice(0, at)}`, flag.slice(0, at), flag.slice(at + 1));
  }
  if (!errors.length && approvers.size === 0)
    errors.push(`${file?.name ?? '--approver-key'}: no approver key is pinned; ${KEY_HELP}`);
  return errors.length ? { ok: false, errors } : { ok: true, approvers };
}

type Pin = (where: string, person: string, key: unknown, name?: string) => void;

function readTrustFile(file: { name: string; text: string }, pin: Pin, errors: string[]): void {
  if (file.text.trimStart().startsWith('{')) {
    let json: unknown;
    try {
      json = JSON.parse(file.text);
    } catch (e) {
      errors.push(`${file.name}: not valid JSON (${(e as Error).message})`);
      return;
    }
    for (const [person, value] of Object.entries(json as Record<string, unknown>)) {
      const where = `${file.name}, "${person}"`;
      if (typeof value === 'string') pin(where, person, value);
      else if (Array.isArray(value)) value.forEach((k) => pin(where, person, k));
      else if (value && typeof value === 'object') {
        const { name, key, keys } = value as { name?: unknown; key?: unknown; keys?: unknown };
        const all = [...(key === undefined ? [] : [key]), ...(Array.isArray(keys) ? keys : [])];
        if (!all.length) errors.push(`${where}: give "key" (or "keys"), e.g. { "key": "ed25519:…" }`);
        all.forEach((k) => pin(where, person, k, typeof name === 'string' ? name : undefined));
      } else errors.push(`${where}: give a key, a list of keys, or { "name", "key" }`);
    }
    return;
  }
  file.text.split(/\r?\n/).forEach((line, i) => {
    const text = line.replace(/#.*/, '').trim();
    if (!text) return;
    const [person, key, ...name] = text.split(/\s+/);
    const where = `${file.name}:${i + 1}`;
    if (!key) errors.push(`${where}: write the person id and the key on one line, e.g. maarten-de-vries ed25519:…`);
    else pin(where, person, key, name.join(' ') || undefined);
  });
}
