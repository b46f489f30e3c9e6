import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import type { Request } from "@lhc/requests";
import { exampleSpecifier } from "@lhc/requests/examples";

const require = createRequire(import.meta.url);

/** A request example as @lhc/requests ships it, by its file in the examples manifest ("valid/mla-….json"). */
export function readExample(file: string): Request {
  return JSON.parse(readFileSync(require.resolve(exampleSpecifier({ file })), "utf8")) as Request;
}
