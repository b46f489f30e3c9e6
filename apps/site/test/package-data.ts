import { loadExamples } from "../plugins/lhc-data/requests";
import type { RequestExample } from "../plugins/lhc-data/types";

/** The request examples shipped in @lhc/requests, read the same way the site's build reads them. */
export function loadRequestExamples(): RequestExample[] {
  return loadExamples();
}
