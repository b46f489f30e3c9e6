import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { requestTypes } from "../src/index.js";
import { packageDir } from "./helpers.js";

// package.json and the size budgets are static files that npm and the package checks read as they are;
// the build (tsup.config.ts) and the JSON Schemas take their entries from the list of request types.
// These checks tell the author of a new request type exactly which lines those files still need.
const pkg = JSON.parse(readFileSync(join(packageDir, "package.json"), "utf8"));
const budgets = JSON.parse(readFileSync(join(packageDir, "..", "..", "scripts", "size-budgets.json"), "utf8"))
  .packages[pkg.name];
const otherEntries = new Set([
  ".",
  "./examples",
  "./request-types",
  "./v1",
  "./migrate",
  "./fields",
  "./any-version",
  "./package.json",
  "./data/basis.json",
]);

const exportFor = (type: string) => ({
  import: { types: `./dist/${type}.d.ts`, default: `./dist/${type}.js` },
  require: { types: `./dist/${type}.d.cts`, default: `./dist/${type}.cjs` },
});

describe("entry points", () => {
  for (const type of requestTypes) {
    it(`${type}: package.json and the size budgets give it its entry point`, () => {
      expect(
        pkg.exports[`./${type}`],
        `add to "exports" in package.json: "./${type}": ${JSON.stringify(exportFor(type))}`,
      ).toEqual(exportFor(type));
      expect(
        pkg.typesVersions["*"][type],
        `add to "typesVersions"."*" in package.json: "${type}": ["./dist/${type}.d.cts"]`,
      ).toEqual([`./dist/${type}.d.cts`]);
      expect(
        budgets.entries[`./${type}`],
        `add a limit for "./${type}" under "${pkg.name}" in scripts/size-budgets.json (pnpm test proposes one)`,
      ).toBeTypeOf("number");
    });
  }

  for (const entry of ["v1", "migrate", "fields", "any-version"]) {
    it(`./${entry}: package.json and the size budgets give it its entry point`, () => {
      expect(pkg.exports[`./${entry}`]).toEqual(exportFor(entry));
      expect(pkg.typesVersions["*"][entry]).toEqual([`./dist/${entry}.d.cts`]);
      expect(budgets.entries[`./${entry}`]).toBeTypeOf("number");
    });
  }

  it("package.json has no entry point for a request type that does not exist", () => {
    const perType = Object.keys(pkg.exports).filter((key) => !otherEntries.has(key) && !key.includes("*"));
    expect(perType.sort()).toEqual(requestTypes.map((type) => `./${type}`).sort());
  });
});
