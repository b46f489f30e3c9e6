/**
 * The manifest of the example requests shipped in `examples/`: fictional but realistic requests, valid
 * and invalid, each with the verdict it must get. The site and the CLI render and check them; load an
 * example file itself with `@lhc/requests/examples/<file>`.
 */
import manifest from "../examples/index.json" with { type: "json" };
import type { RequestIssueCode } from "./issues.js";
import type { RequestType } from "./request-types.js";

export interface ValidExample {
  /** Path inside the package's examples/ folder, e.g. "valid/mla-witness-hearings.json". */
  file: string;
  requestType: RequestType;
  valid: true;
  title: string;
  description: string;
}

export interface InvalidExample {
  file: string;
  requestType: RequestType;
  valid: false;
  title: string;
  /** The one reason the example fails. */
  reason: string;
  /** The single issue validateRequest reports for it. */
  expectedIssue: { path: string; code: RequestIssueCode };
}

export type Example = ValidExample | InvalidExample;

export interface ExampleManifest {
  schemaVersion: string;
  note: string;
  examples: Example[];
}

export const exampleManifest: ExampleManifest = manifest as ExampleManifest;

/** Module specifier of an example file, for import() or require.resolve(). */
export function exampleSpecifier(example: Pick<Example, "file">): string {
  return `@lhc/requests/examples/${example.file}`;
}
