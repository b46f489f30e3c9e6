/**
 * `@lhc/convention/data-dir`: a data directory checked and assembled exactly as the package's build does,
 * for builds from another data directory (a site, or a CLI, built on one filled by `lhc-convention update`).
 * It reads files and loads zod, so it is a subpath of its own; the main entry stays free of both.
 */
export { checkData, type DataCheck } from "./check.js";

/** The environment variable that names another data directory for the build. */
export const DATA_DIR_VARIABLE = "LHC_CONVENTION_DATA";

/**
 * The data directory the environment names (`LHC_CONVENTION_DATA`), or `null` when it names none and
 * the package's own data applies. The one place that reads the variable: the package's build and the
 * site both ask here.
 */
export function dataDirFromEnvironment(env: NodeJS.ProcessEnv = process.env): string | null {
  return env[DATA_DIR_VARIABLE] || null;
}
