/**
 * `pnpm --filter @lhc/parties update:register -- --fetch | --file ITEM.xml [--id 013717]
 *   [--base-url URL] [--data DIR] [--dry-run] [--accessed YYYY-MM-DD] [--summary FILE]`
 *
 * The maintainer's entry to `updateFromRegister` (src/register/, the package export
 * `@lhc/parties/register`; `lhc parties update` is the same for users), run from source so that it reads
 * this checkout's data/register-names.json. The data directory defaults to this package's data/.
 *
 * Exit codes, as `lhc convention update`'s: 0 merged (or nothing to change, or a dry run without
 * conflicts); 1 refused, and nothing was written: a conflict, an unknown State name, lint problems of the
 * merged data, a failed download, or a file that is not this treaty's register item; 2 a usage error.
 */
import { writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";
import { RegisterUsageError, updateFromRegister } from "../src/register/index.js";

const packageDir = join(dirname(fileURLToPath(import.meta.url)), "..");

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
  try {
    const result = await updateFromRegister({
      ...(values.fetch ? { fetch: true } : {}),
      ...(values.file ? { file: values.file } : {}),
      ...(values.id ? { id: values.id } : {}),
      ...(values["base-url"] ? { baseUrl: values["base-url"] } : {}),
      dataDir: values.data ?? (process.env.LHC_PARTIES_DATA || join(packageDir, "data")),
      dryRun: values["dry-run"] ?? false,
      ...(values.accessed !== undefined ? { accessed: values.accessed } : {}),
      log: (line) => console.error(line),
      ...(process.env.LHC_FETCH_BACKOFF_MS ? { backoffMs: Number(process.env.LHC_FETCH_BACKOFF_MS) } : {}),
    });
    if (result.refusal) console.error(`parties update: ${result.refusal}`);
    if (result.summary !== null) {
      console.log(result.summary);
      if (values.summary) writeFileSync(values.summary, result.summary);
    }
    return result.ok ? 0 : 1;
  } catch (error) {
    if (error instanceof RegisterUsageError) {
      console.error(`${error.message}\n${USAGE}`);
      return 2;
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
