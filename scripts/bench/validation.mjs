// Validations per second of a full request of each type: zod through @lhc/requests' validateRequest
// against ajv's compiled validator (all errors, as validateRequest reports all issues) on the JSON
// Schema the package exports for the same request type.
import { readdirSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import Ajv2020 from "ajv/dist/2020.js";
import addFormats from "ajv-formats";
import { Bench } from "tinybench";
import { median } from "./table.mjs";
import { codeEntries, dataArtifacts, readPackage, root } from "./workspace.mjs";

/** The largest valid example of a request type stands in for "a full request". */
function fullExample(requestsDir, requestType) {
  const dir = join(requestsDir, "examples", "valid");
  const candidates = readdirSync(dir)
    .filter((name) => name.startsWith(`${requestType}-`) && name.endsWith(".json"))
    .map((name) => join(dir, name))
    .sort((a, b) => statSync(b).size - statSync(a).size);
  if (candidates.length === 0) throw new Error(`no valid ${requestType} example in ${dir}`);
  return candidates[0];
}

function schemaFor(requests, requestType) {
  const file = dataArtifacts(requests).find((f) => f.endsWith(`/${requestType}.json`));
  if (!file) throw new Error(`@lhc/requests exports no JSON Schema file named ${requestType}.json`);
  return file;
}

export async function benchValidation({ time }) {
  const requests = readPackage(join(root, "packages", "requests"));
  const main = codeEntries(requests).find((e) => e.name === ".");
  const { validateRequest, requestTypes } = await import(pathToFileURL(main.file).href);
  const rows = [];
  for (const requestType of requestTypes) {
    const exampleFile = fullExample(requests.dir, requestType);
    const input = JSON.parse(readFileSync(exampleFile, "utf8"));
    const schemaFile = schemaFor(requests, requestType);
    const ajv = new Ajv2020({ strict: false, allErrors: true });
    addFormats(ajv);
    const validate = ajv.compile(JSON.parse(readFileSync(schemaFile, "utf8")));

    // A benchmark of a validator that rejects its input would measure the wrong path.
    const zodVerdict = validateRequest(input, requestType);
    if (!zodVerdict.success)
      throw new Error(`zod rejects ${exampleFile}: ${JSON.stringify(zodVerdict.issues[0])}`);
    if (!validate(input)) throw new Error(`ajv rejects ${exampleFile}: ${ajv.errorsText(validate.errors)}`);

    // Alternating short rounds, so that a change in machine load while one task runs does not land
    // on that task alone; the median round of each is reported.
    const rounds = 8;
    const zodRounds = [];
    const ajvRounds = [];
    for (let round = 0; round < rounds; round++) {
      const bench = new Bench({ time: time / rounds, warmupTime: Math.min(250, time / 4 / rounds) });
      const tasks = [
        ["zod", () => validateRequest(input, requestType)],
        ["ajv", () => validate(input)],
      ];
      for (const [name, fn] of round % 2 === 0 ? tasks : tasks.reverse()) bench.add(name, fn);
      await bench.run();
      for (const task of bench.tasks) {
        (task.name === "zod" ? zodRounds : ajvRounds).push(task.result.throughput.mean);
      }
    }
    const zod = median(zodRounds);
    const ajvResult = median(ajvRounds);
    rows.push({
      requestType,
      example: exampleFile.slice(root.length + 1),
      exampleBytes: statSync(exampleFile).size,
      zodOpsPerSecond: zod,
      ajvOpsPerSecond: ajvResult,
      // How many times longer one zod validation takes than one ajv validation.
      zodOverAjvTime: ajvResult / zod,
    });
  }
  return rows;
}
