import type { Party } from "@lhc/parties";
import { PARTY_STATUS_LABELS, PARTY_STATUSES, type PartyStatus } from "@lhc/parties/statuses";
import { type Command, Option } from "commander";
import type { CommandContext } from "../context.js";
import { renderCsv } from "../output/csv.js";
import { renderJson } from "../output/json.js";
import { renderTable } from "../output/table.js";
import { loadParties, onDate, type PartiesModule, queryParties } from "../parties.js";
import { dateOption, formatOption, localeOption } from "./options.js";

interface PartiesOptions {
  on?: string;
  status?: Exclude<PartyStatus, "none">;
  format: "table" | "json" | "csv";
  locale: string;
}

/** One row of `lhc parties`: the State's status on the date and the dates it rests on. */
export interface PartyRow {
  code: string;
  name: string;
  status: PartyStatus;
  since: string | null;
  signed: string | null;
  /** `null` when there is no consent, or its type is not yet verified (see consentDeposited). */
  consentType: string | null;
  consentDeposited: string | null;
  entryIntoForce: string | null;
}

function toRow(lib: PartiesModule, party: Party, on: string, locale: string): PartyRow {
  const status = lib.statusOn(party.code, on);
  return {
    code: party.code,
    name: lib.stateName(party.code, locale),
    status: status.status,
    since: status.since,
    signed: party.signature?.date ?? null,
    consentType: party.consent?.type ?? null,
    consentDeposited: party.consent?.depositDate ?? null,
    entryIntoForce: party.entryIntoForce?.date ?? null,
  };
}

const columns = [
  "code",
  "name",
  "status",
  "since",
  "signed",
  "consent",
  "consent deposited",
  "entry into force (date, see status)",
];
// The names parties.csv of @lhc/parties uses for the same facts.
const csvColumns = [
  "code",
  "name",
  "status",
  "since",
  "signature_date",
  "consent_type",
  "consent_deposit_date",
  "entry_into_force_date",
];
/** The table shows each status as people read it; CSV and JSON keep the machine value. */
const cells = (r: PartyRow, status: (s: PartyStatus) => string = (s) => s) => [
  r.code,
  r.name,
  status(r.status),
  r.since ?? "",
  r.signed ?? "",
  // A deposited consent whose instrument type is unknown must not read as "no consent".
  r.consentDeposited && r.consentType === null ? "not yet verified" : (r.consentType ?? ""),
  r.consentDeposited ?? "",
  r.entryIntoForce ?? "",
];

/**
 * Data built from another treaty's register item (`lib.convention` is null) says which treaty it is
 * about, so that the list is never read as the Convention's.
 */
function treatyLine(lib: PartiesModule): string {
  if (lib.convention) return "";
  const { verdragenbank, title } = lib.treaty;
  return `${title ?? "A treaty whose title the data does not record"} (Dutch treaty register ${verdragenbank}); not the Ljubljana–The Hague Convention\n`;
}

export function registerParties(program: Command, context: CommandContext): Command {
  return program
    .command("parties")
    .summary("list the States that signed, with their status on a date")
    .description(
      "List every State recorded as having signed the Convention, with its status on a date: " +
        "signed, consented (consent to be bound deposited), entry-into-force-published (on or after a date " +
        "a source publishes as its entry into force, which is not verified) or in-force (on or after a " +
        "verified date). Entry into force is never computed.",
    )
    .addOption(dateOption())
    .addOption(
      new Option("--status <status>", "only States with this status on the date").choices(
        PARTY_STATUSES.filter((status) => status !== "none"),
      ),
    )
    .addOption(formatOption(["table", "json", "csv"], "table"))
    .addOption(localeOption())
    .action(async (options: PartiesOptions) => {
      const lib = await loadParties();
      const on = onDate(lib, options.on, context.io.today());
      const { asOf } = lib;
      const rows = queryParties(lib, () =>
        lib.parties
          .map((p) => toRow(lib, p, on, options.locale))
          .filter((r) => !options.status || r.status === options.status),
      );
      if (options.format === "json") {
        context.io.stdout(
          renderJson({ on, asOf, treaty: lib.treaty, status: options.status ?? null, parties: rows }),
        );
      } else if (options.format === "csv") {
        context.io.stdout(
          await renderCsv(
            csvColumns,
            rows.map((r) => cells(r)),
          ),
        );
      } else {
        const filter = options.status ? ` with status ${options.status}` : "";
        context.io.stdout(
          treatyLine(lib) +
            `${rows.length} State${rows.length === 1 ? "" : "s"}${filter} on ${on} (data as of ${asOf})\n\n` +
            (rows.length > 0
              ? renderTable(
                  columns,
                  rows.map((r) => cells(r, (s) => PARTY_STATUS_LABELS[s])),
                )
              : ""),
        );
      }
    });
}
