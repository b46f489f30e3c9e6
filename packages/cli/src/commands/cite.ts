import type { LocalizedText, ProvisionNode } from "@lhc/convention";
import type { Command } from "commander";
import type { CommandContext } from "../context.js";
import { type ConventionModule, loadConvention } from "../convention.js";
import { CliError, ExitCode } from "../errors.js";
import { renderJson } from "../output/json.js";
import { formatOption } from "./options.js";

interface CiteOptions {
  format: "text" | "json";
}

const languages = { en: "English, authentic", nl: "Dutch, translation" } as const;

function describeText(label: string, text: LocalizedText | null): string[] {
  if (text === null) return [`${label}: not yet verified`];
  const lines: string[] = [];
  for (const lang of ["en", "nl"] as const) {
    const version = text[lang];
    if (!version) {
      lines.push(`${label} (${languages[lang]}): not yet verified`);
      continue;
    }
    const ends = version.complete ? "" : " [the available text ends here; the rest is not yet verified]";
    lines.push(`${label} (${languages[lang]}):`, `  ${version.value}${ends}`);
  }
  return lines;
}

/** Whether the provision's own words are verified, in the terms the site uses. */
function verification(node: ProvisionNode): string {
  const versions = node.text ? Object.values(node.text) : [];
  if (versions.length === 0) return "text not yet verified";
  return versions.every((v) => v.complete) ? "text verified" : "text verified in part";
}

function renderProvision(lib: ConventionModule, eId: string, node: ProvisionNode): string {
  const { cite } = lib;
  const lines = [`${cite(eId)} — ${cite(eId, { style: "long" })} [${eId}]`, `Type: ${node.type}`];
  lines.push(`Verification: ${verification(node)}; provenance ${node.provenance.status}`);
  if (node.heading !== null) lines.push(...describeText("Heading", node.heading));
  lines.push(...describeText("Text", node.text));
  if (node.subject) {
    lines.push(
      `Subject (a description in this project's words, not the text; ${node.subject.status}):`,
      `  ${node.subject.paraphrase}`,
    );
  }
  if (node.provenance.note) lines.push(`Note: ${node.provenance.note}`);
  if (node.children.length > 0) lines.push(`Contains: ${node.children.map((c) => cite(c.eId)).join(", ")}`);
  const sources = lib.sourcesOf(node);
  lines.push("Sources:");
  for (const s of sources) {
    const pinpoint = "pinpoint" in s && s.pinpoint ? `\n      at: ${s.pinpoint}` : "";
    lines.push(`  [${s.id}] ${s.title} — ${s.publisher} (${s.kind})\n      ${s.url}${pinpoint}`);
  }
  return `${lines.join("\n")}\n`;
}

export function registerCite(program: Command, context: CommandContext): Command {
  return program
    .command("cite")
    .summary("show a provision of the Convention with its sources and verification status")
    .description(
      'Look a provision up by citation ("Art. 8(3)", "article 8, paragraph 3", "art. 8 para. 3", "Annex H", ' +
        '"Preamble, recital 2") or by ID (art_8__para_3), and show what is verified about it and where it comes ' +
        "from. Exit codes: 0 the provision is in the data; 1 the citation is well formed but the provision " +
        "is not in the data yet (its text is not yet verified); 2 the citation cannot be read.",
    )
    .argument(
      "<citation>",
      'a citation such as "Art. 8(3)" (quote it in the shell) or an ID such as art_8__para_3',
    )
    .addOption(formatOption(["text", "json"], "text"))
    .action(async (citation: string, options: CiteOptions) => {
      const lib = await loadConvention();
      const { cite } = lib;
      let eId: string;
      try {
        eId = lib.parseCitation(citation);
      } catch (error) {
        if (error instanceof lib.CitationError) throw new CliError(error.message);
        throw error;
      }
      const node = lib.getProvision(eId);
      if (options.format === "json") {
        context.io.stdout(
          renderJson({
            eId,
            citation: cite(eId),
            longCitation: cite(eId, { style: "long" }),
            inData: node !== undefined,
            provision: node ?? null,
            sources: node ? lib.sourcesOf(node) : [],
          }),
        );
      } else if (node) {
        context.io.stdout(renderProvision(lib, eId, node));
      } else {
        context.io.stdout(
          `${cite(eId)} — ${cite(eId, { style: "long" })} [${eId}]\n` +
            "Not in the data yet: nothing about this provision is verified (its text is not yet verified).\n",
        );
      }
      if (!node) context.exitCode = ExitCode.notInData;
    });
}
