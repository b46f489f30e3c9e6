import { execFileSync } from "node:child_process";
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import ts from "typescript";
import { describe, expect, it } from "vitest";

const docsDir = fileURLToPath(new URL("../../../docs/getting-started/", import.meta.url));
// Inside apps/site so that `@lhc/*` imports resolve to the workspace packages the site depends on.
const outDir = fileURLToPath(new URL("../test-output/doc-examples/", import.meta.url));

interface Example {
  doc: string;
  index: number;
  code: string;
}

/** Every ```ts block of the getting-started pages: each one is a complete program. */
function examples(): Example[] {
  return readdirSync(docsDir)
    .filter((file) => file.endsWith(".md"))
    .flatMap((doc) => {
      const text = readFileSync(`${docsDir}${doc}`, "utf8");
      return [...text.matchAll(/^```ts[^\n]*\n([\s\S]*?)^```$/gm)].map((match, index) => ({
        doc,
        index,
        code: match[1] ?? "",
      }));
    });
}

function fileOf(example: Example, extension: string): string {
  return `${outDir}${example.doc.replace(/\.md$/, "")}-${example.index + 1}${extension}`;
}

describe("getting-started examples", () => {
  const all = examples();

  it("every package page has runnable examples", () => {
    const docs = new Set(all.map((example) => example.doc));
    expect([...docs].sort()).toEqual(["cli.md", "convention.md", "letters.md", "parties.md", "requests.md"]);
  });

  it("type-check against the packages' published types", () => {
    mkdirSync(outDir, { recursive: true });
    const files = all.map((example) => {
      const file = fileOf(example, ".mts");
      writeFileSync(file, example.code);
      return file;
    });
    const program = ts.createProgram(files, {
      strict: true,
      noEmit: true,
      target: ts.ScriptTarget.ES2022,
      module: ts.ModuleKind.NodeNext,
      moduleResolution: ts.ModuleResolutionKind.NodeNext,
      types: ["node"],
      skipLibCheck: true,
    });
    const problems = ts
      .getPreEmitDiagnostics(program)
      .map((d) => `${d.file?.fileName ?? ""}: ${ts.flattenDiagnosticMessageText(d.messageText, "\n")}`);
    expect(problems).toEqual([]);
  });

  it.each(all.map((example) => [`${example.doc} #${example.index + 1}`, example] as const))(
    "%s compiles and runs against the built packages",
    (_name, example) => {
      const compiled = ts.transpileModule(example.code, {
        reportDiagnostics: true,
        compilerOptions: { module: ts.ModuleKind.ESNext, target: ts.ScriptTarget.ES2022 },
      });
      expect(compiled.diagnostics ?? []).toEqual([]);
      mkdirSync(outDir, { recursive: true });
      const file = fileOf(example, ".mjs");
      writeFileSync(file, compiled.outputText);
      // The examples assert their own results with node:assert; a failed assertion exits non-zero.
      const output = execFileSync(process.execPath, [file], {
        encoding: "utf8",
        stdio: ["ignore", "pipe", "pipe"],
      });
      expect(typeof output).toBe("string");
    },
  );
});
