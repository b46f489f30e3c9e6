import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { citeBasis, descriptionWithoutBasis } from "@lhc/requests";
import { exampleManifest, exampleSpecifier } from "@lhc/requests/examples";
import { type JsonSchema, schemaFields } from "./schema-fields";
import type {
  RequestExample,
  RequestTypeSummary,
  SchemaPageData,
  ValidatorData,
  ValidatorExample,
} from "./types";

const require = createRequire(import.meta.url);

/** The JSON Schema @lhc/requests builds for a request type, read through the package's exports map. */
export function loadJsonSchema(requestType: string): { file: string; text: string; schema: JsonSchema } {
  const file = require.resolve(`@lhc/requests/schemas/${requestType}.json`);
  const text = readFileSync(file, "utf8");
  return { file, text, schema: JSON.parse(text) as JsonSchema };
}

/**
 * The examples shipped in @lhc/requests, as its manifest lists them (valid and invalid, with the reason
 * each invalid one fails), each read from the package's own file.
 */
export function loadExamples(): RequestExample[] {
  return exampleManifest.examples.map((example) => ({
    name: example.file,
    title: example.title,
    requestType: example.requestType,
    valid: example.valid,
    explanation: example.valid ? example.description : example.reason,
    expectedIssue: example.valid ? null : { ...example.expectedIssue },
    json: readFileSync(require.resolve(exampleSpecifier(example)), "utf8").trimEnd(),
  }));
}

export interface RequestTypeInfo {
  requestType: string;
  title: string;
}

export function schemaPages(
  types: readonly RequestTypeInfo[],
  examples: readonly RequestExample[],
): SchemaPageData[] {
  return types.map(({ requestType, title }) => {
    const { schema } = loadJsonSchema(requestType);
    return {
      requestType,
      title: schema.title ?? title,
      description: schema.description ?? null,
      schemaId: typeof schema.$id === "string" ? schema.$id : null,
      downloadPath: `/data/schemas/${requestType}.json`,
      rows: schemaFields(schema, citeBasis).map((row) => ({
        ...row,
        // The page shows the basis in a column of its own and the Convention-article status in its introduction.
        description: descriptionWithoutBasis(row.description),
      })),
      examples: examples.filter((example) => example.requestType === requestType),
    };
  });
}

export function requestSummaries(pages: readonly SchemaPageData[]): RequestTypeSummary[] {
  return pages.map((page) => ({
    requestType: page.requestType,
    title: page.title,
    description: page.description,
    path: `/requests/${page.requestType}`,
    fields: page.rows.length,
  }));
}

/** Where the site serves an example file (see exampleDownloads). */
export function exampleDownloadPath(example: Pick<RequestExample, "name">): string {
  return `/data/examples/${example.name}`;
}

/** The example files as downloads, so that the validator page fetches one only when it is chosen. */
export function exampleDownloads(examples: readonly RequestExample[]): { path: string; contents: string }[] {
  return examples.map((example) => ({
    path: exampleDownloadPath(example).slice(1),
    contents: `${example.json}\n`,
  }));
}

export function validatorData(
  pages: readonly SchemaPageData[],
  examples: readonly RequestExample[],
): ValidatorData {
  return {
    types: pages.map(({ requestType, title }) => ({ requestType, title })),
    // The texts stay out of the page's data (they were most of it): the page downloads the one chosen.
    examples: examples.map(
      ({ json: _json, ...example }): ValidatorExample => ({
        ...example,
        downloadPath: exampleDownloadPath(example),
      }),
    ),
  };
}
