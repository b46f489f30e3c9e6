import {
  BwbImportError,
  FetchError,
  formatConflicts,
  type UpdateConventionOptions,
  UpdateRefused,
  updateConvention,
  WrongTreatyError,
} from "../src/data-dir/index.js";

/**
 * One update's outcome: the summary of a merge, or the words of a refusal (with the conflicts listed),
 * in one shape so that a dry run can be compared with the real run. A bug is thrown, never kept.
 */
export interface UpdateOutcome {
  ok: boolean;
  summary: string;
  refusal: string;
}

export async function update(options: UpdateConventionOptions): Promise<UpdateOutcome> {
  try {
    return { ok: true, summary: (await updateConvention(options)).summary, refusal: "" };
  } catch (error) {
    if (error instanceof UpdateRefused) {
      const conflicts = error.conflicts.length > 0 ? `\n${formatConflicts(error.conflicts)}` : "";
      return { ok: false, summary: "", refusal: `${error.message}${conflicts}` };
    }
    if (error instanceof FetchError || error instanceof WrongTreatyError || error instanceof BwbImportError) {
      return { ok: false, summary: "", refusal: error.message };
    }
    throw error;
  }
}
