import type { ConventionDocument, Fact } from "@lhc/convention";
import type { Command } from "commander";
import type { CommandContext } from "../context.js";
import { checkedDataDir, loadConvention } from "../convention.js";
import { renderJson } from "../output/json.js";
import { renderTable } from "../output/table.js";
import { formatOption, jsonOption } from "./options.js";

interface CoverageOptions {
  format: "text" | "json" | "markdown";
  data?: string;
}

/** The size of the whole Convention is disputed: show each claim with its status, never one number. */
function expectedTotal(fact: Fact<number> | undefined): string {
  if (!fact) return "";
  if (fact.value !== null) return `${fact.value} (${fact.status})`;
  const claims = (fact.claims ?? []).map((c) => `${c.value} (${c.status})`);
  return claims.length > 0 ? `not yet verified: ${claims.join(" / ")}` : "not yet verified";
}

export function registerCoverage(program: Command, context: CommandContext): Command {
  return program
    .command("coverage")
    .summary("show how much of the Convention's text is verified")
    .description(
      "Count the recitals, parts, articles, paragraphs, points and annexes in the data, and how many of " +
        "them have verified text in English (authentic) and Dutch (translation).",
    )
    .addOption(formatOption(["text", "json", "markdown"], "text"))
    .addOption(jsonOption())
    .option(
      "--data <dir>",
      "count a data directory, checked as the build checks it, instead of the package's data",
    )
    .action(async (options: CoverageOptions) => {
      const lib = await loadConvention();
      let doc: ConventionDocument | undefined;
      if (options.data !== undefined) {
        const checked = await checkedDataDir(context, options.data);
        if (!checked.document) return;
        doc = checked.document;
      }
      const report = lib.coverage(doc);
      if (options.format === "json") {
        context.io.stdout(renderJson(report));
        return;
      }
      // The table the package's README shows (pnpm readme:coverage).
      if (options.format === "markdown") {
        context.io.stdout(`${lib.coverageTable(doc)}\n`);
        return;
      }
      // The expected totals exist only for some kinds (and only for the curated document).
      const expected = report.expected as Partial<Record<string, Fact<number>>> | null;
      const kinds = lib.coverageKinds.map(
        ([key, label]) => [label.toLowerCase(), report[key], expected?.[key]] as const,
      );
      const rows = kinds.map(([kind, count, expected]) => [
        kind,
        String(count.known),
        String(count.byLang.en.withText),
        String(count.byLang.en.withCompleteText),
        String(count.byLang.nl.withText),
        String(count.byLang.nl.withCompleteText),
        expectedTotal(expected),
      ]);
      context.io.stdout(
        `Verified text of the Convention in the data\n\n${renderTable(
          [
            "kind",
            "in the data",
            "text EN",
            "complete EN",
            "text NL",
            "complete NL",
            "total in the Convention",
          ],
          rows,
        )}\n"text": some verified text; "complete": the whole text is verified. EN is authentic, NL a translation.\n`,
      );
    });
}
