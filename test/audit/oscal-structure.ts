/**
 * The structure the OSCAL documents must have, written for Drillbook's tests (not NIST's schema:
 * public-repository files are not committed here): the required fields of the parts Drillbook
 * writes, UUIDs of the form OSCAL requires, `metadata` with `oscal-version`, control ids as tokens.
 * With DRILLBOOK_OSCAL_SCHEMAS naming a folder of NIST's JSON schemas, the tests use those as well.
 */
const UUID = {
  type: 'string',
  pattern: '^[0-9A-Fa-f]{8}-[0-9A-Fa-f]{4}-[45][0-9A-Fa-f]{3}-[89ABab][0-9A-Fa-f]{3}-[0-9A-Fa-f]{12}$',
};
const TOKEN = { type: 'string', pattern: '^[A-Za-z_][A-Za-z0-9._-]*$' };
const TEXT = { type: 'string', minLength: 1 };
const PROPS = {
  type: 'array',
  minItems: 1,
  items: {
    type: 'object',
    required: ['name', 'value'],
    properties: { name: TOKEN, value: TEXT, ns: { type: 'string', format: 'uri' } },
  },
};
const METADATA = {
  type: 'object',
  required: ['title', 'last-modified', 'version', 'oscal-version'],
  properties: {
    title: TEXT,
    'last-modified': { type: 'string', format: 'date-time', pattern: 'Z$|[+-]\\d{2}:\\d{2}$' },
    version: TEXT,
    'oscal-version': { type: 'string', pattern: '^1\\.\\d+\\.\\d+$' },
    props: PROPS,
  },
};
const root = (key: string, body: object) => ({
  type: 'object',
  required: [key],
  additionalProperties: false,
  properties: { [key]: body },
});

/** component-definition.json. */
export const COMPONENT_DEFINITION = root('component-definition', {
  type: 'object',
  required: ['uuid', 'metadata', 'components'],
  properties: {
    uuid: UUID,
    metadata: METADATA,
    components: {
      type: 'array',
      minItems: 1,
      items: {
        type: 'object',
        required: ['uuid', 'type', 'title', 'description'],
        properties: {
          uuid: UUID,
          'control-implementations': {
            type: 'array',
            minItems: 1,
            items: {
              type: 'object',
              required: ['uuid', 'source', 'description', 'implemented-requirements'],
              properties: {
                uuid: UUID,
                source: { type: 'string', format: 'uri-reference' },
                'implemented-requirements': {
                  type: 'array',
                  minItems: 1,
                  items: {
                    type: 'object',
                    required: ['uuid', 'control-id', 'description'],
                    properties: { uuid: UUID, 'control-id': TOKEN, props: PROPS },
                  },
                },
              },
            },
          },
        },
      },
    },
  },
});

/** assessment-results.json. */
export const ASSESSMENT_RESULTS = root('assessment-results', {
  type: 'object',
  required: ['uuid', 'metadata', 'import-ap', 'results'],
  properties: {
    uuid: UUID,
    metadata: METADATA,
    'import-ap': {
      type: 'object',
      required: ['href'],
      properties: { href: { type: 'string', format: 'uri-reference' } },
    },
    results: {
      type: 'array',
      minItems: 1,
      items: {
        type: 'object',
        required: ['uuid', 'title', 'description', 'start', 'reviewed-controls'],
        properties: {
          uuid: UUID,
          start: { type: 'string', format: 'date-time' },
          'reviewed-controls': {
            type: 'object',
            required: ['control-selections'],
            properties: { 'control-selections': { type: 'array', minItems: 1 } },
          },
          observations: {
            type: 'array',
            minItems: 1,
            items: {
              type: 'object',
              required: ['uuid', 'description', 'methods', 'collected'],
              properties: { uuid: UUID },
            },
          },
          findings: {
            type: 'array',
            minItems: 1,
            items: {
              type: 'object',
              required: ['uuid', 'title', 'description', 'target'],
              properties: {
                uuid: UUID,
                target: {
                  type: 'object',
                  required: ['type', 'target-id', 'status'],
                  properties: { 'target-id': TOKEN },
                },
              },
            },
          },
        },
      },
    },
  },
});

/** poam.json. */
export const POAM = root('plan-of-action-and-milestones', {
  type: 'object',
  required: ['uuid', 'metadata', 'poam-items'],
  properties: {
    uuid: UUID,
    metadata: METADATA,
    'poam-items': {
      type: 'array',
      minItems: 1,
      items: { type: 'object', required: ['uuid', 'title', 'description'], properties: { uuid: UUID, props: PROPS } },
    },
  },
});
