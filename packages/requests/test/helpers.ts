import { readFileSync } from "node:fs";
import { join } from "node:path";
import { Ajv2020 } from "ajv/dist/2020.js";
import addFormatsModule from "ajv-formats";
import type { ExampleManifest } from "../src/examples.js";
import { type RequestType, requestTypes } from "../src/index.js";

export const packageDir = join(import.meta.dirname, "..");

export function readJsonFile(relative: string): unknown {
  return JSON.parse(readFileSync(join(packageDir, relative), "utf8"));
}

export const manifest = readJsonFile("examples/index.json") as ExampleManifest;

/** The JSON Schema files as shipped (built by `pnpm build`, which vitest's turbo task depends on). */
export function shippedSchema(type: RequestType): Record<string, unknown> {
  return readJsonFile(`dist/schemas/${type}.json`) as Record<string, unknown>;
}

// ajv-formats is CommonJS whose plugin is module.exports.default; under NodeNext the default import is module.exports.
const addFormats = addFormatsModule.default;

/** ajv in strict mode, with this package's annotation keywords declared. */
export function makeAjv(): Ajv2020 {
  // strictRequired is off because `required` inside if/else names properties declared one level up.
  const ajv = new Ajv2020({ strict: true, strictRequired: false, allErrors: true });
  ajv.addVocabulary(["basis", "conventionArticle", "conventionArticleStatus"]);
  addFormats(ajv);
  return ajv;
}

export function compileAll(ajv: Ajv2020) {
  return Object.fromEntries(requestTypes.map((type) => [type, ajv.compile(shippedSchema(type))])) as Record<
    RequestType,
    ReturnType<Ajv2020["compile"]>
  >;
}
