import { cpSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { lintDataDir } from "../../src/data-dir/lint/index.js";
import { dataCopy } from "../helpers/data-copy.js";

describe("rule file-layout", () => {
  it("names a file whose name is not the eId it holds, and how to rename it", () => {
    const dataDir = dataCopy((data) =>
      cpSync(join(data, "provisions", "art_9.json"), join(data, "provisions", "art_10.json")),
    );
    expect(lintDataDir(dataDir).problems).toContainEqual({
      file: "data/provisions/art_10.json",
      field: "eId",
      message: 'holds eId "art_9"; rename the file to art_9.json',
    });
  });
});
