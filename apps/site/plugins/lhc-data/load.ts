import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import * as conventionPackage from "@lhc/convention";
import * as partiesPackage from "@lhc/parties";
import * as requestsPackage from "@lhc/requests";
import {
  type ConventionApi,
  outlineData,
  provisionPages,
  provisionPath,
  subtreeIds,
} from "./convention-pages";
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

function coverageRows(): CoverageView[] {
  const report = conventionPackage.coverage();
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
      return { status: status.status, since: status.since ?? null };
    },
    declarationsOf: (code, options) => partiesPackage.declarationsOf(code, options),
    stateName: (code) => partiesPackage.stateName(code),
    sourcesOf: (party) => partiesPackage.sourcesOf(party),
  };
}

/** Reads the three packages and derives every page and download of the site from them. */
export function loadSiteContent(): SiteContent {
  const conventionApi: ConventionApi = {
    convention: conventionPackage.convention,
    cite: (eId, options) => conventionPackage.cite(eId, options),
    coverage: coverageRows(),
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
      contents: readFileSync(require.resolve("@lhc/convention/convention.json"), "utf8"),
    },
    ...collectProvisionIds(conventionPackage.convention).map((eId) => ({
      path: `data/provisions/${eId}.json`,
      contents: `${JSON.stringify(conventionPackage.getProvision(eId), null, 2)}\n`,
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

function collectProvisionIds(document: typeof conventionPackage.convention): string[] {
  const ids: string[] = [];
  const nodes = [
    ...(document.preamble ? [document.preamble] : []),
    ...document.body,
    ...(document.conclusions ? [document.conclusions] : []),
    ...document.annexes,
  ];
  for (const node of nodes) ids.push(...subtreeIds(node));
  return ids;
}
