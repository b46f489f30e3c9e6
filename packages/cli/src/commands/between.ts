import type { Command } from "commander";
import type { CommandContext } from "../context.js";
import { CliError } from "../errors.js";
import { renderJson } from "../output/json.js";
import { loadParties, onDate, queryParties, stateCode } from "../parties.js";
import { dateOption, formatOption } from "./options.js";

interface BetweenOptions {
  on?: string;
  format: "text" | "json";
}

export function registerBetween(program: Command, context: CommandContext): Command {
  return program
    .command("between")
    .summary("does the Convention apply between two States on a date?")
    .description(
      "Say whether the Convention applies between two States on a date, with the reasons, and which " +
        "annexes apply between them: yes only when both States' entry into force is verified on or before the " +
        "date, not verified when a date is only published, not shown to apply when the recorded facts do not " +
        "show it in force (as of the data's date), no only when a recorded fact excludes it; and which Parts " +
        "a State applies provisionally. The answer is printed either way (exit code 0).",
    )
    .argument("<A>", "first State, ISO 3166-1 alpha-2 code (XK for Kosovo)")
    .argument("<B>", "second State")
    .addOption(dateOption())
    .addOption(formatOption(["text", "json"], "text"))
    .action(async (textA: string, textB: string, options: BetweenOptions) => {
      const lib = await loadParties();
      const on = onDate(lib, options.on, context.io.today());
      const { asOf } = lib;
      const a = stateCode(lib, textA, "A", on);
      const b = stateCode(lib, textB, "B", on);
      if (a === b) throw new CliError(`A and B are both ${a}: name two different States`);
      const between = queryParties(lib, () => lib.inForceBetween(a, b, on));
      const annexes = queryParties(lib, () => lib.annexesApplicableBetween(a, b, on));
      if (options.format === "json") {
        context.io.stdout(
          renderJson({
            a,
            b,
            on,
            asOf,
            applies: between.applies,
            answer: between.answer,
            verdict: between.verdict,
            provisionalApplication: between.provisionalApplication,
            reasons: between.reasons,
            annexes: annexes.annexes,
            annexReasons: annexes.reasons,
          }),
        );
        return;
      }
      const lines = [
        `Does the Convention apply between ${a} and ${b} on ${on}? ${between.verdict}`,
        ...between.reasons.map((r) => `  - ${r}`),
        `Annexes that apply between ${a} and ${b}: ${annexes.annexes.length > 0 ? annexes.annexes.join(", ") : "none"}`,
        // The annex answer repeats the reasons about the States; print only what it adds.
        ...annexes.reasons.filter((r) => !between.reasons.includes(r)).map((r) => `  - ${r}`),
        `Data as of ${asOf}.`,
      ];
      context.io.stdout(`${lines.join("\n")}\n`);
    });
}
