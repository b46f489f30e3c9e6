import { readFileSync, writeFileSync } from "node:fs";
import { basename } from "node:path";
import { gzipSync } from "node:zlib";
import { issueSentence, labelsFor, letterSections, stateNaming } from "@lhc/letters";
import { inForceBetween } from "@lhc/parties";
import { checkRequestContext, requestVerdict } from "@lhc/request-context";
import type { Request } from "@lhc/requests";
import { migrate } from "@lhc/requests/migrate";
import {
  getJsonSchema as getJsonSchemaV1,
  schemaVersion as schemaVersionV1,
  validateRequest as validateRequestV1,
} from "@lhc/requests/v1";
import type { Download, Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { seriousViolations } from "./axe";
import { expectFindingsShown } from "./context-findings";
import { loadRequestExamples } from "./package-data";
import { outputDir, siteHarness } from "./site-harness";

const budgets = JSON.parse(
  readFileSync(new URL("../../../scripts/size-budgets.json", import.meta.url), "utf8"),
).pages as Record<string, { js: number }>;

/** The version-0 examples, which the builder migrates to version 1 when they are opened. */
const examples = loadRequestExamples();
const validExamples = examples.filter((example) => example.valid);
const invalidExamples = examples.filter((example) => !example.valid);
/** The first invalid example of each issue code and of each request type, and every unknown key. */
const invalidSample = invalidExamples.filter(
  (example, index) =>
    example.expectedIssue?.code === "unknown_key" ||
    invalidExamples.findIndex((other) => other.expectedIssue?.code === example.expectedIssue?.code) ===
      index ||
    invalidExamples.findIndex((other) => other.requestType === example.requestType) === index,
);

/** The version-1 examples shipped in @lhc/requests, which the builder opens as they are (opened under their file's name). */
const v1Examples = loadRequestExamples(schemaVersionV1).map((example) => ({
  ...example,
  name: `v1-${basename(example.name)}`,
}));
const validV1Examples = v1Examples.filter((example) => example.valid);
/** The channels of transmission version 1 knows, from its JSON Schema (which the form is made from). */
const channels = (getJsonSchemaV1("mla") as { properties: { channel: { enum: string[] } } }).properties
  .channel.enum;

const site = siteHarness();
const labels = labelsFor("en");
const french = labelsFor("fr");

/** The verdict requestVerdict gives a valid request (see @lhc/request-context). */
const verdictOf = (request: unknown) =>
  requestVerdict({ report: checkRequestContext(request as Request) }).kind;

async function open(path: string): Promise<Page> {
  const page = await site.open(path);
  // The builder reads its drafts once hydrated; its buttons are enabled from then on.
  if (path.startsWith("/draft")) await page.locator("button:enabled", { hasText: "New request" }).waitFor();
  return page;
}

async function downloaded(page: Page, click: () => Promise<void>): Promise<Buffer> {
  const [download] = (await Promise.all([page.waitForEvent("download"), click()])) as [Download, void];
  const path = await download.path();
  return readFileSync(path);
}

const downloadJson = async (page: Page) =>
  JSON.parse(
    (await downloaded(page, () => page.getByRole("button", { name: "Download JSON" }).click())).toString(
      "utf8",
    ),
  );

async function openJsonFile(page: Page, name: string, json: string): Promise<void> {
  const file = name.replace(/^.*\//, "");
  await page.getByLabel("Open JSON").setInputFiles({
    name: file,
    mimeType: "application/json",
    buffer: Buffer.from(json),
  });
  // The opened file becomes the current draft, named after the file.
  await page.locator("#draft-heading", { hasText: `${file.replace(/\.json$/, "")}:` }).waitFor();
}

/** The id rjsf gives the input of a field at a path (see src/components/draft/issues.ts). */
const idOf = (path: readonly (string | number)[]) => `#${["root", ...path].join("_")}`;

/**
 * Fills a value into the form the way a user does, starting from an empty form: adds list items with
 * their Add buttons, chooses each measure's type before its fields, types text and chooses options.
 */
/** Opens the folded sections around an element, as a user opens a section before filling it in. */
async function reveal(page: Page, selector: string): Promise<void> {
  await page.locator(selector).evaluate((element) => {
    for (
      let details = element.closest("details");
      details;
      details = details.parentElement?.closest("details") ?? null
    )
      details.open = true;
  });
}

async function fill(page: Page, value: unknown, path: (string | number)[]): Promise<void> {
  if (Array.isArray(value)) {
    for (let index = 0; index < value.length; index += 1) {
      await reveal(page, `${idOf(path)}__add`);
      await page.locator(`${idOf(path)}__add`).click();
      const itemPath = [...path, index];
      const item = value[index];
      if (path.length === 1 && path[0] === "measures") {
        await page.locator(`${idOf(itemPath)}_type__choose`).selectOption((item as { type: string }).type);
        const { type: _type, ...rest } = item as Record<string, unknown>;
        await fill(page, rest, itemPath);
      } else {
        await fill(page, item, itemPath);
      }
    }
    return;
  }
  if (value !== null && typeof value === "object") {
    for (const [key, child] of Object.entries(value)) await fill(page, child, [...path, key]);
    return;
  }
  const input = page.locator(idOf(path));
  await reveal(page, idOf(path));
  if (typeof value === "boolean") {
    await input.setChecked(value);
  } else if ((await input.evaluate((element) => element.tagName)) === "SELECT") {
    // A choice shows its label from the letters' catalog, not its code: in English, or in French once
    // the request's language (which the letter and the form follow) is French.
    const wanted = [String(value), ...[labels, french].map((l) => l.value(String(value)) ?? String(value))];
    const option = await input.evaluate(
      (element, [code, ...labelsOfValue]) =>
        Array.from((element as HTMLSelectElement).options).find(
          (candidate) => candidate.value === code || labelsOfValue.includes(candidate.textContent ?? ""),
        )?.value ?? null,
      wanted,
    );
    await input.selectOption(option ?? String(value));
  } else {
    await input.fill(String(value));
  }
  await input.blur();
}

// Each test drives the form generated from a whole request schema; on a loaded two-core machine that can
// take well over the 60 s the site's config allows a test. This bounds a hang; it asserts nothing about speed.
const SLOW = 180_000;

describe("request builder (/draft)", () => {
  it(
    "opens every valid version-0 example migrated to version 1, saying what migrate() reports, and every version-1 example as it is",
    async () => {
      expect(validExamples.length).toBeGreaterThan(0);
      const page = await open("/draft");
      // The builder makes version-1 requests, so its picker offers version 1's examples, each saying so.
      const offered = await page
        .getByLabel("Open an example")
        .locator("option[value]:not([value=''])")
        .evaluateAll((nodes) =>
          nodes.map((node) => ({
            version: node.getAttribute("data-schema-version"),
            text: node.textContent,
          })),
        );
      expect(offered).toHaveLength(v1Examples.length);
      for (const option of offered) {
        expect(option.version).toBe(schemaVersionV1);
        expect(option.text).toContain(`version ${schemaVersionV1}`);
      }
      for (const example of validExamples) {
        const migrated = migrate(JSON.parse(example.json));
        await openJsonFile(page, example.name, example.json);
        await expect(page.locator("[data-verdict]").getAttribute("data-verdict"), example.name).resolves.toBe(
          migrated.valid ? verdictOf(migrated.request) : "cannot-send",
        );
        // What migrate() reports is shown, each note once, when the file is opened.
        await expect(page.locator("[data-migration]").getAttribute("data-migration")).resolves.toBe(
          "migrated",
        );
        const notes = await page.locator("[data-migration] [data-note-kind]").allTextContents();
        expect(notes, example.name).toHaveLength(migrated.notes.length);
        for (const note of migrated.notes) expect(notes.join("\n"), example.name).toContain(note.message);
        const downloadedRequest = await downloadJson(page);
        expect(downloadedRequest, example.name).toEqual(migrated.request);
        expect(downloadedRequest.schemaVersion).toBe(schemaVersionV1);
        expect(validateRequestV1(downloadedRequest).success, example.name).toBe(migrated.valid);
      }
      expect(validV1Examples.length).toBeGreaterThan(0);
      for (const example of validV1Examples) {
        await openJsonFile(page, example.name, example.json);
        await expect(page.locator("[data-verdict]").getAttribute("data-verdict"), example.name).resolves.toBe(
          verdictOf(JSON.parse(example.json)),
        );
        await expect(page.locator("[data-migration]").count(), example.name).resolves.toBe(0);
        expect(await downloadJson(page), example.name).toEqual(JSON.parse(example.json));
      }

      // A draft kept in this browser from before version 1 is migrated when it is opened, and says so.
      const old = validExamples[0];
      await page.evaluate(
        (draft) => window.localStorage.setItem("lhc:request-drafts:v1", JSON.stringify([draft])),
        {
          id: "old-draft",
          name: "Kept from version 0",
          updated: "2026-01-01T00:00:00.000Z",
          requestType: old?.requestType,
          data: JSON.parse(old?.json ?? "{}"),
        },
      );
      await page.reload({ waitUntil: "networkidle" });
      await page.getByRole("button", { name: "Open draft Kept from version 0" }).click();
      await expect(page.locator("[data-migration]").getAttribute("data-migration")).resolves.toBe("migrated");
      expect(await downloadJson(page)).toEqual(migrate(JSON.parse(old?.json ?? "{}")).request);
      await page.close();
    },
    SLOW,
  );

  it(
    "opens an invalid version-0 file as it was, saying it could not be migrated, with its issues shown, and drops nothing",
    async () => {
      const page = await open("/draft");
      expect(invalidSample.length).toBeGreaterThan(4);
      for (const example of invalidSample) {
        await openJsonFile(page, example.name, example.json);
        await expect(page.locator("[data-verdict]").getAttribute("data-verdict"), example.name).resolves.toBe(
          "cannot-send",
        );
        // migrate() takes only a valid version-0 request: the file is kept as it was, and the page says why.
        expect(() => migrate(JSON.parse(example.json)), example.name).toThrow();
        await expect(page.locator("[data-migration]").getAttribute("data-migration")).resolves.toBe(
          "not-migrated",
        );
        // The issues are version 1's, each with its field's path: first, that the file is of version 0.
        const issues = await page.locator(".lhc-issues li").allTextContents();
        expect(
          issues.some((issue) => issue.includes("$.schemaVersion")),
          example.name,
        ).toBe(true);
        expect(await downloadJson(page), example.name).toEqual(JSON.parse(example.json));
      }
      await page.getByLabel("Open JSON").setInputFiles({
        name: "broken.json",
        mimeType: "application/json",
        buffer: Buffer.from("{ not json"),
      });
      await page.getByRole("alert").filter({ hasText: "broken.json is not valid JSON" }).waitFor();
      // The notice of the file opened before is gone: it is shown once, for the file it is about.
      await expect(page.locator("[data-migration]").count()).resolves.toBe(0);
      await page.close();
    },
    SLOW,
  );

  it(
    "builds the version-1 service-of-documents MLA example from an empty form by typing and choosing",
    async () => {
      const example = validV1Examples.find((candidate) =>
        candidate.name.includes("mla-service-of-documents"),
      );
      expect(example).toBeDefined();
      const request = JSON.parse(example?.json ?? "{}") as Record<string, unknown>;
      const page = await open("/draft");
      await page.getByLabel("Request type").selectOption("mla");
      await page.getByRole("button", { name: "New request" }).click();
      await expect(page.locator("[data-verdict]").getAttribute("data-verdict")).resolves.toBe("cannot-send");
      // Nothing is filled in for the user: the new request holds only its type and data-model version, 1.
      expect(await downloadJson(page)).toEqual({ schemaVersion: schemaVersionV1, requestType: "mla" });
      expect(request.schemaVersion).toBe(schemaVersionV1);

      // A measure's fields appear only once its type is chosen.
      await page.locator("#root_measures__add").click();
      await expect(page.locator("#root_measures_0_description").count()).resolves.toBe(0);
      await page.locator("#root_measures_0__remove").click();

      const { schemaVersion: _version, requestType: _type, ...rest } = request;
      await fill(page, rest, []);
      await page.getByRole("button", { name: "Show every issue in the form" }).click();
      await expect(page.locator(".lhc-issues li").allTextContents()).resolves.toEqual([]);
      await page.locator("[data-context-findings]").waitFor();
      await expect(page.locator("[data-verdict]").getAttribute("data-verdict")).resolves.toBe(
        verdictOf(request),
      );
      const built = await downloadJson(page);
      expect(built).toEqual(request);
      // The downloaded file is a valid version-1 request.
      writeFileSync(`${outputDir}/draft-service-of-documents.json`, `${JSON.stringify(built, null, 2)}\n`);
      expect(validateRequestV1(built).success).toBe(true);

      // Once the request is valid, whether the Convention applies is said once, by the findings (with the
      // reasons inForceBetween gives); the builder's own answer, shown until then, gives way.
      await expect(page.locator(".lhc-draft__relations [data-between]").count()).resolves.toBe(0);
      const reasons = inForceBetween(
        request.requestingState as string,
        request.requestedState as string,
        request.dateOfRequest as string,
      ).reasons;
      const findingsText = await page.locator("[data-context-findings]").textContent();
      for (const reason of reasons) expect(findingsText).toContain(reason);
      // The request-context findings, in @lhc/request-context's own words.
      const report = checkRequestContext(request as unknown as Request);
      await expectFindingsShown(
        page.locator(".lhc-draft__relations [data-context-findings] [data-finding-code]"),
        report,
      );

      // The letter of the request, and its DOCX.
      await page.getByRole("button", { name: "Letter" }).click();
      const frame = page.frameLocator('iframe[title="Letter preview"]');
      await expect(frame.locator("h1").textContent()).resolves.toBe("Demande d'entraide judiciaire");
      const docx = await downloaded(page, () =>
        page.getByRole("button", { name: "Download DOCX letter" }).click(),
      );
      expect(docx.subarray(0, 2).toString("latin1")).toBe("PK");
      await page.screenshot({ path: `${outputDir}/draft-filled.png`, fullPage: false });
      expect(await seriousViolations(page), "axe").toEqual([]);

      // The draft survives a reload, can be renamed, reopened and deleted.
      await page.getByLabel("Draft name").fill("Service on the civil party");
      await page.reload({ waitUntil: "networkidle" });
      const row = page.locator(".lhc-draft__drafts tbody tr", { hasText: "Service on the civil party" });
      await expect(row.count()).resolves.toBe(1);
      await expect(row.locator("time").getAttribute("datetime")).resolves.toMatch(/^\d{4}-\d{2}-\d{2}T/);
      await page.getByRole("button", { name: "Open draft Service on the civil party" }).click();
      expect(await downloadJson(page)).toEqual(request);
      await page.getByRole("button", { name: "Delete draft Service on the civil party" }).click();
      await page.reload({ waitUntil: "networkidle" });
      await expect(row.count()).resolves.toBe(0);
      await page.close();
    },
    SLOW,
  );

  it(
    "works from the keyboard, and shows a field's error once left, worded as the verdict's list words it",
    async () => {
      const page = await open("/draft");
      await page.getByRole("button", { name: "New request" }).focus();
      await page.keyboard.press("Enter");
      await expect(page.locator("#root_requestingState__error").count()).resolves.toBe(0);
      await page.locator("#root_requestingState").focus();
      await page.keyboard.type("be");
      await page.keyboard.press("Tab");
      await expect(page.evaluate(() => document.activeElement?.id)).resolves.toBe("root_requestedState");
      const error = await page.locator("#root_requestingState__error").textContent();
      const issue = (await page.locator(".lhc-issues li").allTextContents()).find((text) =>
        text.includes("$.requestingState"),
      );
      expect(issue).toBeDefined();
      expect(issue).toContain(error?.trim());
      // The error is tied to its input for screen readers, and the count is announced politely.
      await expect(page.locator("#root_requestingState").getAttribute("aria-describedby")).resolves.toContain(
        "root_requestingState__error",
      );
      await expect(page.locator("[data-verdict]").getAttribute("role")).resolves.toBe("status");
      // Until the request is valid, the builder says whether the Convention applies between the States.
      await page.locator("#root_requestingState").fill("LV");
      await page.locator("#root_requestedState").fill("NL");
      await page.locator("#root_dateOfRequest").fill("2026-06-01");
      await page.locator("#root_dateOfRequest").blur();
      await expect(
        page.locator(".lhc-draft__relations [data-between]").getAttribute("data-between"),
      ).resolves.toBe(inForceBetween("LV", "NL", "2026-06-01").applies ? "applies" : "does-not-apply");
      await page.close();
    },
    SLOW,
  );

  it(
    "speaks the letter's language: choosing French for the letter turns the form's labels, choices and errors French",
    async () => {
      const page = await open("/draft");
      await page.getByLabel("Request type").selectOption("mla");
      await page.getByRole("button", { name: "New request" }).click();
      await page.locator("#root_requestingState").fill("LV");
      const wordsOfTheForm = async () => ({
        field: await page.locator('label[for="root_dateOfRequest"]').textContent(),
        choices: await page.locator("#root_channel option").allTextContents(),
        section: await page.locator(`#section-${letterSections[0]?.id}`).textContent(),
        state: await page.locator("#root_requestingState ~ .lhc-muted").textContent(),
      });
      const inEnglish = await wordsOfTheForm();
      expect(inEnglish.field).toContain(labels.field("dateOfRequest"));
      expect(inEnglish.choices).toEqual(expect.arrayContaining(channels.map((c) => labels.value(c) ?? c)));
      expect(inEnglish.section).toBe(labels.text(`section.${letterSections[0]?.id}`));
      expect(inEnglish.state?.trim()).toBe(stateNaming("LV", "en").name);

      await page.getByLabel("Language of the letter and the form").selectOption("fr");
      const inFrench = await wordsOfTheForm();
      expect(french.field("dateOfRequest")).not.toBe(labels.field("dateOfRequest"));
      expect(inFrench.field).toContain(french.field("dateOfRequest"));
      expect(inFrench.choices).toEqual(expect.arrayContaining(channels.map((c) => french.value(c) ?? c)));
      expect(inFrench.section).toBe(french.text(`section.${letterSections[0]?.id}`));
      expect(inFrench.state?.trim()).toBe(stateNaming("LV", "fr").name);
      // The form keeps what was typed: only its words changed.
      await expect(page.locator("#root_requestingState").inputValue()).resolves.toBe("LV");

      // Its errors too: a field left invalid says what is wrong in French, in the catalog's words, under
      // the field and in the verdict's list.
      await page.locator("#root_requestingState").fill("lv");
      await page.locator("#root_requestingState").blur();
      const checked = validateRequestV1(await downloadJson(page));
      const issue = checked.success
        ? undefined
        : checked.issues.find((candidate) => candidate.path === "$.requestingState");
      expect(issue?.code).toBe("invalid_format");
      const sentence = issueSentence(issue as NonNullable<typeof issue>, french);
      expect(sentence).toContain(french.field("requestingState"));
      expect(sentence).not.toBe(issueSentence(issue as NonNullable<typeof issue>, labels));
      await expect(page.locator("#root_requestingState__error").textContent()).resolves.toContain(sentence);
      await expect(page.locator(".lhc-issues li").allTextContents()).resolves.toEqual(
        expect.arrayContaining([expect.stringContaining(sentence)]),
      );
      await page.close();
    },
    SLOW,
  );

  it(
    "loads the form library only once a request is started on the builder, within the page's JavaScript budget",
    async () => {
      /** Opens a page and records every script it runs; `settled()` waits for the bodies asked for so far. */
      const recorded = async (path: string) => {
        const page = await site.browser.newPage();
        const scripts = new Map<string, Buffer>();
        const pending: Promise<unknown>[] = [];
        page.on("response", (response) => {
          if (response.request().resourceType() !== "script") return;
          pending.push(response.body().then((body) => scripts.set(new URL(response.url()).pathname, body)));
        });
        const settled = async () => {
          await page.waitForLoadState("networkidle");
          for (let count = 0; count < pending.length; count = pending.length) await Promise.all(pending);
          return new Map(scripts);
        };
        await page.goto(`${site.url}${path}`, { waitUntil: "networkidle" });
        await page.waitForFunction(() => document.documentElement.dataset.hasHydrated === "true", null, {
          timeout: 30_000,
        });
        return { page, settled };
      };
      // A class name only react-jsonschema-form's code holds.
      const isFormLibrary = (body: Buffer) => body.includes("rjsf-array-item");
      const formLibraryIn = (scripts: Map<string, Buffer>) =>
        [...scripts.entries()].filter(([, body]) => isFormLibrary(body)).map(([name]) => name);
      for (const path of ["/", "/validator", "/between", "/draft"]) {
        const { page, settled } = await recorded(path);
        expect(formLibraryIn(await settled()), path).toEqual([]);
        await page.close();
      }
      const { page, settled } = await recorded("/draft");
      const onArrival = await settled();
      const gzipped = (scripts: Map<string, Buffer>) =>
        [...scripts.values()].reduce((sum, body) => sum + gzipSync(body, { level: 9 }).length, 0);
      const budget = budgets["/draft"]?.js;
      expect(budget, "scripts/size-budgets.json pages./draft.js").toBeTypeOf("number");
      expect(
        gzipped(onArrival),
        `/draft loads ${gzipped(onArrival)} B of gzipped JavaScript, over its budget of ${budget} B in scripts/size-budgets.json`,
      ).toBeLessThanOrEqual(budget as number);
      // Starting a request brings the form library, and only then.
      await page.locator("button:enabled", { hasText: "New request" }).click();
      await page.locator("#root_requestingState").waitFor();
      const withForm = await settled();
      expect(formLibraryIn(withForm).length).toBeGreaterThan(0);
      console.log(
        `/draft: ${onArrival.size} scripts, ${gzipped(onArrival)} B gzipped (budget ${budget} B); ` +
          `with the form ${withForm.size} scripts, ${gzipped(withForm)} B gzipped`,
      );
      await page.close();
    },
    SLOW,
  );
});

describe("does the Convention apply between two States (/between)", () => {
  it(
    "answers from the URL with the reasons of @lhc/parties, and keeps the question in the URL",
    async () => {
      const question = { a: "LV", b: "NL", on: "2026-09-14" };
      const expected = inForceBetween(question.a, question.b, question.on);
      const page = await open(`/between?a=${question.a}&b=${question.b}&on=${question.on}`);
      const answer = page.locator("[data-between]");
      await expect(answer.getAttribute("data-between")).resolves.toBe(
        expected.applies ? "applies" : "does-not-apply",
      );
      // The verdict is the package's own words, never a bare "No." for an answer that is not verified.
      await expect(answer.locator(".lhc-between__verdict").textContent()).resolves.toBe(expected.verdict);
      await expect(answer.getAttribute("data-answer")).resolves.toBe(expected.answer);
      for (const reason of expected.reasons) await expect(answer.textContent()).resolves.toContain(reason);
      await page.getByLabel("Second State").selectOption("FR");
      await page.waitForURL(/b=FR/);
      const changed = inForceBetween(question.a, "FR", question.on);
      for (const reason of changed.reasons)
        await page.locator("[data-between]", { hasText: reason }).waitFor();
      await page.screenshot({ path: `${outputDir}/between.png`, fullPage: true });
      expect(await seriousViolations(page), "axe").toEqual([]);
      await page.close();
    },
    SLOW,
  );
});
