import { describe, expect, it } from "vitest";
import { type RequestType, requestSchemas, requestTypes } from "../src/index.js";
import { compileAfter, compiledSchemaOf, validateWith } from "../src/validate-core.js";
import { manifest, readJsonFile } from "./helpers.js";
import { paths, replaced } from "./json-paths.js";

/** Every example, and each valid one with every value in turn replaced by a wrong one. */
function inputsOf(type: RequestType): unknown[] {
  const wrongValues: unknown[] = [null, "", "\uD800", [], { extra: true }, "x".repeat(1_001)];
  const inputs: unknown[] = [];
  for (const example of manifest.examples.filter((e) => e.requestType === type)) {
    const document = readJsonFile(`examples/${example.file}`);
    inputs.push(document);
    if (!example.valid) continue;
    paths(document).forEach((path, i) => {
      inputs.push(replaced(document, path, wrongValues[i % wrongValues.length]));
    });
  }
  // Stay below the threshold, so that the first answers come from zod's interpreter.
  return inputs.slice(0, compileAfter - 1);
}

describe("compiled validation", () => {
  for (const type of requestTypes) {
    it(`${type}: the compiled schema gives the interpreter's answers and issues`, () => {
      const schema = requestSchemas[type];
      const inputs = inputsOf(type);
      const interpreted = inputs.map((input) => validateWith(schema, input));
      expect(compiledSchemaOf(schema)).toBeUndefined();
      expect(interpreted.some((r) => r.success)).toBe(true);
      expect(interpreted.some((r) => !r.success)).toBe(true);

      const valid = inputs.find((_, i) => interpreted[i]?.success);
      for (let i = 0; i <= compileAfter; i += 1) validateWith(schema, valid);
      const compiled = compiledSchemaOf(schema);
      // z.compile() hands the schema back unchanged when it cannot compile it.
      expect(compiled).toBeDefined();
      expect(compiled).not.toBe(schema);

      expect(inputs.map((input) => validateWith(schema, input))).toEqual(interpreted);
    });
  }
});
