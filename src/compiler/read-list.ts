/**
 * The reader of a list file (`roles.yaml` → `roles: [...]`): checks the file's one key, then validates
 * element by element, so one invalid element is reported and left out while the others are kept.
 */
import { z } from 'zod';
import type { ReadContext } from './read-context.ts';
import { locate, type YamlSource } from './yaml-source.ts';

/** What the list reader needs to know of a list file kind (`ListFileKind` in the file-kinds table). */
export interface ListSpec {
  /** File name inside `content/`. */
  file: string;
  /** Top-level key of the list. */
  key: string;
  /** Singular element name used in messages. */
  kind: string;
  /** Schema of one element. */
  item: z.ZodType;
  /** Whether a plan must have this file (then its list must not be empty). */
  required: boolean;
  /** Declared-id kinds the file holds: its `kind`, and parts with ids of their own (an obligation's stages). */
  declares: readonly string[];
  /** Declares the ids of an element's parts, before the element is validated (so they are known even if it is not). */
  declareParts?: (raw: unknown, ctx: ReadContext) => void;
  /** Adds what the model holds beyond the file to a valid element (a stage's `key`). */
  complete?: (value: object) => void;
}

/** Reads a list file into `ctx.plan[spec.key]`; what is left out is reported and marked with `ctx.lose`. */
export function readList(spec: ListSpec, src: YamlSource, ctx: ReadContext): void {
  if (typeof src.data !== 'object' || Array.isArray(src.data)) {
    const what = Array.isArray(src.data) ? 'a bare list' : `only ${JSON.stringify(String(src.data).slice(0, 40))}`;
    ctx.problems.push({
      file: src.file,
      ...locate(src, []),
      severity: 'error',
      rule: 'schema-type',
      message: `${spec.file} holds ${what}; it must start with the line "${spec.key}:" and list each ${spec.kind} under it, indented`,
    });
    return ctx.lose(spec.declares, true);
  }
  const wrapper = z.strictObject({ [spec.key]: z.array(z.unknown()).min(spec.required ? 1 : 0) });
  const top = ctx.validate(src, wrapper, src.data, [], spec.file);
  if (!top) return ctx.lose(spec.declares, true);
  const items = top[spec.key] as unknown[];
  const target = (ctx.plan as unknown as Record<string, unknown[]>)[spec.key];
  let complete: true | 'partial' | 'ids-unknown' = true;
  for (const [i, raw] of items.entries()) {
    const rawId = (raw as { id?: unknown })?.id;
    ctx.declare(spec.kind, rawId);
    spec.declareParts?.(raw, ctx);
    const value = ctx.validate(src, spec.item, raw, [spec.key, i], spec.file) as object | undefined;
    if (!value) {
      if (typeof rawId !== 'string') complete = 'ids-unknown';
      else if (complete === true) complete = 'partial';
      continue;
    }
    spec.complete?.(value);
    target.push(ctx.keep(value, src, [spec.key, i]));
  }
  if (complete !== true) ctx.lose(spec.declares, complete === 'ids-unknown');
}
