// Validations per second of a full request of each type: zod through @lhc/requests' validateRequest
// against ajv's compiled validator (all errors, as validateRequest reports all issues) on the JSON
// Schema the package exports for the same request type.
import { readdirSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import Ajv2020 from "ajv/dist/2020.js";
import addFormats from "ajv-formats";
import { Bench } from "tinybench";
import { codeEntries, readPackage, root } from "../workspace.mjs";
import { median } from "./table.mjs";
import { dataArtifacts } from "./workspace.mjs";

/** The largest valid example of a request type stands in for "a full request". */
function fullExample(requestsDir, requestType, examplesDir = "examples") {
  const dir = join(requestsDir, examplesDir, "valid");
  const candidates = readdirSync(dir)
    .filter((name) => name.startsWith(`${requestType}-`) && name.endsWith(".json"))
    .map((name) => join(dir, name))
    .sort((a, b) => statSync(b).size - statSync(a).size);
  if (candidates.length === 0) throw new Error(`no valid ${requestType} example in ${dir}`);
  return candidates[0];
}

function schemaFor(requests, requestType, schemasDir = "schemas") {
  // The exports map's "./schemas/*.json" lists the version-0 files; version 1's sit one folder down.
  const file =
    schemasDir === "schemas"
      ? dataArtifacts(requests).find((f) => f.endsWith(`/schemas/${requestType}.json`))
      : join(requests.dir, "dist", schemasDir, `${requestType}.json`);
  if (!file) throw new Error(`@lhc/requests exports no JSON Schema file ${schemasDir}/${requestType}.json`);
  return file;
}

/** Version 0 (the main entry) and version 1 (`@lhc/requests/v1`) of the data model, each with its own examples and schemas. */
const versions = [
  { version: "0.1", entry: ".", examplesDir: "examples", schemasDir: "schemas" },
  { version: "1.0", entry: "./v1", examplesDir: "examples/v1", schemasDir: "schemas/1.0" },
];

export async function benchValidation({ time }) {
  const requests = readPackage(join(root, "packages", "requests"));
  const rows = [];
  for (const { version, entry, examplesDir, schemasDir } of versions) {
    const module = codeEntries(requests).find((e) => e.name === entry);
    if (!module) continue;
    const { validateRequest } = await import(pathToFileURL(module.file).href);
    const { requestTypes } = await import(
      pathToFileURL(codeEntries(requests).find((e) => e.name === ".").file).href
    );
    for (const requestType of requestTypes) {
      const exampleFile = fullExample(requests.dir, requestType, examplesDir);
      const input = JSON.parse(readFileSync(exampleFile, "utf8"));
      const schemaFile = schemaFor(requests, requestType, schemasDir);
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
        requestType: version === "0.1" ? requestType : `${requestType} (v${version})`,
        example: exampleFile.slice(root.length + 1),
        exampleBytes: statSync(exampleFile).size,
        zodOpsPerSecond: zod,
        ajvOpsPerSecond: ajvResult,
        // How many times longer one zod validation takes than one ajv validation.
        zodOverAjvTime: ajvResult / zod,
      });
    }
  }
  return rows;
}
