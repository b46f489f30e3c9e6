import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { coverage, getProvision, sourcesOf } from "@lhc/convention";
import { getJsonSchema, schemaVersion as schemaVersionV0 } from "@lhc/requests";
import { requestSchemaVersions } from "@lhc/requests/any-version";
import { requestTypes } from "@lhc/requests/request-types";
import { getJsonSchema as getJsonSchemaV1, requestDefinitions } from "@lhc/requests/v1";
import { describe, expect, it } from "vitest";
import { isOneCleanLine, lhc } from "./run-lhc.js";

const require = createRequire(import.meta.url);

describe("lhc cite", () => {
  it("shows Art. 8(3) with its provenance, its sources and that its text is not verified", () => {
    const result = lhc(["cite", "Art. 8(3)"]);
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/^Art\. 8\(3\) — Article 8, paragraph 3 \[art_8__para_3\]\n/);
    expect(result.stdout).toContain("Verification: text not yet verified; provenance official");
    expect(result.stdout).toContain("Text: not yet verified");
    const node = getProvision("art_8__para_3");
    for (const source of sourcesOf(node ?? { sources: [] })) expect(result.stdout).toContain(source.url);
  });

  it.each(["Art. 8(3)", "article 8, paragraph 3", "art. 8 para. 3", "art_8__para_3"])(
    "reads the citation %j as art_8__para_3",
    (citation) => {
      const result = lhc(["cite", citation, "--format", "json"]);
      expect(result.code).toBe(0);
      expect(JSON.parse(result.stdout)).toMatchObject({
        eId: "art_8__para_3",
        citation: "Art. 8(3)",
        inData: true,
      });
    },
  );

  it("prints a recital's text as published, and marks where the available text ends", () => {
    const recital = getProvision("preamble__recital_9");
    const result = lhc(["cite", "Preamble, recital 9"]);
    expect(result.code).toBe(0);
    expect(result.stdout).toContain(recital?.text?.en?.value ?? "missing");
    expect(result.stdout).toContain("[the available text ends here; the rest is not yet verified]");
  });

  it("exits 1 for a well-formed citation of a provision that is not in the data", () => {
    expect(getProvision("art_7")).toBeUndefined();
    const result = lhc(["cite", "Art. 7"]);
    expect(result.code).toBe(1);
    expect(result.stdout).toContain("Not in the data yet");
    expect(JSON.parse(lhc(["cite", "Art. 7", "--format", "json"]).stdout)).toMatchObject({
      eId: "art_7",
      inData: false,
      provision: null,
    });
  });

  it("rejects a citation it cannot read in one line (exit 2)", () => {
    const result = lhc(["cite", "Art. eight"]);
    expect(result.code).toBe(2);
    expect(isOneCleanLine(result.stderr)).toBe(true);
    expect(result.stderr).toMatch(/^lhc: Cannot read "Art\. eight"/);
  });
});

describe("lhc coverage", () => {
  it("gives the same counts as @lhc/convention", () => {
    const result = lhc(["coverage", "--format", "json"]);
    expect(result.code).toBe(0);
    expect(JSON.parse(result.stdout)).toEqual(JSON.parse(JSON.stringify(coverage())));
  });

  it("prints a table with verified text per language and the disputed totals", () => {
    const report = coverage();
    const result = lhc(["coverage"]);
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(
      new RegExp(`^recitals +${report.recitals.known} +${report.recitals.byLang.en.withText} +`, "m"),
    );
    expect(result.stdout).toMatch(/^articles .*not yet verified: 94 \(secondary\)/m);
  });
});

describe("lhc schema", () => {
  it.each(requestTypes)("prints the shipped JSON Schema of %s in the latest version", (requestType) => {
    const result = lhc(["schema", requestType]);
    expect(result.code).toBe(0);
    const printed = JSON.parse(result.stdout);
    expect(printed).toEqual(getJsonSchemaV1(requestType));
    // The file users get through the exports map: @lhc/requests/schemas/1.0/<type>.json.
    const shipped = JSON.parse(
      readFileSync(require.resolve(`@lhc/requests/${requestDefinitions[requestType].schemaFile}`), "utf8"),
    );
    expect(printed).toEqual(shipped);
    expect(printed.$id).toBe(requestDefinitions[requestType].$id);
    expect(printed.$schema).toBe("https://json-schema.org/draft/2020-12/schema");
  });

  it.each(requestTypes)(
    "prints version 0's shipped JSON Schema of %s with --schema-version",
    (requestType) => {
      const result = lhc(["schema", requestType, "--schema-version", schemaVersionV0]);
      expect(result.code).toBe(0);
      const printed = JSON.parse(result.stdout);
      expect(printed).toEqual(getJsonSchema(requestType));
      const shipped = JSON.parse(
        readFileSync(require.resolve(`@lhc/requests/schemas/${requestType}.json`), "utf8"),
      );
      expect(printed).toEqual(shipped);
    },
  );

  it("rejects an unknown --schema-version in one line naming the versions (exit 2)", () => {
    const result = lhc(["schema", "mla", "--schema-version", "2.0"]);
    expect(result.code).toBe(2);
    expect(result.stderr).toBe(
      `lhc: unknown --schema-version "2.0": use one of ${requestSchemaVersions.join(", ")}\n`,
    );
    expect(result.stdout).toBe("");
  });

  it("rejects an unknown request type in one line (exit 2)", () => {
    const result = lhc(["schema", "asylum"]);
    expect(result.code).toBe(2);
    expect(result.stderr).toBe(`lhc: unknown request type "asylum": use one of ${requestTypes.join(", ")}\n`);
  });
});
