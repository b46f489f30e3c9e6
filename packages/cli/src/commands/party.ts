import type { Declaration, Party } from "@lhc/parties";
import type { Command } from "commander";
import type { CommandContext } from "../context.js";
import { loadConvention } from "../convention.js";
import { renderJson } from "../output/json.js";
import {
  describeSource,
  loadParties,
  onDate,
  type PartiesModule,
  queryParties,
  stateCode,
} from "../parties.js";
import { dateOption, formatOption, localeOption } from "./options.js";

interface PartyOptions {
  on?: string;
  format: "text" | "json";
  locale: string;
}

/** Provision IDs as citations ("Art. 8(3)"), keeping the ID so that it can be looked up. */
type Cite = (eId: string) => string;

function provisions(cite: Cite, ids: readonly string[]): string {
  return ids.map((id) => `${cite(id)} (${id})`).join(", ");
}

function describeDeclaration(cite: Cite, basisLabel: (d: Declaration) => string, d: Declaration): string {
  const lines = [`  ${d.id}: ${d.kind ?? "kind not yet verified"} (${basisLabel(d)})`];
  if (d.date) lines.push(`    date: ${d.date}`);
  if (d.madeUnder) lines.push(`    made under: ${provisions(cite, [d.madeUnder])}`);
  lines.push(
    `    concerns: ${d.provisions === null ? "not yet verified" : provisions(cite, d.provisions) || "no provision"}`,
  );
  if (d.annexes === null) {
    lines.push(
      `    annexes: not yet verified${d.annexesStatus && d.annexesStatus !== "Content not yet verified." ? ` (${d.annexesStatus})` : ""}`,
    );
  } else if (d.annexes.length > 0) {
    lines.push(`    annexes: ${d.annexes.join(", ")}`);
  }
  if (d.text !== null) {
    const partial = d.textStatus === "partial" ? " (partial: the rest is not yet verified)" : "";
    // Verbatim text keeps its line breaks; indenting every line keeps it inside this entry.
    lines.push(`    text as published${partial}:`, d.text.replace(/^/gm, "      "));
  } else {
    lines.push("    text: not available (not yet verified)");
  }
  if (d.summary) lines.push(`    summary (in this project's words, not the text): ${d.summary}`);
  if (d.note) lines.push(`    note: ${d.note}`);
  return lines.join("\n");
}

function renderParty(
  lib: PartiesModule,
  cite: Cite,
  code: string,
  party: Party | undefined,
  on: string,
  locale: string,
): string {
  const { asOf } = lib;
  const status = lib.statusOn(code, on);
  const name = lib.stateName(code, locale);
  const lines = [lib.stateLabel(code, locale)];
  if (party?.codeKind === "user-assigned")
    lines.push(`Code: ${code} is a user-assigned code, not ISO 3166-1.`);
  lines.push(
    `Status on ${on}: ${lib.PARTY_STATUS_LABELS[status.status]}${status.since ? ` (since ${status.since})` : ""}`,
  );
  if (!party) {
    lines.push(`No signature, consent or declaration is recorded for ${name} in the data as of ${asOf}.`);
    return `${lines.join("\n")}\n`;
  }
  const signature = party.signature;
  lines.push(
    `Signature: ${signature ? `${signature.date}${signature.place ? `, ${signature.place}` : ", place not yet verified"}` : "none recorded"}`,
  );
  const consent = party.consent;
  if (consent) {
    const type =
      consent.type ??
      `type not yet verified${consent.typeInSource ? ` (source code "${consent.typeInSource.code}": ${consent.typeInSource.meaning})` : ""}`;
    lines.push(`Consent to be bound: deposited ${consent.depositDate}; ${type}`);
  } else {
    lines.push("Consent to be bound: none recorded");
  }
  lines.push(
    `Entry into force for ${name}: ${party.entryIntoForce ? `${party.entryIntoForce.date} (${party.entryIntoForceStatus === "verified" ? "verified" : "published, not verified; not computed"})` : "none published"}`,
  );
  if (party.declarations.length > 0) {
    lines.push("Reservations, declarations and notifications:");
    const basisLabel = (d: Declaration) => lib.DECLARATION_BASIS_LABELS[d.basis];
    lines.push(...party.declarations.map((d) => describeDeclaration(cite, basisLabel, d)));
  } else {
    lines.push("Reservations, declarations and notifications: none recorded");
  }
  for (const note of party.notes) lines.push(`Note: ${note}`);
  // Every source the record cites, each listed once.
  const sources = lib.uniqueSources(lib.sourcesOf(party));
  lines.push("Sources:", ...sources.map((s, i) => `  [${i + 1}] ${describeSource(s)}`));
  lines.push(`Data as of ${asOf}.`);
  return `${lines.join("\n")}\n`;
}

export function registerParty(program: Command, context: CommandContext): Command {
  return program
    .command("party")
    .summary("show one State's signature, consent, entry into force and declarations")
    .description(
      "Show what is recorded for one State, each fact with its sources: signature, consent to be bound, " +
        "entry into force as published, and reservations, declarations and notifications (verbatim where " +
        "published). A real State with no record (e.g. IT) is reported as not signed; a code that is no " +
        "State (e.g. ZZ) is an error (exit code 2).",
    )
    .argument("<code>", "ISO 3166-1 alpha-2 code of the State (XK for Kosovo); case does not matter")
    .addOption(dateOption())
    .addOption(formatOption(["text", "json"], "text"))
    .addOption(localeOption())
    .action(async (text: string, options: PartyOptions) => {
      const lib = await loadParties();
      const on = onDate(lib, options.on, context.io.today());
      const code = stateCode(lib, text, "code", on);
      const party = lib.getParty(code);
      if (options.format === "json") {
        const status = queryParties(lib, () => lib.statusOn(code, on));
        const name = queryParties(lib, () => lib.stateName(code, options.locale));
        context.io.stdout(renderJson({ code, name, on, asOf: lib.asOf, status, party: party ?? null }));
        return;
      }
      const { cite } = await loadConvention();
      context.io.stdout(
        queryParties(lib, () => renderParty(lib, (eId) => cite(eId), code, party, on, options.locale)),
      );
    });
}
