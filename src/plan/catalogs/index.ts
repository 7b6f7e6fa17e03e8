/**
 * The control catalogs Drillbook ships, as data: a plan names the ones it answers to (`catalog:` on a
 * framework in controls.yaml), and the coverage page then lists every control of the catalog —
 * covered, partial, missing or not applicable — not only the ones the plan maps. Browser-safe.
 */
import type { Catalog } from './types.ts';
import { NIST_CSF_2 } from './nist-csf.ts';
import { ISO_27001_2022, ISO_27035_2023 } from './iso.ts';
import { DORA, NIS2, PCI_DSS_4, SOC2_2017 } from './regulatory.ts';

export type { Catalog, CatalogControl } from './types.ts';

/** Every shipped catalog, by id. */
export const CATALOGS: Readonly<Record<string, Catalog>> = Object.fromEntries(
  [NIST_CSF_2, ISO_27001_2022, ISO_27035_2023, SOC2_2017, PCI_DSS_4, DORA, NIS2].map((c) => [c.id, c]),
);

/** The catalog ids controls.yaml may name. */
export const CATALOG_IDS = Object.keys(CATALOGS) as [string, ...string[]];
