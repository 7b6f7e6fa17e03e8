/**
 * Times per level of a scale (`byLevel`, see schema/level-times.ts): resolved by the compiler with
 * each level's label and rank, worded on pages, and picked by the exercise engine at the level in
 * force. One home for all three, so a due time and a cadence vary by level the same way. Pure and
 * browser-safe; it imports no schema (the calculator's bundle must not carry zod).
 */
import { durationToMs, formatDuration, type DayKind } from './time.ts';

/** The scale that is always there: the levels of severities.yaml. */
export const SEVERITY_SCALE = 'severity';

/** The level entries of a `byLevel` object, as written: every key but `scale`. */
export function levelEntries(byLevel: { scale: string } & Record<string, string>): [string, string][] {
  return Object.entries(byLevel).filter(([key]) => key !== 'scale');
}

/** A level key as written, `p1` or `priority:p1`, split into the scale it names (if any) and the level id. */
export function splitLevelKey(key: string): { scale?: string; level: string } {
  const at = key.indexOf(':');
  return at < 0 ? { level: key } : { scale: key.slice(0, at), level: key.slice(at + 1) };
}

/** A time at one level of a scale, with the level's label and rank; a list of them is most severe (rank 1) first. */
export interface LevelTime {
  /** The scale's id: `severity` or a scale of scales.yaml. */
  scale: string;
  /** The level's id within its scale. */
  level: string;
  /** The duration at that level, as written. */
  time: string;
  label: string;
  rank: number;
}

/** What the resolver reads of a plan: its severities and other scales, each level with id, label and rank. */
export interface ScaleSource {
  severities: readonly { id: string; label: string; rank: number }[];
  scales?: readonly { id: string; levels: readonly { id: string; label: string; rank: number }[] }[] | undefined;
}

/** The levels of scale `scale` in `plan`, or undefined if there is no such scale. */
export function levelsOf(
  plan: ScaleSource,
  scale: string,
): readonly { id: string; label: string; rank: number }[] | undefined {
  return scale === SEVERITY_SCALE ? plan.severities : plan.scales?.find((s) => s.id === scale)?.levels;
}

/**
 * The entries of a `byLevel` object, most severe first, each with its level's label and rank. A key
 * written `<scale>:<level>` counts as that level; a level that is unknown, of another scale or given
 * twice is kept as written for rule `scale-level` to report, and never counts twice.
 */
export function resolveLevelTimes(
  byLevel: ({ scale: string } & Record<string, string>) | undefined,
  plan: ScaleSource,
): LevelTime[] | undefined {
  if (!byLevel) return undefined;
  const levels = levelsOf(plan, byLevel.scale) ?? [];
  const out: LevelTime[] = [];
  for (const [key, time] of levelEntries(byLevel)) {
    const { scale = byLevel.scale, level } = splitLevelKey(key);
    if (scale !== byLevel.scale || out.some((e) => e.level === level)) continue;
    const l = levels.find((x) => x.id === level);
    out.push({ scale, level, time, label: l?.label ?? level, rank: l?.rank ?? Number.MAX_SAFE_INTEGER });
  }
  return out.sort((a, b) => a.rank - b.rank);
}

/**
 * The time in force: that of the most severe level in `inForce` (level ids of the entries' scale)
 * with an entry, else `otherwise`.
 */
export function timeAtLevel(entries: readonly LevelTime[], inForce: readonly string[], otherwise: string): string {
  return entries.find((e) => inForce.includes(e.level))?.time ?? otherwise;
}

/**
 * Times per level in words after the first one: "1 h at P1 Critical; 4 h at P2 High; otherwise 1
 * business day". `first` words the most severe level's time with what it counts from ("within 1 h of
 * declaration"); `general` is the time at every other level, or undefined when there is none.
 */
export function levelTimesWords(
  entries: readonly LevelTime[],
  days: DayKind,
  first: (time: string) => string,
  general: string | undefined,
): string {
  const span = (t: string) => (durationToMs(t) === 0 ? 'immediately' : formatDuration(t, days));
  const parts = entries.map((e, i) => `${i === 0 ? first(e.time) : span(e.time)} at ${e.label}`);
  if (general !== undefined) parts.push(`otherwise ${span(general)}`);
  return parts.join('; ');
}
