import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import * as conventionPackage from "@lhc/convention";
import { checkData, dataDirFromEnvironment } from "@lhc/convention/data-dir";
import * as partiesPackage from "@lhc/parties";
import * as requestsPackage from "@lhc/requests";
import { coverageRows, outlineData, provisionPages, provisionPath } from "./convention-pages";
import { declarationView, partiesCounts, partiesPage, statePages, timelinePage } from "./party-pages";
import {
  currentSchemaVersion,
  exampleDownloads,
  loadExamples,
  loadJsonSchema,
  requestSummaries,
  requestsIndex,
  schemaDownloadPath,
  schemaPages,
  schemaVersions,
  validatorData,
} from "./requests";
import type {
  DeclarationView,
  HomeData,
  OutlineData,
  PartiesPageData,
  ProvisionPageData,
  RequestsIndexData,
  SchemaPageData,
  StatePageData,
  TimelineData,
  ValidatorData,
} from "./types";

export interface DownloadFile {
  /** Path under the build output, e.g. `data/parties.csv`. */
  path: string;
  contents: string;
}

export interface SiteContent {
  home: HomeData;
  outline: OutlineData;
  provisions: ProvisionPageData[];
  parties: PartiesPageData;
  states: StatePageData[];
  timeline: TimelineData;
  requestsIndex: RequestsIndexData;
  schemas: SchemaPageData[];
  validator: ValidatorData;
  /** The request builder's: it builds the current version, so it offers only that version's examples. */
  draft: ValidatorData;
  /** The text of every JSON Schema the packages ship, each version's, for postBuild to serve at its `$id`. */
  schemaTexts: string[];
  downloads: DownloadFile[];
}

const require = createRequire(import.meta.url);

/**
 * The Convention document the site is built from: the package's own data, or, when the environment
 * names another data directory (`LHC_CONVENTION_DATA`, read by the package), that directory, checked and
 * assembled by the package exactly as its build does.
 */
function conventionDocument(): { document: conventionPackage.ConventionDocument; json: string | null } {
  const dataDir = dataDirFromEnvironment();
  if (!dataDir) return { document: conventionPackage.convention, json: null };
  const { problems, document } = checkData(dataDir);
  if (!document) {
    throw new Error(
      `the Convention data directory ${dataDir} has ${problems.length} problem(s):\n${problems.map((p) => `  ${p}`).join("\n")}`,
    );
  }
  return { document, json: `${JSON.stringify(document, null, 2)}\n` };
}

/** Reads the three packages and derives every page and download of the site from them. */
export function loadSiteContent(): SiteContent {
  const { document: conventionDoc, json: conventionJson } = conventionDocument();
  const outline = outlineData(conventionDoc);

  const pageIds = new Set<string>();
  const collect = (items: OutlineData["items"]) => {
    for (const item of items) {
      if (item.hasPage) pageIds.add(item.eId);
      collect(item.children);
    }
  };
  collect(outline.items);
  const linkProvision = (eId: string) => {
    let label = eId;
    try {
      label = conventionPackage.cite(eId, { style: "short" });
    } catch {
      // An ID the Convention data does not hold yet (e.g. an article referred to only by a State's law).
    }
    const article = eId.split("__")[0] ?? eId;
    const target = pageIds.has(eId) ? eId : pageIds.has(article) ? article : null;
    return { label, path: target ? provisionPath(target) : null };
  };

  const codes = partiesPackage.dataset.parties.map((party) => party.code);
  const declarationsFor = (eIds: string[]): DeclarationView[] => {
    const seen = new Set<string>();
    const views: DeclarationView[] = [];
    for (const code of codes) {
      // Only article-level IDs are provision IDs in @lhc/parties' scheme (parts and annexes are not).
      for (const eId of eIds.filter(partiesPackage.isProvisionId)) {
        for (const declaration of partiesPackage.declarationsOf(code, { provision: eId })) {
          if (seen.has(declaration.id)) continue;
          seen.add(declaration.id);
          views.push(declarationView(code, declaration, linkProvision));
        }
      }
    }
    return views;
  };

  const provisions = provisionPages(conventionDoc, declarationsFor);
  const requestTypes = requestsPackage.requestTypes.map((requestType) => ({
    requestType,
    title: requestsPackage.requestTypeTitles[requestType],
  }));
  const examples = loadExamples();
  const schemas = schemaPages(requestTypes, examples);
  const summaries = requestSummaries(schemas);
  const partiesData = partiesPage();

  const downloads: DownloadFile[] = [
    {
      path: "data/parties.json",
      contents: readFileSync(require.resolve("@lhc/parties/parties.json"), "utf8"),
    },
    { path: "data/parties.csv", contents: readFileSync(require.resolve("@lhc/parties/parties.csv"), "utf8") },
    {
      path: "data/convention.json",
      contents: conventionJson ?? readFileSync(require.resolve("@lhc/convention/convention.json"), "utf8"),
    },
    ...[...conventionPackage.walk(conventionDoc)].map(({ eId }) => ({
      path: `data/provisions/${eId}.json`,
      contents: `${JSON.stringify(conventionPackage.getProvision(eId, conventionDoc), null, 2)}\n`,
    })),
    // Each version's schemas under the path the package ships them at: version 0's at
    // data/schemas/<type>.json (their URLs stay stable), version 1's at data/schemas/1.0/<type>.json.
    ...schemaVersions.flatMap((schemaVersion) =>
      requestTypes.map(({ requestType }) => ({
        path: schemaDownloadPath(requestType, schemaVersion).slice(1),
        contents: loadJsonSchema(requestType, schemaVersion).text,
      })),
    ),
    ...exampleDownloads(examples),
  ];

  return {
    home: {
      asOf: partiesPackage.dataset.asOf,
      counts: partiesCounts(),
      coverage: coverageRows(conventionDoc),
      titleEn: outline.meta.titleEn,
      adopted: outline.meta.adopted,
      requestSchemaVersion: currentSchemaVersion,
      requestTypes: summaries,
    },
    outline,
    provisions,
    parties: partiesData,
    states: statePages(linkProvision),
    timeline: timelinePage(),
    requestsIndex: requestsIndex(schemas),
    schemas,
    validator: validatorData(schemas, examples),
    draft: validatorData(schemas, examples, currentSchemaVersion),
    schemaTexts: schemaVersions.flatMap((schemaVersion) =>
      requestTypes.map(({ requestType }) => loadJsonSchema(requestType, schemaVersion).text),
    ),
    downloads,
  };
}
