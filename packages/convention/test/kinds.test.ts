import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { documentFiles } from "../src/data-dir/files.js";
import { fileLayout } from "../src/data-dir/lint/rules/file-layout.js";
import type { LintContext, NodeFile } from "../src/data-dir/lint/types.js";
import {
  CitationError,
  cite,
  convention,
  coverageKinds,
  NODE_TYPES,
  PROVISION_KINDS,
  parseEId,
  provisionKind,
  walk,
} from "../src/index.js";
import { nodeTypeSchema } from "../src/schema.js";
import type { NodeType, ProvisionNode } from "../src/types.js";
import { mergeOfficial } from "../src/update/merge.js";
import { readOfficialText } from "../src/update/official.js";

const echr = readFileSync(join(import.meta.dirname, "fixtures", "bwb", "BWBV0001000.xml"), "utf8");

const node = (type: NodeType, eId: string, children: ProvisionNode[] = []): ProvisionNode => ({
  type,
  eId,
  num: null,
  heading: null,
  text: null,
  children,
  provenance: { status: "unknown", sources: [] },
});

describe("the kinds table (PROVISION_KINDS)", () => {
  it("has one row per node type the schema accepts, and no other", () => {
    expect([...nodeTypeSchema.options].sort()).toEqual(PROVISION_KINDS.map((k) => k.type).sort());
    expect(new Set(NODE_TYPES).size).toBe(PROVISION_KINDS.length);
    expect(new Set(PROVISION_KINDS.map((k) => k.eIdPrefix)).size).toBe(PROVISION_KINDS.length);
  });

  it("gives every node type in the data a row", () => {
    for (const n of walk(convention)) expect(() => provisionKind(n.type), n.eId).not.toThrow();
    expect(() => provisionKind("clause")).toThrow(/"clause" is not a kind of provision \(one of preamble, /);
  });

  it("writes each kind's example eId with the kind's own prefix, which the grammar accepts", () => {
    for (const kind of PROVISION_KINDS) {
      const segments = parseEId(kind.example);
      expect(segments.at(-1)?.prefix, kind.type).toBe(kind.eIdPrefix);
    }
  });

  it("cites each kind by the table's word, and content blocks only through their provision", () => {
    for (const kind of PROVISION_KINDS) {
      if (kind.role === "block") {
        expect(() => cite(kind.example), kind.type).toThrow(CitationError);
        continue;
      }
      const long = cite(kind.example, { style: "long" });
      // Paragraphs, points and preamble items are cited inside their article or preamble.
      if (["container", "scope", "frame", "article"].includes(kind.role))
        expect(long, kind.type).toContain(kind.word);
      else expect(long.length, kind.type).toBeGreaterThan(0);
    }
  });

  it("files every top-level kind in its folder, and the file-layout lint accepts it there", () => {
    for (const kind of PROVISION_KINDS) {
      if (kind.folder === null) continue;
      const root = node(kind.type, kind.example);
      const list =
        kind.folder === "preamble"
          ? { preamble: root }
          : kind.folder === "conclusions"
            ? { conclusions: root }
            : kind.folder === "annexes"
              ? { annexes: [root] }
              : kind.folder === "attachments"
                ? { attachments: [root] }
                : { body: [root] };
      const doc = {
        ...convention,
        preamble: null,
        conclusions: null,
        body: [],
        annexes: [],
        attachments: [],
        ...list,
      };
      const files = [...documentFiles(doc).keys()];
      const file =
        kind.folder === "preamble" || kind.folder === "conclusions"
          ? `${kind.folder}.json`
          : `${kind.folder}/${kind.example}.json`;
      expect(files, kind.type).toContain(file);
      const problems: string[] = [];
      const nodeFiles: NodeFile[] = [{ file: `data/${file}`, folder: kind.folder, node: root }];
      const context: LintContext = {
        sources: [],
        meta: undefined,
        nodeFiles,
        orders: {
          body: { file: "data/body.json", order: [kind.example] },
          annexes: { file: "data/annexes.json", order: [kind.example] },
        },
      };
      fileLayout.check(context, (f, field, message) => problems.push(`${f}: ${field}: ${message}`));
      expect(
        problems.filter((p) => p.includes(": type: ")),
        kind.type,
      ).toEqual([]);
    }
  });

  it("names every kind the update counts in its summary (a complete treaty's official text)", () => {
    const official = readOfficialText(echr, { id: "BWBV0001000", accessed: null });
    const { changes } = mergeOfficial(null, official);
    expect(changes.size).toBeGreaterThan(0);
    for (const type of changes.keys()) expect(() => provisionKind(type), type).not.toThrow();
  });

  it("heads the coverage counts with the table's plurals", () => {
    for (const [key, label] of coverageKinds) {
      expect(
        PROVISION_KINDS.some((kind) => kind.plural === label),
        key,
      ).toBe(true);
    }
  });
});
