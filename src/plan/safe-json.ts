/**
 * JSON for a published file: `<`, `>` and `&` written as `\u` escapes, so no tag can appear in it even
 * if a browser sniffs it as HTML. The same value when parsed. A leaf: no imports.
 */

/** `value` as indented JSON with a final newline, `<` `>` `&` escaped. */
export function safeJson(value: unknown): string {
  return (
    JSON.stringify(value, null, 2).replace(/</g, '\\u003c').replace(/>/g, '\\u003e').replace(/&/g, '\\u0026') + '\n'
  );
}
