import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import type { ConventionDocument } from "@lhc/convention";
import * as conventionPackage from "@lhc/convention";
import * as partiesPackage from "@lhc/parties";
import * as requestsPackage from "@lhc/requests";
import { type ConventionApi, outlineData, provisionPages, provisionPath } from "./convention-pages";
import {
  declarationView,
  type PartiesApi,
  partiesCounts,
  partiesPage,
  statePages,
  timelinePage,
} from "./party-pages";
import {
  exampleDownloads,
  loadExamples,
  loadJsonSchema,
  requestSummaries,
  schemaPages,
  validatorData,
} from "./requests";
import type {
  CoverageView,
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
  downloads: DownloadFile[];
}

const require = createRequire(import.meta.url);

/**
 * The Convention document the site is built from: the package's own data, or, when the environment
 * variable LHC_CONVENTION_DATA names a data directory (e.g. one filled by `lhc convention update`), that
 * directory, checked and assembled by the package's own `checkData` exactly as its build does.
 */
function conventionDocument(): { document: ConventionDocument; json: string | null } {
  const dataDir = process.env.LHC_CONVENTION_DATA;
  if (!dataDir) return { document: conventionPackage.convention, json: null };
  const { checkData }: typeof import("@lhc/convention/maintain") = require("@lhc/convention/maintain");
  const { problems, document } = checkData(dataDir);
  if (!document) {
    throw new Error(
      `LHC_CONVENTION_DATA: the data directory ${dataDir} has ${problems.length} problem(s):\n${problems.map((p) => `  ${p}`).join("\n")}`,
    );
  }
  return { document, json: `${JSON.stringify(document, null, 2)}\n` };
}

function coverageRows(document: ConventionDocument): CoverageView[] {
  const report = conventionPackage.coverage(document);
  return conventionPackage.coverageKinds.map(([key, label]) => {
    const expected =
      report.expected && key in report.expected ? report.expected[key as keyof typeof report.expected] : null;
    return {
      label,
      known: report[key].known,
      verified: report[key].withText,
      expected: expected?.value ?? null,
      expectedStatus: expected ? expected.status : null,
    };
  });
}

function partiesApi(): PartiesApi {
  return {
    dataset: partiesPackage.dataset,
    timeline: partiesPackage.timeline,
    statusOn: (code, date) => {
      const status = partiesPackage.statusOn(code, date);
      return {
        status: status.status,
        label: partiesPackage.PARTY_STATUS_LABELS[status.status],
        since: status.since ?? null,
      };
    },
    declarationsOf: (code, options) => partiesPackage.declarationsOf(code, options),
    stateName: (code) => partiesPackage.stateName(code),
    sourcesOf: (party) => partiesPackage.sourcesOf(party),
    uniqueSources: (sources) => partiesPackage.uniqueSources(sources),
    basisLabel: (basis) => partiesPackage.DECLARATION_BASIS_LABELS[basis],
    entryIntoForceRuleSentence: partiesPackage.entryIntoForceRuleSentence,
  };
}

/** Reads the three packages and derives every page and download of the site from them. */
export function loadSiteContent(): SiteContent {
  const { document: conventionDoc, json: conventionJson } = conventionDocument();
  const conventionApi: ConventionApi = {
    convention: conventionDoc,
    walk: (document) => conventionPackage.walk(document),
    sourcesOf: (item) => conventionPackage.sourcesOf(item, conventionDoc),
    uniqueSources: (sources) => partiesPackage.uniqueSources(sources),
    cite: (eId, options) => conventionPackage.cite(eId, options),
    coverage: coverageRows(conventionDoc),
  };
  const parties = partiesApi();
  const outline = outlineData(conventionApi);

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

  const codes = parties.dataset.parties.map((party) => party.code);
  const declarationsFor = (eIds: string[]): DeclarationView[] => {
    const seen = new Set<string>();
    const views: DeclarationView[] = [];
    for (const code of codes) {
      // Only article-level IDs are provision IDs in @lhc/parties' scheme (parts and annexes are not).
      for (const eId of eIds.filter(partiesPackage.isProvisionId)) {
        for (const declaration of parties.declarationsOf(code, { provision: eId })) {
          if (seen.has(declaration.id)) continue;
          seen.add(declaration.id);
          views.push(declarationView(parties, code, declaration, linkProvision));
        }
      }
    }
    return views;
  };

  const provisions = provisionPages(conventionApi, declarationsFor);
  const requestTypes = requestsPackage.requestTypes.map((requestType) => ({
    requestType,
    title: requestsPackage.requestTypeTitles[requestType],
  }));
  const examples = loadExamples();
  const schemas = schemaPages(requestTypes, examples);
  const summaries = requestSummaries(schemas);
  const partiesData = partiesPage(parties);

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
    ...requestTypes.map(({ requestType }) => ({
      path: `data/schemas/${requestType}.json`,
      contents: loadJsonSchema(requestType).text,
    })),
    ...exampleDownloads(examples),
  ];

  return {
    home: {
      asOf: parties.dataset.asOf,
      counts: partiesCounts(parties),
      coverage: conventionApi.coverage,
      titleEn: outline.meta.titleEn,
      adopted: outline.meta.adopted,
      requestTypes: summaries,
    },
    outline,
    provisions,
    parties: partiesData,
    states: statePages(parties, linkProvision),
    timeline: timelinePage(parties),
    requestsIndex: { types: summaries },
    schemas,
    validator: validatorData(schemas, examples),
    downloads,
  };
}
