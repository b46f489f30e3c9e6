// Replaced at build time by tsup (see tsup.config.ts) with the version in package.json, so that the
// bin does not carry the whole package.json and the version cannot drift.
declare const __LHC_CLI_VERSION__: string;

export const version: string = __LHC_CLI_VERSION__;
