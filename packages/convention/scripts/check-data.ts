// The data check lives in src/ so that `lhc convention update` validates a data directory before it
// writes it; the build keeps importing it from here.
export { checkData, type DataCheck } from "../src/data-dir/check.js";
