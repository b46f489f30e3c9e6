#!/usr/bin/env node
// The baseline of the `lhc validate` batch benchmark: what a user could write instead of lhc, a Node
// script that checks JSON request files with ajv's compiled validator (all errors) on the JSON Schemas
// @lhc/requests ships, choosing each file's schema by its requestType and printing one line per file.
// Usage: node ajv-validate.mjs <schema-dir> <file...>
import { readFileSync } from "node:fs";
import { join } from "node:path";
import Ajv2020 from "ajv/dist/2020.js";
import addFormats from "ajv-formats";

const [schemaDir, ...files] = process.argv.slice(2);
const ajv = new Ajv2020({ strict: false, allErrors: true });
addFormats(ajv);
const validators = new Map();
function validatorFor(requestType) {
  if (!validators.has(requestType)) {
    const schema = JSON.parse(readFileSync(join(schemaDir, `${requestType}.json`), "utf8"));
    validators.set(requestType, ajv.compile(schema));
  }
  return validators.get(requestType);
}

let out = "";
let allValid = true;
for (const file of files) {
  const input = JSON.parse(readFileSync(file, "utf8"));
  const validate = validatorFor(input.requestType);
  if (validate(input)) {
    out += `✓ ${file}: valid ${input.requestType} request\n`;
  } else {
    allValid = false;
    out += `✗ ${file}: invalid ${input.requestType} request (${validate.errors.length} issues)\n`;
    for (const error of validate.errors) out += `    ${error.instancePath} ${error.message}\n`;
  }
}
process.stdout.write(out);
process.exitCode = allValid ? 0 : 1;
