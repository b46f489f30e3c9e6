import { type RequestType, requestTypes } from "@lhc/requests/request-types";
import type { Command } from "commander";
import type { CommandContext } from "../context.js";
import { CliError } from "../errors.js";
import { renderJson } from "../output/json.js";
import { loadRequests } from "../requests.js";

export function registerSchema(program: Command, context: CommandContext): Command {
  return program
    .command("schema")
    .summary("print the JSON Schema of a request type")
    .description(
      "Print the JSON Schema (draft 2020-12) of a request type, as shipped in @lhc/requests " +
        "(schemas/<requestType>.json), for validators in Java, .NET, Python and other languages. " +
        `Request types: ${requestTypes.join(", ")}.`,
    )
    .argument("<requestType>", `one of ${requestTypes.join(", ")}`)
    .action(async (requestType: string) => {
      const type = checkRequestType(requestType);
      context.io.stdout(renderJson((await loadRequests()).getJsonSchema(type)));
    });
}

function checkRequestType(text: string): RequestType {
  const found = requestTypes.find((t) => t === text);
  if (found) return found;
  throw new CliError(`unknown request type "${text}": use one of ${requestTypes.join(", ")}`);
}
