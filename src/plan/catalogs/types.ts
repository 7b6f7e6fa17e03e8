/** The shape of a shipped control catalog (see index.ts). A leaf: no imports. */

/** One control of a catalog: its id as plans cite it, and a short title. */
export interface CatalogControl {
  id: string;
  title: string;
}

/** A control catalog a plan may answer to (`catalog:` on a framework in controls.yaml). */
export interface Catalog {
  /** The id controls.yaml names, e.g. `nist-csf-2.0`. */
  id: string;
  /** The framework in words. */
  name: string;
  /** Where the ids come from, and whose words the titles are. */
  source: string;
  /** The controls relevant to incident response, in the framework's order. */
  controls: CatalogControl[];
}
