import { existsSync, readdirSync, readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { basename, dirname, join } from "node:path";
import { type JsonSchema, schemaFields } from "./schema-fields";
import type { RequestExample, RequestTypeSummary, SchemaPageData, ValidatorData } from "./types";

const require = createRequire(import.meta.url);

/** The installed @lhc/requests package directory (a workspace link during development). */
export function requestsPackageDir(): string {
  return dirname(require.resolve("@lhc/requests/package.json"));
}

/** The JSON Schema @lhc/requests builds for a request type, read through the package's exports map. */
export function loadJsonSchema(requestType: string): { file: string; text: string; schema: JsonSchema } {
  const file = require.resolve(`@lhc/requests/schemas/${requestType}.json`);
  const text = readFileSync(file, "utf8");
  return { file, text, schema: JSON.parse(text) as JsonSchema };
}

function readReasons(dir: string): Map<string, string> {
  const reasons = new Map<string, string>();
  for (const candidate of ["reasons.json", "README.json", "index.json"]) {
    const file = join(dir, candidate);
    if (!existsSync(file)) continue;
    const parsed = JSON.parse(readFileSync(file, "utf8")) as unknown;
    const entries = Array.isArray(parsed)
      ? parsed.map((entry) => [String(entry.file ?? entry.name), String(entry.reason ?? "")] as const)
      : Object.entries(parsed as Record<string, unknown>).map(([name, value]) => {
          const reason =
            typeof value === "string" ? value : String((value as { reason?: unknown }).reason ?? "");
          return [name, reason] as const;
        });
    for (const [name, reason] of entries) reasons.set(basename(name, ".json"), reason);
  }
  return reasons;
}

/**
 * The examples shipped in @lhc/requests: `examples/valid/<requestType>-*.json` and
 * `examples/invalid/<requestType>-*.json`, with the reason each invalid one fails where the package
 * records it.
 */
export function loadExamples(requestTypes: readonly string[] = []): RequestExample[] {
  const root = join(requestsPackageDir(), "examples");
  const examples: RequestExample[] = [];
  for (const verdict of ["valid", "invalid"] as const) {
    const dir = join(root, verdict);
    if (!existsSync(dir)) throw new Error(`@lhc/requests has no ${dir}: the site needs its examples`);
    const reasons = readReasons(dir);
    for (const file of readdirSync(dir)
      .filter((name) => name.endsWith(".json"))
      .sort()) {
      const name = basename(file, ".json");
      if (["reasons", "README", "index"].includes(name)) continue;
      const text = readFileSync(join(dir, file), "utf8");
      const parsed = JSON.parse(text) as { requestType?: unknown; $comment?: unknown };
      const requestType =
        requestTypes.find((type) => name.startsWith(`${type}-`)) ??
        (typeof parsed.requestType === "string" ? parsed.requestType : "unknown");
      examples.push({
        name: `${verdict}/${name}`,
        requestType,
        valid: verdict === "valid",
        reason: reasons.get(name) ?? (typeof parsed.$comment === "string" ? parsed.$comment : null),
        json: text.trimEnd(),
      });
    }
  }
  return examples;
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
      rows: schemaFields(schema),
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

export function validatorData(
  pages: readonly SchemaPageData[],
  examples: readonly RequestExample[],
): ValidatorData {
  return { types: pages.map(({ requestType, title }) => ({ requestType, title })), examples: [...examples] };
}
