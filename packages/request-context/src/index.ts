/**
 * @lhc/request-context: checks a request against the treaty relations it travels in, from the facts of
 * `@lhc/parties`. Zod-free: it takes a request that `@lhc/requests` has already validated.
 */

export { type CheckRequestContextOptions, checkRequestContext } from "./check.js";
export { citeProvision, languageLabel } from "./declarations.js";
export { RequestContextInputError } from "./errors.js";
export {
  type BasisFact,
  type ContextFinding,
  type FindingBasis,
  type FindingCode,
  type FindingLevel,
  findingCodes,
  type RequestContextReport,
} from "./findings.js";
export {
  findingAction,
  type RequestVerdict,
  type RequestVerdictInput,
  requestVerdict,
  type VerdictKind,
  type VerdictPoint,
  type VerdictSchemaIssue,
} from "./verdict.js";
