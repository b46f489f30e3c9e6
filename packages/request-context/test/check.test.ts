import {
  declarationsOf,
  getParty,
  inForceBetween,
  parties,
  provisionalApplication,
  stateName,
  statusOn,
} from "@lhc/parties";
import { type Request, validateRequest } from "@lhc/requests";
import { exampleManifest } from "@lhc/requests/examples";
import { describe, expect, it } from "vitest";
import {
  type ContextFinding,
  checkRequestContext,
  type FindingCode,
  RequestContextInputError,
} from "../src/index.js";
import { readExample } from "./examples.js";
import { resolveBasis } from "./resolve-basis.js";

const validExamples = exampleManifest.examples.filter((e) => e.valid);

/** The MLA example with an annex crime (Annex H), changed as given and checked to be still valid. */
function mlaRequest(changes: Partial<Record<string, unknown>>): Request {
  const base = readExample("valid/mla-other-forms-of-assistance.json");
  const result = validateRequest({ ...base, ...changes });
  if (!result.success) throw new Error(`test request invalid: ${JSON.stringify(result.issues)}`);
  return result.data;
}

const withCode = (findings: ContextFinding[], code: FindingCode) => findings.filter((f) => f.code === code);
const one = (findings: ContextFinding[], code: FindingCode): ContextFinding => {
  const found = withCode(findings, code);
  expect(found, `one ${code} finding in ${findings.map((f) => f.code).join(", ")}`).toHaveLength(1);
  return found[0] as ContextFinding;
};

function expectEveryBasisResolves(findings: ContextFinding[]): void {
  for (const finding of findings) {
    expect(finding.basis.length, `${finding.code} has a basis`).toBeGreaterThan(0);
    for (const basis of finding.basis) {
      const fact = resolveBasis(basis);
      expect(fact, `${finding.code}: ${basis.label}`).toBeDefined();
      const urls = fact?.sources.map((s) => s.url) ?? [];
      for (const source of basis.sources) expect(urls).toContain(source.url);
      expect(basis.sources.length).toBeGreaterThan(0);
    }
  }
}

describe("a request from Latvia to the Netherlands on 2026-06-01", () => {
  const request = mlaRequest({ requestingState: "LV", requestedState: "NL", dateOfRequest: "2026-06-01" });
  const { on, findings } = checkRequestContext(request);

  it("is checked on the request's date", () => {
    expect(on).toBe("2026-06-01");
  });

  it("says the request may rest on the Netherlands' provisional application of Part III: a warning, never an error", () => {
    const finding = one(findings, "convention-provisionally-applied");
    expect(finding.level).toBe("warning");
    expect(finding.message).toContain("Latvia (LV) and Netherlands (NL) on 2026-06-01");
    expect(finding.message).toContain(`NL applies ${provisionalApplication?.[0]?.scope} provisionally since`);
    expect(finding.details).toEqual(expect.arrayContaining(inForceBetween("LV", "NL", "2026-06-01").reasons));
    expect(findings.filter((f) => f.level === "error")).toEqual([]);
    expect(withCode(findings, "convention-applies")).toEqual([]);
  });

  it("rests on the Netherlands having no published entry into force, and Latvia's date being unverified", () => {
    const { basis } = one(findings, "convention-provisionally-applied");
    const netherlands = basis.find((b) => b.state === "NL" && b.fact === "entryIntoForce");
    expect(netherlands).toMatchObject({
      status: getParty("NL")?.entryIntoForceStatus,
      verified: false,
    });
    expect(getParty("NL")?.entryIntoForce).toBeNull();
    const latvia = basis.find((b) => b.state === "LV" && b.fact === "entryIntoForce");
    expect(latvia?.verified).toBe(false);
    expect(latvia?.label).toContain(getParty("LV")?.entryIntoForce?.date);
    expect(latvia?.status).toBe(getParty("LV")?.entryIntoForceStatus);
    // The Netherlands' provisional application is named, and is not entry into force.
    const provisional = basis.find((b) => b.fact === "provisionalApplication");
    expect(provisional?.state).toBe(provisionalApplication?.[0]?.code);
    expect(provisional?.label).toMatch(/not entry into force/);
  });

  it("says that the Netherlands has declarations whose content is not verified", () => {
    const finding = one(findings, "declarations-not-verified");
    const unknown = declarationsOf("NL").filter((d) => d.text === null && d.provisions === null);
    expect(unknown.length).toBeGreaterThan(0);
    expect(finding.basis.map((b) => b.declarationId)).toEqual(unknown.map((d) => d.id));
    expect(finding.message).toContain("not verified");
    expect(finding.path).toBe("$.requestedState");
  });

  it("lists errors first, and every finding's basis resolves to a fact of @lhc/parties", () => {
    const levels = findings.map((f) => f.level);
    expect(levels).toEqual(
      [...levels].sort(
        (a, b) => ["error", "warning", "info"].indexOf(a) - ["error", "warning", "info"].indexOf(b),
      ),
    );
    expectEveryBasisResolves(findings);
  });
});

describe("requests from the Netherlands to Latvia on 2026-06-01", () => {
  const dateOfRequest = "2026-06-01";

  it("an MLA request gets a warning that Part III may apply provisionally, and no error", () => {
    const { findings } = checkRequestContext(
      mlaRequest({ requestingState: "NL", requestedState: "LV", dateOfRequest }),
    );
    const finding = one(findings, "convention-provisionally-applied");
    expect(finding.level).toBe("warning");
    expect(finding.message).toMatch(/request for mutual legal assistance falls under it/);
    expect(finding.details.join(" ")).not.toMatch(/does not apply|does not bind/);
    expect(findings.filter((f) => f.level === "error")).toEqual([]);
    expectEveryBasisResolves(findings);
  });

  it("an extradition request is not shown to apply on the recorded facts: a warning, not an error", () => {
    const request = { ...readExample("valid/extradition-full-prosecution.json"), dateOfRequest };
    const { findings, dataAsOf } = checkRequestContext({
      ...request,
      requestingState: "NL",
      requestedState: "LV",
    } as Request);
    const finding = one(findings, "convention-not-shown-to-apply");
    expect(finding.level).toBe("warning");
    expect(finding.message).toContain(`not shown to apply on the recorded facts (data as of ${dataAsOf})`);
    expect(withCode(findings, "convention-provisionally-applied")).toEqual([]);
    expect(findings.filter((f) => f.code.startsWith("convention-") && f.level === "error")).toEqual([]);
    expectEveryBasisResolves(findings);
  });
});

describe("a request to Latvia in French", () => {
  const languageDeclaration = declarationsOf("LV", { provision: "art_22" })[0];

  it("gets the Art. 22 finding citing LV-5, marked as known from the approving law", () => {
    const { findings } = checkRequestContext(mlaRequest({ requestedState: "LV", language: "fr" }));
    const finding = one(findings, "request-language-not-accepted");
    expect(finding.level).toBe("warning");
    expect(finding.path).toBe("$.language");
    expect(finding.message).toContain("French (fr)");
    expect(finding.message).toContain("Art. 22");
    expect(finding.message).toContain("Latvian (lv)");
    expect(finding.message).toContain("known only from the State's approving law");
    expect(finding.basis).toEqual([
      expect.objectContaining({
        fact: "declaration",
        state: "LV",
        declarationId: languageDeclaration?.id,
        verified: false,
      }),
    ]);
    expect(languageDeclaration?.id).toBe("LV-5");
    expect(finding.basis[0]?.status).toContain(languageDeclaration?.basis);
    expectEveryBasisResolves(findings);
  });

  it("with a translation into Latvian is a warning that acceptance is not verified; a request in Latvian is accepted", () => {
    const translation = {
      title: "Pieprasījums (tulkojums)",
      mediaType: "application/pdf",
      sha256: "a".repeat(64),
      language: "lv",
    };
    const translated = checkRequestContext(
      mlaRequest({ requestedState: "LV", language: "fr", translations: [translation] }),
    ).findings;
    expect(withCode(translated, "request-language-not-accepted")).toEqual([]);
    // Art. 22 as Latvia's law renders it names the language of requests, not translations: not verified, so a warning.
    expect(withCode(translated, "request-language-accepted")).toEqual([]);
    const finding = one(translated, "request-translation-not-verified");
    expect(finding).toMatchObject({ level: "warning", path: "$.translations[0].language" });
    expect(finding.message).toContain(
      "whether Latvia (LV) accepts a translated request under Art. 22 is not verified",
    );

    const inLatvian = checkRequestContext(mlaRequest({ requestedState: "LV", language: "lv" })).findings;
    expect(one(inLatvian, "request-language-accepted").message).toMatch(/^The request is in Latvian \(lv\)/);
  });

  it("applies what Latvia's approving law directs only from the later of its proclamation and Latvia's consent", () => {
    const latvia = getParty("LV");
    const proclaimed = latvia?.domesticApproval?.proclaimed as string;
    const consent = latvia?.consent?.depositDate as string;
    const from = [proclaimed, consent].sort().at(-1) as string;
    const before = checkRequestContext(
      mlaRequest({
        requestedState: "LV",
        language: "fr",
        channel: "diplomatic",
        dateOfRequest: "2024-06-01",
      }),
    ).findings;
    for (const code of ["request-language-not-accepted", "channel-not-central-authority"] as const) {
      expect(withCode(before, code)).toEqual([]);
    }
    const dayBefore = new Date(Date.parse(`${from}T00:00:00Z`) - 86_400_000).toISOString().slice(0, 10);
    const justBefore = checkRequestContext(
      mlaRequest({ requestedState: "LV", language: "fr", dateOfRequest: dayBefore }),
    ).findings;
    expect(withCode(justBefore, "request-language-not-accepted")).toEqual([]);
    const onTheDay = checkRequestContext(
      mlaRequest({ requestedState: "LV", language: "fr", dateOfRequest: from }),
    ).findings;
    expect(one(onTheDay, "request-language-not-accepted").details).toContain(
      `What Latvia's approving law directs (LV-5) applies at the earliest from ${from}: the law was proclaimed on ${proclaimed} and Latvia (LV) deposited its consent on ${consent}.`,
    );
  });

  it("names Latvia's central authorities under Art. 20 and warns about another channel", () => {
    const authorities = declarationsOf("LV", { provision: "art_20" })[0]?.effects?.[0];
    expect(authorities?.type).toBe("central-authorities");
    const central = checkRequestContext(mlaRequest({ requestedState: "LV", channel: "central-authority" }));
    const designated = one(central.findings, "central-authorities-designated");
    expect(designated.level).toBe("info");
    const names = authorities?.type === "central-authorities" ? authorities.authorities : [];
    for (const name of names) expect(designated.message).toContain(name);

    const diplomatic = checkRequestContext(mlaRequest({ requestedState: "LV", channel: "diplomatic" }));
    const warning = one(diplomatic.findings, "channel-not-central-authority");
    expect(warning).toMatchObject({ level: "warning", path: "$.channel" });
    expect(warning.basis[0]?.declarationId).toBe("LV-4");
  });

  it("makes no language finding for a requested State without a language declaration", () => {
    const { findings } = checkRequestContext(mlaRequest({ requestingState: "LV", requestedState: "FR" }));
    expect(findings.filter((f) => f.code.startsWith("request-language"))).toEqual([]);
  });
});

describe("an offence classified as an annex crime", () => {
  it("between States whose annex choices are unknown: not verified, never yes", () => {
    // Germany's declarations are listed without content; the DR Congo's declaration under Art. 2(2) does
    // not say which annexes.
    const { findings } = checkRequestContext(mlaRequest({ requestingState: "DE", requestedState: "CD" }));
    const finding = one(findings, "annex-not-verified");
    expect(finding.level).toBe("warning");
    expect(finding.path).toBe("$.offences[1].classification.annex");
    const { dateOfRequest } = readExample("valid/mla-other-forms-of-assistance.json");
    expect(finding.message).toContain(
      `Whether both Germany (DE) and ${stateName("CD")} (CD) accept Annex H on ${dateOfRequest} is not verified: `,
    );
    expect(finding.message).toContain(
      "Germany (DE) has reservations or declarations whose content is not verified (DE-1)",
    );
    expect(finding.message).toContain(
      "declaration CD-1 under Art. 2(2) does not say which annexes it accepts",
    );
    expect(finding.basis.map((b) => b.declarationId).sort()).toEqual(["CD-1", "DE-1"]);
    expect(finding.basis.every((b) => !b.verified)).toBe(true);
    expect(withCode(findings, "annex-applies")).toEqual([]);
    expectEveryBasisResolves(findings);
  });

  it("where a State's annex choices are known only from its approving law: not verified", () => {
    const { findings } = checkRequestContext(mlaRequest({ requestingState: "LV", requestedState: "CD" }));
    const finding = one(findings, "annex-not-verified");
    expect(finding.message).toContain(
      "Latvia's approving law directs that the Convention apply to the crimes in Annex H (LV-2)",
    );
    expect(finding.message).toContain("not verified");
    const law = finding.basis.find((b) => b.declarationId === "LV-2");
    expect(law).toMatchObject({ verified: false, state: "LV" });
    expect(law?.label).toMatch(/approving law/);
  });

  it("for an annex Latvia's approving law does not list, still not verified while its deposited declarations are unknown", () => {
    const lawAnnexes = declarationsOf("LV", { provision: "art_2__para_2" }).flatMap((d) => d.annexes ?? []);
    const missing = ["A", "B", "C", "D", "E", "F", "G", "H"].find(
      (letter) => !(lawAnnexes as string[]).includes(letter),
    );
    expect(missing).toBeDefined();
    const base = readExample("valid/mla-other-forms-of-assistance.json") as Request & { offences: unknown[] };
    const offences = structuredClone(base.offences) as { classification: { annex?: string } }[];
    (offences[1] as { classification: { annex?: string } }).classification.annex = missing;
    const { findings } = checkRequestContext(
      mlaRequest({ requestingState: "CD", requestedState: "LV", offences }),
    );
    const finding = one(findings, "annex-not-verified");
    expect(finding.message).toContain(`not Annex ${missing} (LV-2)`);
  });

  it("between States with no declaration recorded: not accepted, resting on the treaty database's list", () => {
    const { findings } = checkRequestContext(mlaRequest({ requestingState: "FI", requestedState: "SE" }));
    const finding = one(findings, "annex-not-accepted");
    expect(finding.level).toBe("error");
    expect(finding.basis.map((b) => [b.fact, b.state])).toEqual([
      ["declarationsListed", "FI"],
      ["declarationsListed", "SE"],
    ]);
    expectEveryBasisResolves(findings);
  });

  it("is not checked for offences of the core crimes", () => {
    const request = readExample("valid/mla-full-war-crimes-investigation.json");
    const { findings } = checkRequestContext(request);
    expect(findings.filter((f) => f.code.startsWith("annex-"))).toEqual([]);
  });
});

describe("States that are not signatories", () => {
  it("a code that is no State", () => {
    const { findings } = checkRequestContext(mlaRequest({ requestingState: "ZZ", requestedState: "LV" }));
    const finding = one(findings, "unknown-state");
    expect(finding).toMatchObject({ level: "error", path: "$.requestingState" });
    expect(finding.message).toContain('"ZZ" is not the code of any State');
    // Nothing is said about relations with a State that does not exist …
    expect(findings.filter((f) => f.code.startsWith("convention-") || f.code.startsWith("annex-"))).toEqual(
      [],
    );
    // … but what Latvia declared about requests is still said.
    expect(withCode(findings, "central-authorities-designated")).toHaveLength(1);
    expectEveryBasisResolves(findings);
  });

  it("a real State that did not sign", () => {
    expect(statusOn("IT", "2026-08-03").status).toBe("none");
    const { findings } = checkRequestContext(mlaRequest({ requestingState: "LV", requestedState: "IT" }));
    const finding = one(findings, "not-a-signatory");
    // Absent from the recorded list is not excluded: a warning that says as of when.
    expect(finding).toMatchObject({ level: "warning", path: "$.requestedState" });
    expect(finding.message).toContain("the Convention is not shown to bind it");
    expect(finding.message).toContain("Italy (IT)");
    expect(finding.basis[0]?.fact).toBe("signatories");
    expect(finding.basis[0]?.label).toContain(`${parties.length} signatories`);
    expectEveryBasisResolves(findings);
  });

  it("the same State on both sides", () => {
    const { findings } = checkRequestContext(mlaRequest({ requestingState: "LV", requestedState: "LV" }));
    expect(one(findings, "same-state").level).toBe("error");
    expect(withCode(findings, "convention-not-shown-to-apply")).toEqual([]);
    expectEveryBasisResolves(findings);
  });
});

describe("the date", () => {
  const request = mlaRequest({ requestingState: "LV", requestedState: "NL" });

  it("defaults to the request's dateOfRequest and can be given as a string or a Date", () => {
    expect(checkRequestContext(request).on).toBe(request.dateOfRequest);
    expect(checkRequestContext(request, { on: "2025-12-01" }).on).toBe("2025-12-01");
    expect(checkRequestContext(request, { on: new Date("2025-12-01T23:00:00Z") }).on).toBe("2025-12-01");
  });

  it("says when it is after the date of the data", () => {
    const later = checkRequestContext(request, { on: "2099-01-01" });
    expect(one(later.findings, "convention-provisionally-applied").details.at(-1)).toBe(
      `The data is as of ${later.dataAsOf}; anything that happened after that date is not in it.`,
    );
  });

  it("rejects a day that does not exist, naming the option", () => {
    expect(() => checkRequestContext(request, { on: "2026-02-30" })).toThrow(RequestContextInputError);
    try {
      checkRequestContext(request, { on: "2026-02-30" });
    } catch (error) {
      expect((error as RequestContextInputError).field).toBe("options.on");
      expect((error as Error).message).toMatch(/options.on must be a real calendar date written YYYY-MM-DD/);
    }
  });
});

describe("every valid example of @lhc/requests", () => {
  it.each(validExamples.map((e) => e.file))(
    "%s is checked without throwing, every basis resolving",
    (file) => {
      const { findings } = checkRequestContext(readExample(file));
      expect(findings.length).toBeGreaterThan(0);
      expectEveryBasisResolves(findings);
    },
  );
});
