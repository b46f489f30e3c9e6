import packageJson from "../package.json" with { type: "json" };

/** The published version, read from package.json at build time so it cannot drift. */
export const version: string = packageJson.version;
