import type { LintRule } from "../types.js";

const STATE_FILE = /^data\/states\/([^/]+)\.json$/;

/** Each State has exactly one file, data/states/<CODE>.json, named by its code. */
export const stateFileName: LintRule = {
  name: "state-file-name",
  check({ parties }, report) {
    const seen = new Map<string, string>();
    for (const { file, party } of parties) {
      const fileCode = STATE_FILE.exec(file)?.[1];
      if (party.code !== fileCode) {
        report(
          file,
          "code",
          `is "${party.code}" but the file is named ${fileCode}.json; the file name must equal the code (rename the file or correct the code)`,
        );
      }
      const earlier = seen.get(party.code);
      if (earlier)
        report(
          file,
          "code",
          `"${party.code}" is already used by ${earlier}; each State has exactly one file`,
        );
      else seen.set(party.code, file);
    }
  },
};
