/**
 * `pnpm --filter @lhc/parties update:register -- --fetch | --file ITEM.xml [--id 013717]
 *   [--base-url URL] [--data DIR] [--dry-run] [--accessed YYYY-MM-DD] [--summary FILE]`
 *
 * Exit codes, as `lhc convention update`'s: 0 merged (or nothing to change, or a dry run without
 * conflicts); 1 refused, and nothing was written: a conflict, an unknown State name, lint problems of the
 * merged data, a failed download, or a file that is not this treaty's register item; 2 a usage error.
 */
import { readFileSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";
import { FetchError } from "@lhc/convention/importer";
import { fetchLatestItem } from "./fetch.js";
import { RegisterError, readRegisterItem } from "./item.js";
import { MergeRefused } from "./merge.js";
import { CONVENTION_ID, type RegisterInput, updateFromRegister } from "./update.js";

const packageDir = join(dirname(fileURLToPath(import.meta.url)), "..", "..");

export async function main(argv: string[]): Promise<number> {
  let values: ReturnType<typeof parse>["values"];
  try {
    values = parse(argv).values;
  } catch (error) {
    console.error(`${(error as Error).message}\n${USAGE}`);
    return 2;
  }
  if (values.help) {
    console.log(USAGE);
    return 0;
  }
  if (Boolean(values.fetch) === Boolean(values.file)) {
    console.error(`give exactly one of --fetch and --file\n${USAGE}`);
    return 2;
  }
  const accessed = values.accessed ?? (values.fetch ? new Date().toISOString().slice(0, 10) : null);
  if (accessed !== null && !/^\d{4}-\d{2}-\d{2}$/.test(accessed)) {
    console.error(`--accessed: "${accessed}" is not a date YYYY-MM-DD`);
    return 2;
  }
  const id = values.id ?? CONVENTION_ID;
  const dataDir = values.data ?? (process.env.LHC_PARTIES_DATA || join(packageDir, "data"));
  let input: RegisterInput;
  try {
    if (values.file) {
      input = { xml: readFileSync(values.file), itemUrl: null, version: null };
    } else {
      const fetched = await fetchLatestItem(id, {
        baseUrl: values["base-url"],
        log: (line) => console.error(line),
        ...(process.env.LHC_FETCH_BACKOFF_MS ? { backoffMs: Number(process.env.LHC_FETCH_BACKOFF_MS) } : {}),
      });
      input = { xml: fetched.nl.xml, itemUrl: fetched.nl.url, version: fetched.record.version };
      // The English manifestation must be the same treaty with the same parties; the Dutch one is merged.
      if (fetched.en) {
        const [nl, en] = [readRegisterItem(fetched.nl.xml, id), readRegisterItem(fetched.en.xml, id)];
        if (nl.parties.length !== en.parties.length)
          throw new RegisterError(
            "not-an-item",
            `${fetched.en.url} lists ${en.parties.length} parties but ${fetched.nl.url} lists ${nl.parties.length}; the register's two manifestations disagree`,
          );
      }
    }
  } catch (error) {
    if (error instanceof RegisterError) {
      console.error(`parties update: the fetched item: ${error.message}; nothing was written`);
      return 1;
    }
    if (error instanceof FetchError || (error as NodeJS.ErrnoException).code === "ENOENT") {
      console.error(`parties update: ${(error as Error).message}; nothing was written`);
      return 1;
    }
    throw error;
  }
  try {
    const report = updateFromRegister(input, { id, dataDir, dryRun: values["dry-run"], accessed });
    console.log(report.summary);
    if (values.summary) writeFileSync(values.summary, report.summary);
    return report.merge.conflicts.length > 0 || report.problems.length > 0 ? 1 : 0;
  } catch (error) {
    if (error instanceof RegisterError) {
      console.error(
        `parties update: ${values.file ?? "the fetched item"}: ${error.message}; nothing was written`,
      );
      return 1;
    }
    if (error instanceof MergeRefused) {
      console.error(`parties update: refused: ${error.message}; nothing was written`);
      return 1;
    }
    throw error;
  }
}

const USAGE =
  "usage: update:register --fetch | --file ITEM.xml [--id 013717] [--base-url URL] [--data DIR] [--dry-run] [--accessed YYYY-MM-DD] [--summary FILE]";

function parse(argv: string[]) {
  return parseArgs({
    args: argv,
    options: {
      fetch: { type: "boolean" },
      file: { type: "string" },
      id: { type: "string" },
      "base-url": { type: "string" },
      data: { type: "string" },
      "dry-run": { type: "boolean" },
      accessed: { type: "string" },
      summary: { type: "string" },
      help: { type: "boolean" },
    },
  });
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  main(process.argv.slice(2)).then(
    (code) => process.exit(code),
    (error) => {
      console.error(error);
      process.exit(3);
    },
  );
}
