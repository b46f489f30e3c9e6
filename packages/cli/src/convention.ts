import type { ConventionDocument } from "@lhc/convention";
import type { CommandContext } from "./context.js";
import { CliError, ExitCode } from "./errors.js";

export type ConventionModule = typeof import("@lhc/convention");

/** Loaded on use, so that commands about requests or parties do not load the Convention's data. */
export const loadConvention = (): Promise<ConventionModule> => import("@lhc/convention");

export type DataDirModule = typeof import("@lhc/convention/data-dir");

/** Loaded on use: it brings zod and the XML parser, which no other command needs. */
export const loadDataDir = (): Promise<DataDirModule> => import("@lhc/convention/data-dir");

/** The data directory a command reads: `--data DIR`, or the package's own (only in the repository). */
export function dataDirOf(lib: DataDirModule, data: string | undefined): string {
  const dir = data ?? lib.packageDataDir();
  if (dir === null) throw new CliError(new lib.NoDataDirError().message);
  return dir;
}

/**
 * The document a data directory holds, checked as the package's build checks it; when it has problems,
 * prints each on its own line and sets exit code 1 (the list is the answer, so it is not one line).
 */
export async function checkedDataDir(
  context: CommandContext,
  data: string | undefined,
): Promise<{ dir: string; document: ConventionDocument | null }> {
  const lib = await loadDataDir();
  const dir = dataDirOf(lib, data);
  const { problems, document } = lib.checkData(dir);
  if (!document) {
    context.io.stderr(
      `lhc: the data directory ${dir} has ${problems.length} problem(s):\n${problems.map((p) => `  ${p}`).join("\n")}\n`,
    );
    context.exitCode = ExitCode.refused;
  }
  return { dir, document };
}
