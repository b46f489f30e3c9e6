import { execFileSync } from "node:child_process";
import { cpSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { checkData } from "../src/data-dir/check.js";
import { convention } from "../src/index.js";
import { dataCopy, editJson, packageDir } from "./helpers/data-copy.js";

describe("data checks (src/data-dir/check.ts)", () => {
  it("accepts the data in the repository and assembles the document the package ships", () => {
    const { problems, document } = checkData(join(packageDir, "data"));
    expect(problems).toEqual([]);
    expect(document).toEqual(convention);
  });

  it("names the file and field of a schema violation", () => {
    const dataDir = dataCopy((data) =>
      editJson(join(data, "meta.json"), (meta) => {
        (meta.adopted as { date: { value: string } }).date.value = "26-05-2023";
      }),
    );
    const { problems } = checkData(dataDir);
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatch(/^data\/meta\.json: adopted\.date\.value: /);
  });

  it("reports every problem at once: eId and number mismatch, unknown source, misnamed file, duplicate eId", () => {
    const dataDir = dataCopy((data) => {
      editJson(join(data, "provisions", "art_8.json"), (node) => {
        const [first] = node.children as Array<{ eId: string }>;
        if (first) first.eId = "art_8__para_4";
      });
      editJson(join(data, "annexes", "annex_h.json"), (node) => {
        (node.provenance as { sources: Array<{ id: string }> }).sources.push({ id: "S404" });
      });
      cpSync(join(data, "provisions", "art_9.json"), join(data, "provisions", "art_10.json"));
    });
    const { problems } = checkData(dataDir);
    expect(problems).toContain(
      'data/provisions/art_8.json: (root).children.0: eId "art_8__para_4" does not match its type and num "3"; expected "art_8__para_3"',
    );
    expect(problems).toContain(
      'data/annexes/annex_h.json: (root).provenance.sources.1.id: cites source "S404", which is not in data/sources.json; add it there',
    );
    expect(problems).toContain(
      'data/provisions/art_10.json: eId: holds eId "art_9"; rename the file to art_9.json',
    );
    expect(problems).toContain(
      'data/provisions/art_9.json: (root).eId: "art_9" is already used in data/provisions/art_10.json; each eId must be unique',
    );
  });

  it("rejects a fact that is null but not marked unknown, and a recital out of order", () => {
    const dataDir = dataCopy((data) => {
      editJson(join(data, "meta.json"), (meta) => {
        (meta.depositary as { status: string }).status = "official";
      });
      editJson(join(data, "preamble.json"), (preamble) => {
        const recitals = preamble.children as Array<{ eId: string }>;
        [recitals[1], recitals[2]] = [recitals[2] as { eId: string }, recitals[1] as { eId: string }];
      });
    });
    const { problems } = checkData(dataDir);
    expect(problems).toContain(
      'data/meta.json: depositary.status: a fact is null exactly when its status is "unknown" (not yet verified)',
    );
    expect(problems).toContain(
      'data/preamble.json: children.1: is recital "preamble__recital_2" but should be recital "preamble__recital_1" (the opening words naming the Parties are preamble__formula_1, recitals are numbered from 1 in order, and closing words ending with a colon are the next formula; see src/preamble.ts)',
    );
  });

  it("reports a file that is not JSON", () => {
    const dataDir = dataCopy((data) => writeFileSync(join(data, "annexes", "annex_a.json"), "{ not json"));
    expect(checkData(dataDir).problems[0]).toMatch(
      /^data\/annexes\/annex_a\.json: \(file\): is not valid JSON/,
    );
  });
});

describe("scripts/build-data.ts", () => {
  it("writes the artifact, prints the coverage, and exits 1 listing the problems of broken data", () => {
    const script = join(packageDir, "scripts", "build-data.ts");
    const good = dataCopy(() => {});
    const out = join(good, "..", "out");
    const stdout = execFileSync(process.execPath, ["--import", "tsx", script, "--data", good, "--out", out], {
      cwd: packageDir,
      encoding: "utf8",
    });
    expect(stdout).toMatch(/\| Recitals \| 9 \| 9 \| 8 \| 8 \| 7 \|/);
    expect(readFileSync(join(out, "convention.json"), "utf8")).toBe(
      `${JSON.stringify(convention, null, 2)}\n`,
    );

    const bad = dataCopy((data) =>
      editJson(join(data, "meta.json"), (meta) => {
        (meta.adopted as { date: { value: string } }).date.value = "26-05-2023";
      }),
    );
    let failure: { status: number; stderr: string } | undefined;
    try {
      execFileSync(
        process.execPath,
        ["--import", "tsx", script, "--data", bad, "--out", join(bad, "..", "out")],
        {
          cwd: packageDir,
          encoding: "utf8",
          stdio: "pipe",
        },
      );
    } catch (error) {
      failure = error as { status: number; stderr: string };
    }
    expect(failure?.status).toBe(1);
    expect(failure?.stderr).toMatch(/1 problem\(s\) in data\/:\n {2}data\/meta\.json: adopted\.date\.value:/);
  });
});
