/**
 * Size limits declared in every schema so that validation time stays bounded whatever a sender
 * transmits. They are generous for real casework and identical in zod and in the JSON Schema.
 */
export const limits = {
  /** Codes, identifiers and references. */
  shortText: 200,
  /** Names, titles, legal qualifications, addresses. */
  mediumText: 1_000,
  /** Descriptions, reasons, purposes. */
  longText: 10_000,
  /** Summaries of facts and statements of law. */
  narrativeText: 100_000,
  /** Items in a list of strings such as aliases or legal provisions. */
  smallList: 20,
  /** Persons, offences, premises, assets and similar lists. */
  list: 100,
  /** Measures of assistance in one request. */
  measures: 50,
  /** Documents attached to one request. */
  attachments: 200,
} as const;

/**
 * Limits applied before schema validation, when the input is read into plain JSON. They sit far above
 * anything the schemas accept, so they never reject a valid request; they stop hostile structures
 * (cycles, deep nesting, millions of keys) before zod walks them.
 */
export const readLimits = {
  maxDepth: 64,
  maxArrayLength: 10_000,
  maxObjectKeys: 1_000,
  maxNodes: 1_000_000,
} as const;
