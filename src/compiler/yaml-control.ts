/**
 * Text values may not hold control characters. YAML refuses them written raw, but a double-quoted
 * escape (`"Incident\0Commander"`, `"\e[31m"`) puts a NUL or a terminal escape into a name that then
 * reaches every page, the PDF and the check output. Tab, line feed and carriage return are text.
 */
import type { YamlPath } from './yaml-path.ts';

// C0 controls except tab, LF and CR; DEL and the C1 controls; the two noncharacters U+FFFE/U+FFFF.
const CONTROL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\uFFFE\uFFFF]/u;

/** A control character found in a text value (or a mapping key) of a YAML value. */
export interface ControlCharacter {
  path: YamlPath;
  /** The character as an escape a reader can find in the file, e.g. `\0` or `\x1B`. */
  escape: string;
  /** True when the character is in a mapping key rather than its value. */
  inKey: boolean;
}

/** The first control character of every text value and key of `data`, in document order. Iterative: depth is bounded elsewhere but kept off the stack anyway. */
export function findControlCharacters(data: unknown): ControlCharacter[] {
  const found: ControlCharacter[] = [];
  const stack: { value: unknown; path: YamlPath }[] = [{ value: data, path: [] }];
  while (stack.length) {
    const { value, path } = stack.pop()!;
    if (typeof value === 'string') {
      const m = CONTROL.exec(value);
      if (m) found.push({ path, escape: escapeOf(m[0]), inKey: false });
    } else if (Array.isArray(value)) {
      for (let i = value.length - 1; i >= 0; i--) stack.push({ value: value[i], path: [...path, i] });
    } else if (value && typeof value === 'object') {
      const entries = Object.entries(value);
      for (let i = entries.length - 1; i >= 0; i--) {
        const [key, child] = entries[i];
        const m = CONTROL.exec(key);
        if (m) found.push({ path: [...path, key], escape: escapeOf(m[0]), inKey: true });
        stack.push({ value: child, path: [...path, key] });
      }
    }
  }
  return found;
}

/** The message for one control character. */
export function controlMessage(c: ControlCharacter): string {
  const where = c.inKey ? 'this key' : 'this text';
  return `${where} holds the control character ${c.escape}, which cannot be shown or printed; remove it (a "\\" escape in double quotes writes one, e.g. "\\0" or "\\e")`;
}

function escapeOf(ch: string): string {
  const code = ch.codePointAt(0)!;
  if (code === 0) return '\\0';
  return code > 0xff
    ? `\\u${code.toString(16).toUpperCase().padStart(4, '0')}`
    : `\\x${code.toString(16).toUpperCase().padStart(2, '0')}`;
}
