/**
 * Where each model object was written: filled by `assemble` and its per-file readers, read by the
 * rules that report on a field deep inside an element. Its own module so the readers and `assemble`
 * do not import each other.
 */
import type { YamlPath, YamlSource } from './yaml-source.ts';

/** Where each model object was written, for rules that report on a field deep inside it. */
export type Locations = WeakMap<object, { src: YamlSource; path: YamlPath }>;
