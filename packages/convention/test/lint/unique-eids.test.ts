import { cpSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { lintDataDir } from "../../src/data-dir/lint/index.js";
import { dataCopy } from "../helpers/data-copy.js";

describe("rule unique-eids", () => {
  it("names an eId two files hold", () => {
    const dataDir = dataCopy((data) =>
      cpSync(join(data, "provisions", "art_9.json"), join(data, "provisions", "art_10.json")),
    );
    expect(lintDataDir(dataDir).problems).toContainEqual({
      file: "data/provisions/art_9.json",
      field: "(root).eId",
      message: '"art_9" is already used in data/provisions/art_10.json; each eId must be unique',
    });
  });
});
