/**
 * The field names a zod object schema allows at a path of the value read: zod 4 does not list them in
 * an unknown-field issue, and the message suggests the closest one. Walks zod's internal definitions.
 */
import type { z } from 'zod';
import { isRecord } from './zod-element-names.ts';

type Def = {
  type: string;
  shape?: Record<string, z.ZodType>;
  element?: z.ZodType;
  innerType?: z.ZodType;
  options?: z.ZodType[];
  valueType?: z.ZodType;
  in?: z.ZodType;
};
const defOf = (t: z.ZodType) => (t as unknown as { _zod: { def: Def } })._zod.def;

/** The field names allowed by the object schema at `path` (zod 4 does not list them in the issue). */
export function shapeKeys(schema: z.ZodType, data: unknown, path: (string | number)[]): string[] {
  let t: z.ZodType | undefined = schema;
  let v: unknown = data;
  for (let i = 0; i <= path.length && t;) {
    const def = defOf(t);
    if (def.innerType) t = def.innerType;
    else if (def.type === 'pipe') t = def.in;
    else if (def.type === 'union') {
      const keys = isRecord(v) ? Object.keys(v) : [];
      t = def.options?.find((o) => keys.some((k) => defOf(o).shape?.[k])) ?? def.options?.[0];
    } else if (i === path.length) break;
    else if (def.type === 'object')
      [t, v, i] = [def.shape?.[path[i]], (v as Record<string, unknown>)?.[path[i]], i + 1];
    else if (def.type === 'array') [t, v, i] = [def.element, (v as unknown[])?.[path[i] as number], i + 1];
    else if (def.type === 'record') [t, v, i] = [def.valueType, (v as Record<string, unknown>)?.[path[i]], i + 1];
    else return [];
  }
  return t && defOf(t).shape ? Object.keys(defOf(t).shape!) : [];
}
