import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { declarationsOf } from "../../src/index.js";
import { formatLintProblem, lintSourceFiles } from "../../src/lint/index.js";
import { readSourceFiles, type SourceFile } from "../../src/lint/source-files.js";

const packageDir = join(dirname(fileURLToPath(import.meta.url)), "..", "..");
const realFiles = readSourceFiles(packageDir);
const LATVIA = "data/states/LV.json";

type Json = Record<string, unknown>;
type DeclarationJson = Json & { id: string; effects?: Json[]; sources: string[] };

/** The real source files with Latvia's declarations changed on a deep copy. */
function withLatvia(change: (declarations: DeclarationJson[]) => void): SourceFile[] {
  const file = realFiles.find((f) => f.path === LATVIA) as SourceFile;
  const lv = JSON.parse(file.content) as { declarations: DeclarationJson[] };
  change(lv.declarations);
  return [
    ...realFiles.filter((f) => f.path !== LATVIA),
    { path: LATVIA, content: JSON.stringify(lv, null, 2) },
  ];
}

const byId = (declarations: DeclarationJson[], id: string) =>
  declarations.find((d) => d.id === id) as DeclarationJson;
const indexOf = (id: string) => declarationsOf("LV").findIndex((declaration) => declaration.id === id);
const languageEffect = (declarations: DeclarationJson[]) =>
  (byId(declarations, "LV-5").effects as Json[])[0] as Json;

describe("Latvia's declaration effects in the data", () => {
  it("record the language of requests (Art. 22) and the central authorities (Art. 20) from the approving law", () => {
    const [language] = declarationsOf("LV", { provision: "art_22" });
    expect(language?.id).toBe("LV-5");
    expect(language?.effects).toEqual([
      expect.objectContaining({
        type: "request-language",
        provision: "art_22",
        languages: ["lv"],
        status: "approving-law",
      }),
    ]);
    const [authorities] = declarationsOf("LV", { provision: "art_20" });
    expect(authorities?.effects?.[0]).toMatchObject({
      type: "central-authorities",
      authorities: ["Ministry of Justice", "Prosecutor General's Office"],
      status: "approving-law",
    });
    // Each effect cites its declaration's own source, the approving law.
    for (const declaration of [language, authorities]) {
      const urls = declaration?.sources.map((s) => s.url);
      for (const effect of declaration?.effects ?? []) {
        for (const source of effect.sources) expect(urls).toContain(source.url);
      }
    }
  });
});

describe("the declaration-effects lint", () => {
  it("rejects an effect said to be read from a deposited text when the declaration records an approving law", () => {
    const problems = lintSourceFiles(
      withLatvia((declarations) => {
        languageEffect(declarations).status = "deposited-text";
      }),
    ).map(formatLintProblem);
    expect(problems).toEqual([
      `${LATVIA}: declarations.${indexOf("LV-5")}.effects.0.status: is "deposited-text" but declaration LV-5 records what an approving law directs (basis "domestic-law"), not a deposited text; use "approving-law"`,
    ]);
  });

  it("rejects an effect on a declaration whose content is not known", () => {
    const problems = lintSourceFiles(
      withLatvia((declarations) => {
        const unknown = byId(declarations, "LV-1");
        unknown.provisions = ["art_22"];
        unknown.effects = [
          { ...languageEffect(declarations), status: "deposited-text", sources: unknown.sources },
        ];
      }),
    );
    expect(problems).toHaveLength(1);
    expect(problems[0]?.field).toBe(`declarations.${indexOf("LV-1")}.effects.0.status`);
    expect(problems[0]?.message).toMatch(/text of declaration LV-1 is not available .* or remove the effect/);
  });

  it("rejects an effect on a provision the declaration does not concern", () => {
    const problems = lintSourceFiles(
      withLatvia((declarations) => {
        languageEffect(declarations).provision = "art_21";
      }),
    );
    expect(problems.map((p) => [p.field, p.message])).toEqual([
      [
        `declarations.${indexOf("LV-5")}.effects.0.provision`,
        "art_21 is not among the provisions of declaration LV-5 (art_22); correct the provision or add it to the declaration's provisions",
      ],
    ]);
  });

  it("rejects an effect whose source is not one of its declaration's sources", () => {
    const problems = lintSourceFiles(
      withLatvia((declarations) => {
        const effect = languageEffect(declarations);
        // A source of other facts in the data, but not of this declaration.
        effect.sources = ["verdragenbank-013717-parties"];
      }),
    );
    expect(problems).toHaveLength(1);
    expect(problems[0]?.field).toBe(`declarations.${indexOf("LV-5")}.effects.0.sources.0`);
    expect(problems[0]?.message).toMatch(/is not a source of declaration LV-5/);
  });

  it("rejects a language that is no ISO 639 code, or written in capitals", () => {
    const unknownCode = lintSourceFiles(
      withLatvia((declarations) => {
        languageEffect(declarations).languages = ["lv", "qq"];
      }),
    );
    expect(unknownCode.map((p) => p.field)).toEqual([
      `declarations.${indexOf("LV-5")}.effects.0.languages.1`,
    ]);
    expect(unknownCode[0]?.message).toMatch(/"qq" is not a known ISO 639 language code/);

    const capitals = lintSourceFiles(
      withLatvia((declarations) => {
        languageEffect(declarations).languages = ["LV"];
      }),
    );
    expect(capitals.map((p) => p.field)).toEqual([`declarations.${indexOf("LV-5")}.effects.0.languages.0`]);
    expect(capitals[0]?.message).toMatch(/ISO 639 language code in lower case/);
  });

  it("rejects an unknown kind of effect and an empty list of effects", () => {
    const unknownType = lintSourceFiles(
      withLatvia((declarations) => {
        languageEffect(declarations).type = "transmission-channel";
      }),
    );
    expect(unknownType.map((p) => p.field)).toEqual([`declarations.${indexOf("LV-5")}.effects.0.type`]);

    const empty = lintSourceFiles(
      withLatvia((declarations) => {
        byId(declarations, "LV-5").effects = [];
      }),
    );
    expect(empty.map((p) => [p.field, p.message])).toEqual([
      [`declarations.${indexOf("LV-5")}.effects`, "omit effects when none is recorded"],
    ]);
  });
});
