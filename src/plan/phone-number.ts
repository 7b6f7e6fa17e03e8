/**
 * Telephone numbers in contact values, as a phone dials them: a bare number ("+31 20 555 0110"), or
 * a number followed by a note ("+31 20 555 0180 (24/7 compromise desk)"). The handbook turns them
 * into `tel:` links (src/handbook/contact-link.ts); the compiler's `contact-undialable` rule warns
 * about a phone channel whose value holds none. Browser-safe, no imports.
 */

/** A number a phone can dial: an optional +, digits, and the usual separators (at least 5 digits, checked apart). */
export const PHONE = /^\+?[\d\s().\-/]+$/;

/** The channels whose value is expected to be a number to dial (a Signal value may be a group's name). */
export const PHONE_CHANNELS: ReadonlySet<string> = new Set(['phone', 'sms']);

const digits = (v: string) => v.match(/\d/g)?.length ?? 0;

/** Whether `value` is a number alone that a phone can dial. */
export const isPhoneNumber = (value: string): boolean => PHONE.test(value.trim()) && digits(value) >= 5;

/**
 * A number and the note that follows it: the shortest leading number (ending in a digit) after which
 * the rest is one bracketed note, a note after a comma, semicolon or dash, or words. Undefined when
 * the value does not start with a number of at least 5 digits followed by a note.
 */
export function splitNumberAndNote(value: string): { number: string; note: string } | undefined {
  const m = /^(\+?[\d\s().\-/]*?\d)\s*(?:\(([^()]+)\)|[,;–—]\s*(.+)|\s+-\s+(.+)|\s+([^\d\s(+\-,;].*))$/.exec(
    value.trim(),
  );
  if (!m || !isPhoneNumber(m[1]!)) return undefined;
  return { number: m[1]!, note: (m[2] ?? m[3] ?? m[4] ?? m[5]!).trim() };
}

/** Whether `value` holds a number to dial, alone or followed by a note. */
export const hasPhoneNumber = (value: string): boolean =>
  isPhoneNumber(value) || splitNumberAndNote(value) !== undefined;
