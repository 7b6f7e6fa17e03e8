/** Where a value sits in a YAML document, shared by the located reader and the checks it runs. */

/** A path into a YAML value: keys and array indexes. */
export type YamlPath = readonly (string | number)[];
