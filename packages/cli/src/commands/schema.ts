import { type RequestType, requestTypes } from "@lhc/requests/request-types";
import { type Command, Option } from "commander";
import type { CommandContext } from "../context.js";
import { CliError } from "../errors.js";
import { renderJson } from "../output/json.js";
import { loadAnyVersion, loadRequests } from "../requests.js";

interface SchemaOptions {
  schemaVersion?: string;
}

export function registerSchema(program: Command, context: CommandContext): Command {
  return program
    .command("schema")
    .summary("print the JSON Schema of a request type")
    .description(
      "Print the JSON Schema (draft 2020-12) of a request type, as shipped in @lhc/requests, for validators " +
        "in Java, .NET, Python and other languages: the latest version of the data model " +
        "(schemas/<version>/<requestType>.json) unless --schema-version names an earlier one. " +
        `Request types: ${requestTypes.join(", ")}.`,
    )
    .argument("<requestType>", `one of ${requestTypes.join(", ")}`)
    .addOption(
      // The versions are checked after @lhc/requests is loaded (it is the one list of them), so that
      // commands that do not need it do not load it.
      new Option(
        "--schema-version <version>",
        "the version of the data model, e.g. 0.1 (default: the latest)",
      ),
    )
    .action(async (requestType: string, options: SchemaOptions) => {
      const type = checkRequestType(requestType);
      const [{ requestSchemaVersions }, v0, v1] = await Promise.all([
        loadAnyVersion(),
        loadRequests(),
        import("@lhc/requests/v1"),
      ]);
      const getJsonSchemaOf = new Map([
        [v0.schemaVersion, v0.getJsonSchema],
        [v1.schemaVersion, v1.getJsonSchema],
      ]);
      const version = options.schemaVersion ?? requestSchemaVersions.at(-1) ?? "";
      const getJsonSchema = getJsonSchemaOf.get(version);
      if (!getJsonSchema) {
        throw new CliError(
          `unknown --schema-version "${version}": use one of ${requestSchemaVersions.join(", ")}`,
        );
      }
      const schema = getJsonSchema(type);
      context.io.stdout(renderJson(schema));
    });
}

function checkRequestType(text: string): RequestType {
  const found = requestTypes.find((t) => t === text);
  if (found) return found;
  throw new CliError(`unknown request type "${text}": use one of ${requestTypes.join(", ")}`);
}
