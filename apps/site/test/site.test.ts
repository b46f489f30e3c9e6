import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { fieldLabelPath, issueSentence, labelsFor } from "@lhc/letters/labels";
import { asOf, declarationsOf, getParty, listSignatories, PARTY_STATUS_LABELS, statusOn } from "@lhc/parties";
import { checkRequestContext, requestVerdict } from "@lhc/request-context";
import { citeBasis, type Request } from "@lhc/requests";
import { validateAnyVersion } from "@lhc/requests/any-version";
import { requestTypes } from "@lhc/requests/request-types";
import { jsonSchemaId } from "@lhc/requests/v1";
import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { effectText } from "../plugins/lhc-data/party-pages";
import {
  currentSchemaVersion,
  exampleDownloadPath,
  jsonSchemaFile,
  previousSchemaVersion,
  schemaDownloadPath,
  schemaPagePath,
  schemaVersions,
} from "../plugins/lhc-data/requests";
import { seriousViolations } from "./axe";
import { expectFindingsShown } from "./context-findings";
import { loadRequestExamples } from "./package-data";
import { buildDir, outputDir, siteHarness } from "./site-harness";

const require = createRequire(import.meta.url);
const site = siteHarness();
const { open } = site;

/** Full-page screenshots, except for very long pages (the schema reference) where the first screens suffice. */
async function screenshot(page: Page, name: string, fullPage = true): Promise<void> {
  await page.screenshot({ path: `${outputDir}/${name}.png`, fullPage });
}

describe("home page", () => {
  it("shows the number of signatories from @lhc/parties and passes axe", async () => {
    const page = await open("/");
    const stats = await page.locator(".lhc-stats").textContent();
    expect(stats).toContain(`${listSignatories().length} signatories`);
    await screenshot(page, "home");
    expect(await seriousViolations(page)).toEqual([]);
    await page.close();
  });
});

describe("article page", () => {
  it("shows Article 8 with France's reservation on Art. 8(3), verbatim from @lhc/parties", async () => {
    const reservation = declarationsOf("FR", { provision: "art_8__para_3" }).find((d) => d.text !== null);
    expect(reservation?.text).toBeTruthy();
    const page = await open("/convention/art_8");
    await expect(page.locator("h1").textContent()).resolves.toContain("Article 8");
    const declarations = await page.locator(".lhc-declarations").textContent();
    expect(declarations).toContain((reservation?.text ?? "").slice(0, 120));
    expect(declarations).toContain("France");
    // The article's text is not verified, and the page says so rather than showing any text.
    await expect(page.getByText("not yet verified").first().isVisible()).resolves.toBe(true);
    await screenshot(page, "article-8");
    expect(await seriousViolations(page)).toEqual([]);
    await page.close();
  });
});

describe("Latvia page", () => {
  it("shows Latvia's signature, deposit and entry into force as @lhc/parties records them", async () => {
    const latvia = getParty("LV");
    expect(latvia).toBeDefined();
    const page = await open("/parties/lv");
    await expect(page.locator("h1").textContent()).resolves.toBe("Latvia");
    const timeline = page.locator(".lhc-timeline");
    for (const date of [
      latvia?.signature?.date,
      latvia?.consent?.depositDate,
      latvia?.entryIntoForce?.date,
    ]) {
      expect(date).toBeTruthy();
      await expect(timeline.locator(`time[datetime="${date}"]`).count()).resolves.toBeGreaterThan(0);
    }
    // Its status reads as @lhc/parties words it: a published date, never a bare "in force".
    const status = statusOn("LV", asOf).status;
    await expect(page.locator(".lhc-badge", { hasText: PARTY_STATUS_LABELS[status] }).count()).resolves.toBe(
      1,
    );
    expect(status).not.toBe("in-force");
    await expect(
      page
        .getByRole("link", { name: /Latvian law/i })
        .first()
        .isVisible(),
    ).resolves.toBe(true);
    await screenshot(page, "latvia");
    expect(await seriousViolations(page)).toEqual([]);
    await page.close();
  });

  it("the parties table filters and sorts in the browser", async () => {
    const page = await open("/parties");
    const rows = page.locator(".lhc-parties-table tbody tr");
    await expect(rows.count()).resolves.toBe(listSignatories().length);
    await page.getByLabel("Filter by name or code").fill("latv");
    await expect(rows.count()).resolves.toBe(1);
    await expect(rows.first().textContent()).resolves.toContain("Latvia");
    await page.getByLabel("Filter by name or code").fill("");
    await page.getByRole("button", { name: /^Consent to be bound/ }).click();
    await expect(rows.first().textContent()).resolves.toContain("Latvia");
    await screenshot(page, "parties");
    expect(await seriousViolations(page)).toEqual([]);
    await page.close();
  });
});

describe("dark colour scheme", () => {
  it("the Article 8 page keeps AA contrast when the reader prefers dark", async () => {
    const page = await open("/convention/art_8", "dark");
    await expect(page.locator("html").getAttribute("data-theme")).resolves.toBe("dark");
    await screenshot(page, "article-8-dark");
    expect(await seriousViolations(page)).toEqual([]);
    await page.close();
  });
});

describe("schema page", () => {
  type Schema = { properties: Record<string, unknown>; required: string[] };
  const builtSchema = (version: string) =>
    JSON.parse(readFileSync(`${buildDir}${schemaDownloadPath("mla", version)}`, "utf8")) as Schema;

  it("lists every top-level field of the current (version 1) MLA JSON Schema with required flags", async () => {
    const schema = builtSchema(currentSchemaVersion);
    const page = await open("/requests/mla");
    const paths = await page.locator(".lhc-fields tbody th code").allTextContents();
    for (const name of Object.keys(schema.properties)) expect(paths).toContain(name);
    for (const name of schema.required) {
      const row = page.locator(".lhc-fields tbody tr", { has: page.locator(`th code:text-is("${name}")`) });
      await expect(row.locator("td").nth(1).textContent()).resolves.toBe("required");
    }
    const rows = page.locator(".lhc-fields tbody tr");
    await page.getByLabel("Filter by path, description or basis").fill("requestingAuthority.name");
    await expect(rows.count()).resolves.toBeGreaterThan(0);
    for (const path of await page.locator(".lhc-fields tbody th code").allTextContents()) {
      expect(path.toLowerCase()).toContain("requestingauthority.name");
    }
    await page.getByLabel("Filter by path, description or basis").fill("");
    await screenshot(page, "schema-mla", false);
    expect(await seriousViolations(page)).toEqual([]);
    await page.close();
  });

  it("says which version it shows, shows a field only version 1 has, and links to the version-0 page", async () => {
    const previous = builtSchema(previousSchemaVersion);
    // A field version 1 added: the current page lists it, the previous version's page does not.
    const onlyInV1 = "requestedAuthority";
    expect(Object.keys(builtSchema(currentSchemaVersion).properties)).toContain(onlyInV1);
    expect(Object.keys(previous.properties)).not.toContain(onlyInV1);

    const page = await open("/requests/mla");
    const version = page.locator(`[data-schema-version="${currentSchemaVersion}"]`);
    await expect(version.textContent()).resolves.toContain(`Version ${currentSchemaVersion}`);
    await expect(page.locator("main").textContent()).resolves.toContain(jsonSchemaId("mla"));
    const download = page.locator(`main a[href="${schemaDownloadPath("mla", currentSchemaVersion)}"]`);
    await expect(download.count()).resolves.toBe(1);
    await expect(page.locator(`.lhc-fields tbody th code:text-is("${onlyInV1}")`).count()).resolves.toBe(1);
    // The page's examples are version 1's.
    const examples = await page.locator(".lhc-example summary code").allTextContents();
    expect(examples.length).toBe(
      loadRequestExamples(currentSchemaVersion).filter((e) => e.requestType === "mla").length,
    );
    for (const name of examples) expect(name.startsWith("v1/")).toBe(true);

    await version.getByRole("link").click();
    await page.waitForURL(`**${schemaPagePath("mla", previousSchemaVersion)}`);
    const note = page.locator(`[data-schema-version="${previousSchemaVersion}"]`);
    await expect(note.textContent()).resolves.toContain("the previous version");
    await expect(note.textContent()).resolves.toContain("lhc migrate");
    await expect(note.locator('a[href="/docs/versioning#request-schema-versions"]').count()).resolves.toBe(1);
    await expect(note.locator('a[href="/requests/mla"]').count()).resolves.toBe(1);
    const paths = await page.locator(".lhc-fields tbody th code").allTextContents();
    for (const name of Object.keys(previous.properties)) expect(paths).toContain(name);
    expect(paths).not.toContain(onlyInV1);
    await expect(
      page.locator(`main a[href="${schemaDownloadPath("mla", previousSchemaVersion)}"]`).count(),
    ).resolves.toBe(1);
    expect(await seriousViolations(page)).toEqual([]);
    await page.close();
  });

  it("the index lists each type's version-1 fields and links to its version-0 page", async () => {
    const page = await open("/requests");
    await expect(page.locator(`[data-schema-version="${currentSchemaVersion}"]`).count()).resolves.toBe(1);
    for (const type of requestTypes) {
      await expect(
        page.locator(`main a[href="${schemaDownloadPath(type, currentSchemaVersion)}"]`).count(),
      ).resolves.toBe(1);
      await expect(
        page.locator(`main a[href="${schemaPagePath(type, previousSchemaVersion)}"]`).count(),
      ).resolves.toBe(1);
    }
    await page.close();
  });
});

describe("validator", () => {
  const examples = loadRequestExamples();

  it("accepts a valid example and rejects an invalid one, its issue worded by its field's labels in the chosen language", async () => {
    const valid = examples.find((example) => example.valid && example.requestType === "mla");
    const invalid = examples.find((example) => !example.valid && example.requestType === "mla");
    expect(valid && invalid).toBeTruthy();
    const page = await open("/validator");
    const textarea = page.getByLabel("Request JSON");

    await textarea.fill(valid?.json ?? "");
    await page.getByRole("button", { name: "Validate" }).click();
    await page.locator("[data-context-findings]").waitFor();
    await expect(page.locator("[data-verdict]").getAttribute("data-verdict")).resolves.toBe(
      requestVerdict({ report: checkRequestContext(JSON.parse(valid?.json ?? "{}") as Request) }).kind,
    );

    await textarea.fill(invalid?.json ?? "");
    await page.getByRole("button", { name: "Validate" }).click();
    await expect(page.locator("[data-verdict]").getAttribute("data-verdict")).resolves.toBe("cannot-send");
    // The issues' wording is loaded when the request has issues.
    await page.locator("[data-issue-sentence]").first().waitFor();
    const issues = await page.locator(".lhc-issues li").allTextContents();
    // The package records the one issue each invalid example gets; the page words it as a person reads it
    // (the field by its labels, not its property path), with its path and code below for developers.
    expect(issues).toHaveLength(1);
    const result = validateAnyVersion(JSON.parse(invalid?.json ?? "{}"));
    if (result.success) throw new Error(`${invalid?.name} is valid`);
    const [issue] = result.issues;
    expect(issue?.path).toBe(invalid?.expectedIssue?.path);
    if (issue === undefined) return;
    const sentence = page.locator("[data-issue-sentence]");
    const english = issueSentence(issue, labelsFor("en"));
    await expect(sentence.textContent()).resolves.toBe(english);
    expect(english).toContain(fieldLabelPath(issue.pathSegments, labelsFor("en")));
    expect(english).not.toContain(issue.path.replace(/^\$\./, ""));
    await expect(page.locator(".lhc-issues li code").textContent()).resolves.toBe(issue.path);
    expect(issues[0]).toContain(`${issue.path} · ${issue.code}`);
    for (const id of issue.basis) expect(issues[0]).toContain(citeBasis(id));
    await screenshot(page, "validator-invalid");
    expect(await seriousViolations(page)).toEqual([]);

    // In French, the same issue in French; the path and code stay as they are.
    await page.getByLabel("Language of the issues").selectOption("fr");
    const french = issueSentence(issue, labelsFor("fr"));
    expect(french).not.toBe(english);
    await expect.poll(() => sentence.textContent()).toBe(french);
    await expect(page.locator(".lhc-issues li code").textContent()).resolves.toBe(issue.path);
    expect(await seriousViolations(page)).toEqual([]);
    await page.close();
  });

  it("lists version 1's examples first, and checks a valid and an invalid version-1 example", async () => {
    const v1Examples = loadRequestExamples(currentSchemaVersion);
    const valid = v1Examples.find((example) => example.valid && example.requestType === "mla");
    const dangling = v1Examples.find((example) =>
      example.name.endsWith("invalid/mla-dangling-person-reference.json"),
    );
    expect(valid && dangling).toBeTruthy();
    const page = await open("/validator");
    const picker = page.getByLabel("Or load an example");
    // Every example of both versions, the current version's first, each saying its version.
    const options = await picker
      .locator("option[value]:not([value=''])")
      .evaluateAll((nodes) =>
        nodes.map((node) => ({ version: node.getAttribute("data-schema-version"), text: node.textContent })),
      );
    expect(options.map((option) => option.version)).toEqual(
      schemaVersions.flatMap((version) => loadRequestExamples(version).map(() => version)),
    );
    for (const option of options) expect(option.text).toContain(`version ${option.version}`);

    const choose = async (name: string, json: string) => {
      await picker.selectOption(name);
      await expect.poll(() => page.getByLabel("Request JSON").inputValue(), { timeout: 30_000 }).toBe(json);
      await page.getByRole("button", { name: "Validate" }).click();
    };
    await choose(valid?.name ?? "", valid?.json ?? "");
    await page.locator("[data-context-findings]").waitFor();
    await expect(page.locator("[data-verdict]").getAttribute("data-verdict")).resolves.toBe(
      requestVerdict({ report: checkRequestContext(JSON.parse(valid?.json ?? "{}") as Request) }).kind,
    );
    await expect(page.locator(".lhc-validator__result").textContent()).resolves.toContain(
      `version ${currentSchemaVersion}`,
    );

    await choose(dangling?.name ?? "", dangling?.json ?? "");
    await expect(page.locator("[data-verdict]").getAttribute("data-verdict")).resolves.toBe("cannot-send");
    // The issues' wording is loaded when the request has issues.
    await page.locator("[data-issue-sentence]").first().waitFor();
    const issues = await page.locator(".lhc-issues li").allTextContents();
    expect(issues).toHaveLength(1);
    // The issue is at the reference, and names the list it should point into, by its label.
    expect(issues[0]).toContain(`${dangling?.expectedIssue?.path} · `);
    expect(issues[0]).toContain(`"${labelsFor("en").field("persons")}"`);
    await screenshot(page, "validator-v1-invalid");
    expect(await seriousViolations(page)).toEqual([]);
    await page.close();
  });

  it("loads examples and files, honours the chosen type and renders hostile input as text", async () => {
    const preselected = await open("/validator?type=extradition");
    await expect(preselected.getByLabel("Request type").inputValue()).resolves.toBe("extradition");
    await preselected.close();
    const page = await open("/validator");
    const example = examples.find((candidate) => candidate.valid);
    await page.getByLabel("Or load an example").selectOption(example?.name ?? "");
    // The page downloads the example's text when it is chosen.
    await expect
      .poll(() => page.getByLabel("Request JSON").inputValue(), { timeout: 30_000 })
      .toBe(example?.json);
    await page.getByRole("button", { name: "Validate" }).click();
    await page.locator("[data-context-findings]").waitFor();

    const hostile =
      '{"requestType": "mla", "<img src=x onerror=alert(1)>": "<script>window.pwned=1</script>"}';
    await page.getByLabel("Request JSON").fill(hostile);
    await page.getByRole("button", { name: "Validate" }).click();
    await expect(page.locator("[data-verdict]").getAttribute("data-verdict")).resolves.toBe("cannot-send");
    await expect(page.locator(".lhc-verdict img, .lhc-verdict script").count()).resolves.toBe(0);
    await expect(
      page.evaluate(() => (window as unknown as { pwned?: number }).pwned),
    ).resolves.toBeUndefined();

    await page.getByLabel("Request JSON").fill("{ not json");
    await page.getByRole("button", { name: "Validate" }).click();
    await expect(page.locator("[data-verdict]").getAttribute("data-verdict")).resolves.toBe("unreadable");
    await page.close();
  });
});

describe("validator: treaty relations", () => {
  const annexExample = loadRequestExamples().find(
    (example) => example.valid && example.json.includes('"annex-crime"'),
  );
  const requestJson = (changes: Record<string, unknown>): string =>
    JSON.stringify({ ...JSON.parse(annexExample?.json ?? "{}"), ...changes }, null, 2);

  async function validate(page: Page, json: string): Promise<void> {
    await page.getByLabel("Request JSON").fill(json);
    await page.getByRole("button", { name: "Validate" }).click();
    await page.locator("[data-context-findings]").waitFor();
  }

  it("shows the findings of @lhc/request-context beside a valid verdict, in the package's words", async () => {
    const changes = { requestingState: "LV", requestedState: "NL", dateOfRequest: "2026-06-01" };
    const report = checkRequestContext(JSON.parse(requestJson(changes)) as Request);
    const page = await open("/validator");
    await validate(page, requestJson(changes));
    await expectFindingsShown(page.locator("[data-context-findings] [data-finding-code]"), report);
    // The Netherlands' provisional application, and its missing entry into force, link to its State page.
    const netherlands = page.locator(
      '[data-finding-code="convention-provisionally-applied"] a[href="/parties/nl"]',
    );
    await expect(netherlands.count()).resolves.toBeGreaterThan(0);
    await screenshot(page, "validator-context");
    expect(await seriousViolations(page)).toEqual([]);

    // Another date is checked on the spot.
    await page.getByLabel("Check the treaty relations on").fill("2025-01-01");
    await expect(page.locator("[data-context-findings]").textContent()).resolves.toContain("data as of");
    await expect(page.locator("[data-verdict]").textContent()).resolves.toContain("on 2025-01-01");
    await page.close();
  });

  it("links the Art. 22 finding for a request to Latvia in French to declaration LV-5", async () => {
    const page = await open("/validator");
    await validate(page, requestJson({ requestedState: "LV", language: "fr" }));
    const finding = page.locator('[data-finding-code="request-language-not-accepted"]');
    await expect(finding.textContent()).resolves.toContain("known only from the State's approving law");
    const link = finding.locator('a[href="/parties/lv#LV-5"]');
    await expect(link.count()).resolves.toBe(1);
    await finding.locator("summary").click();
    await link.click();
    await page.waitForURL(/\/parties\/lv#LV-5$/);
    await page.locator("#LV-5").waitFor();
    // The State page shows the declaration with the effect the check applied, in the same words.
    const declaration = declarationsOf("LV", { provision: "art_22" })[0];
    const text = await page.locator("#LV-5").textContent();
    expect(text).toContain(declaration?.summary ?? "(no summary)");
    for (const effect of declaration?.effects ?? []) expect(text).toContain(effectText(effect));
    expect(declaration?.effects?.length).toBeGreaterThan(0);
    await page.close();
  });
});

describe("search", () => {
  it("finds the Latvia page from the navbar search", async () => {
    const page = await open("/docs");
    const input = page
      .getByRole("searchbox", { name: "Search" })
      .or(page.locator("input.navbar__search-input"));
    await input.first().click();
    await input.first().fill("Latvia");
    const suggestion = page.getByRole("option").filter({ hasText: "Latvia" }).first();
    await suggestion.waitFor({ state: "visible", timeout: 30_000 });
    await screenshot(page, "search");
    await suggestion.click();
    // The search may offer the page at /parties/LV too (the code as ISO writes it); both are Latvia's page.
    await page.waitForURL(/\/parties\/lv/i);
    await page.close();
  });
});

describe("downloads", () => {
  it("serves the package files under stable URLs", async () => {
    const schemaDownloads = schemaVersions.flatMap((version) =>
      requestTypes.map((type) => schemaDownloadPath(type, version)),
    );
    const paths = [
      "/data/parties.json",
      "/data/parties.csv",
      "/data/convention.json",
      "/data/provisions/art_8.json",
      ...schemaDownloads,
    ];
    // Version 0's schema URLs stay where they were.
    for (const type of requestTypes) expect(paths).toContain(`/data/schemas/${type}.json`);
    for (const path of paths) {
      const response = await fetch(`${site.url}${path}`);
      expect(response.status, path).toBe(200);
      const body = await response.text();
      if (path.endsWith(".json")) expect(() => JSON.parse(body), path).not.toThrow();
    }
    // The downloads are the packages' own artifacts, byte for byte.
    for (const [url, specifier] of [
      ["/data/parties.json", "@lhc/parties/parties.json"],
      ["/data/parties.csv", "@lhc/parties/parties.csv"],
      ["/data/convention.json", "@lhc/convention/convention.json"],
      ...schemaVersions.flatMap((version) =>
        requestTypes.map(
          (type) =>
            [schemaDownloadPath(type, version), `@lhc/requests/${jsonSchemaFile(type, version)}`] as const,
        ),
      ),
      ...schemaVersions.map((version) => {
        const example = loadRequestExamples(version)[0];
        return [
          exampleDownloadPath({ name: example?.name ?? "" }),
          `@lhc/requests/examples/${example?.name}`,
        ] as const;
      }),
    ] as const) {
      const served = await (await fetch(`${site.url}${url}`)).text();
      expect(served, url).toBe(readFileSync(require.resolve(specifier), "utf8"));
    }
  });

  it("every download linked from the docs page exists", async () => {
    const page = await open("/docs/downloads");
    const links = await page
      .locator('main a[href^="/data/"]')
      .evaluateAll((anchors) => anchors.map((anchor) => anchor.getAttribute("href") ?? ""));
    expect(links.length).toBeGreaterThanOrEqual(5);
    for (const link of links) expect((await fetch(`${site.url}${link}`)).status, link).toBe(200);
    await page.close();
  });
});
