import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { citeBasis, descriptionWithoutBasis, schemaVersion as schemaVersionV0 } from "@lhc/requests";
import { type ExampleManifest, exampleManifest, exampleSpecifier } from "@lhc/requests/examples";
import type { RequestType } from "@lhc/requests/request-types";
import { requestDefinitions, schemaVersion as schemaVersionV1 } from "@lhc/requests/v1";
import { type JsonSchema, schemaFields } from "./schema-fields";
import type {
  RequestExample,
  RequestsIndexData,
  RequestTypeSummary,
  SchemaPageData,
  ValidatorData,
  ValidatorExample,
} from "./types";

const require = createRequire(import.meta.url);

/** The version of the request data model the site presents as current (`@lhc/requests/v1`). */
export const currentSchemaVersion: string = schemaVersionV1;
/** The version before it (`@lhc/requests`), kept on pages of its own for systems that still send it. */
export const previousSchemaVersion: string = schemaVersionV0;
/** Both versions, the current one first: the order the pages, pickers and downloads list them in. */
export const schemaVersions: readonly string[] = [currentSchemaVersion, previousSchemaVersion];

/**
 * The JSON Schema file of a request type inside @lhc/requests (the subpath after `@lhc/requests/`):
 * version 1's from its definition (`schemas/1.0/<type>.json`), version 0's `schemas/<type>.json`.
 */
export function jsonSchemaFile(requestType: string, schemaVersion: string = currentSchemaVersion): string {
  if (schemaVersion === currentSchemaVersion)
    return requestDefinitions[requestType as RequestType].schemaFile;
  if (schemaVersion === previousSchemaVersion) return `schemas/${requestType}.json`;
  throw new Error(`@lhc/requests ships no request schema version ${schemaVersion}`);
}

/** Where the site serves a JSON Schema for download: under /data/, at the path the package ships it at. */
export function schemaDownloadPath(requestType: string, schemaVersion: string): string {
  return `/data/${jsonSchemaFile(requestType, schemaVersion)}`;
}

/**
 * The JSON Schema @lhc/requests builds for a request type in a version of the data model (the current
 * one unless named), read through the package's exports map.
 */
export function loadJsonSchema(
  requestType: string,
  schemaVersion: string = currentSchemaVersion,
): { file: string; text: string; schema: JsonSchema } {
  const file = require.resolve(`@lhc/requests/${jsonSchemaFile(requestType, schemaVersion)}`);
  const text = readFileSync(file, "utf8");
  return { file, text, schema: JSON.parse(text) as JsonSchema };
}

/**
 * Each version's example manifest, with the folder of examples/ its files are relative to. Version 0's
 * is exported by @lhc/requests/examples; version 1's lies beside its examples (examples/v1/index.json)
 * and is read through the exports map (`@lhc/requests/examples/*`).
 */
function exampleSets(): { schemaVersion: string; folder: string; manifest: ExampleManifest }[] {
  const v1 = JSON.parse(
    readFileSync(require.resolve("@lhc/requests/examples/v1/index.json"), "utf8"),
  ) as ExampleManifest;
  const sets = [
    { schemaVersion: v1.schemaVersion, folder: "v1/", manifest: v1 },
    { schemaVersion: exampleManifest.schemaVersion, folder: "", manifest: exampleManifest },
  ];
  // The manifests name their version; the site's pages are keyed by the packages' own constants.
  for (const [index, set] of sets.entries()) {
    if (set.schemaVersion !== schemaVersions[index]) {
      throw new Error(
        `@lhc/requests' examples/${set.folder}index.json is of version ${set.schemaVersion}, not ${schemaVersions[index]}`,
      );
    }
  }
  return sets;
}

/**
 * The examples shipped in @lhc/requests, as their manifests list them (valid and invalid, with the
 * reason each invalid one fails), each read from the package's own file: version 1's, then version 0's,
 * or only those of the version named.
 */
export function loadExamples(schemaVersion?: string): RequestExample[] {
  return exampleSets()
    .filter((set) => schemaVersion === undefined || set.schemaVersion === schemaVersion)
    .flatMap(({ schemaVersion: version, folder, manifest }) =>
      manifest.examples.map((example) => {
        const name = `${folder}${example.file}`;
        return {
          name,
          schemaVersion: version,
          title: example.title,
          requestType: example.requestType,
          valid: example.valid,
          explanation: example.valid ? example.description : example.reason,
          expectedIssue: example.valid ? null : { ...example.expectedIssue },
          json: readFileSync(require.resolve(exampleSpecifier({ file: name })), "utf8").trimEnd(),
        };
      }),
    );
}

export interface RequestTypeInfo {
  requestType: string;
  title: string;
}

/** The address of a request type's reference page: the current version's at /requests/<type>. */
export function schemaPagePath(requestType: string, schemaVersion: string): string {
  return schemaVersion === currentSchemaVersion
    ? `/requests/${requestType}`
    : `/requests/${schemaVersion}/${requestType}`;
}

/** One reference page per request type and version, the current version's first. */
export function schemaPages(
  types: readonly RequestTypeInfo[],
  examples: readonly RequestExample[],
): SchemaPageData[] {
  return schemaVersions.flatMap((schemaVersion) =>
    types.map(({ requestType, title }): SchemaPageData => {
      const { schema } = loadJsonSchema(requestType, schemaVersion);
      const current = schemaVersion === currentSchemaVersion;
      const other = current ? previousSchemaVersion : currentSchemaVersion;
      return {
        requestType,
        schemaVersion,
        current,
        path: schemaPagePath(requestType, schemaVersion),
        otherVersion: { schemaVersion: other, path: schemaPagePath(requestType, other) },
        title: schema.title ?? title,
        description: schema.description ?? null,
        schemaId: typeof schema.$id === "string" ? schema.$id : null,
        downloadPath: schemaDownloadPath(requestType, schemaVersion),
        rows: schemaFields(schema, citeBasis).map((row) => ({
          ...row,
          // The page shows the basis in a column of its own and the Convention-article status in its introduction.
          description: descriptionWithoutBasis(row.description),
        })),
        examples: examples.filter(
          (example) => example.requestType === requestType && example.schemaVersion === schemaVersion,
        ),
      };
    }),
  );
}

/** The request types as the index and the home page list them: the current version's pages. */
export function requestSummaries(pages: readonly SchemaPageData[]): RequestTypeSummary[] {
  return pages
    .filter((page) => page.current)
    .map((page) => ({
      requestType: page.requestType,
      title: page.title,
      description: page.description,
      path: page.path,
      fields: page.rows.length,
      downloadPath: page.downloadPath,
      previousPath: page.otherVersion.path,
    }));
}

export function requestsIndex(pages: readonly SchemaPageData[]): RequestsIndexData {
  return {
    schemaVersion: currentSchemaVersion,
    previousSchemaVersion,
    types: requestSummaries(pages),
  };
}

/** Where the site serves an example file (see exampleDownloads): its path inside the package's examples/. */
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

/** The request types and examples of the validator (every version) or of the builder (only one). */
export function validatorData(
  pages: readonly SchemaPageData[],
  examples: readonly RequestExample[],
  schemaVersion?: string,
): ValidatorData {
  return {
    types: pages.filter((page) => page.current).map(({ requestType, title }) => ({ requestType, title })),
    // The texts stay out of the page's data (they were most of it): the page downloads the one chosen.
    examples: examples
      .filter((example) => schemaVersion === undefined || example.schemaVersion === schemaVersion)
      .map(
        ({ json: _json, ...example }): ValidatorExample => ({
          ...example,
          downloadPath: exampleDownloadPath(example),
        }),
      ),
  };
}
