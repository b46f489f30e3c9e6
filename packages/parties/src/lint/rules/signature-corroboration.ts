import type { LintRule } from "../types.js";

// repository.overheid.nl serves the same database's item XML (src/register).
const TREATY_DATABASE_HOSTS = new Set([
  "verdragen.nl",
  "treatydatabase.overheid.nl",
  "repository.overheid.nl",
]);

/** Whether a source is a page of the Dutch treaty database (either of its addresses). */
export const isTreatyDatabaseUrl = (url: string): boolean => TREATY_DATABASE_HOSTS.has(new URL(url).hostname);

const SAYS_ONLY_THE_DATABASE = /no independent (source|evidence)|only (the Dutch Treaty Database|source)/i;

/** A signature note that says the treaty database is its only source must be true of its sources, and the other way round. */
export const signatureCorroboration: LintRule = {
  name: "signature-corroboration",
  check({ parties }, report) {
    for (const { file, party } of parties) {
      const signature = party.signature;
      if (!signature) continue;
      const databaseOnly = signature.sources.every((s) => isTreatyDatabaseUrl(s.url));
      const saysDatabaseOnly = SAYS_ONLY_THE_DATABASE.test(signature.note ?? "");
      if (saysDatabaseOnly && !databaseOnly) {
        report(
          file,
          "signature.note",
          "says the treaty database is the only source, but signature.sources cites another; say what the other source shows instead",
        );
      }
      if (!saysDatabaseOnly && databaseOnly && signature.note === null) {
        report(
          file,
          "signature.note",
          'is null but the treaty database is the only source of the signature; say so ("Only the Dutch Treaty Database records this signature; no independent source is known.")',
        );
      }
    }
  },
};
