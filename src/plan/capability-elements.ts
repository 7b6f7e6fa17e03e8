/**
 * The HSEEP capability elements, the improvement plan's "Capability element" column (HSEEP AAR/IP
 * template): the part of a capability a corrective action strengthens. No imports: the exercise
 * record's schema, the engine's improvement plan and the console's editor all read this one list.
 */

/** Capability elements, in the template's order. */
export const CAPABILITY_ELEMENTS = ['Planning', 'Organisation', 'Equipment', 'Training', 'Exercises'] as const;
/** One capability element. */
export type CapabilityElement = (typeof CAPABILITY_ELEMENTS)[number];
