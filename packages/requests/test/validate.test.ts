import { describe, expect, it } from "vitest";
import {
  parseRequest,
  type RequestIssue,
  RequestValidationError,
  requestIssueCodes,
  validateRequest,
} from "../src/index.js";
import { parseMlaRequest, validateMlaRequest } from "../src/request-schemas/mla.js";
import { validateTransferOfSentencedPersonRequest } from "../src/request-schemas/transfer-of-sentenced-person.js";
import { readJsonFile } from "./helpers.js";

const fullMla = () =>
  readJsonFile("examples/valid/mla-full-war-crimes-investigation.json") as Record<string, unknown>;
const serviceOnly = () =>
  readJsonFile("examples/valid/mla-service-of-documents-only.json") as Record<string, unknown>;
const tspBySentencingState = () =>
  readJsonFile("examples/valid/transfer-of-sentenced-person-by-sentencing-state.json") as Record<
    string,
    unknown
  >;

function issuesOf(input: unknown, type?: Parameters<typeof validateRequest>[1]): RequestIssue[] {
  const result = validateRequest(input, type);
  expect(result.success).toBe(false);
  return result.success ? [] : result.issues;
}

describe("validateRequest", () => {
  it("returns the parsed request, typed by requestType, for a valid request", () => {
    const result = validateRequest(fullMla());
    expect(result.success).toBe(true);
    if (result.success && result.data.requestType === "mla") {
      expect(result.data.measures).toHaveLength(8);
      expect(result.data.requestingAuthority.name).toMatch(/Prosecutor/u);
    }
  });

  it("names the field, the rule and its basis in the message, as a case officer reads it", () => {
    const request = serviceOnly();
    delete (request.requestingAuthority as Record<string, unknown>).name;
    const [issue] = issuesOf(request);
    expect(issue).toEqual({
      path: "$.requestingAuthority.name",
      pathSegments: ["requestingAuthority", "name"],
      pointer: "/requestingAuthority/name",
      code: "required",
      message:
        "requestingAuthority.name is required (UNTOC art. 18(15)(a); UNCAC art. 46(15)(a); ECMA art. 14(1)(a))",
      basis: ["UNTOC 18(15)(a)", "UNCAC 46(15)(a)", "ECMA 14(1)(a)"],
    });
  });

  it("uses only the codes it documents", () => {
    const request = fullMla();
    request.requestedState = "de";
    request.extra = 1;
    (request.measures as unknown[]).push({ type: "teleportation" });
    request.dateOfRequest = 20261005;
    for (const issue of issuesOf(request)) expect(requestIssueCodes).toContain(issue.code);
  });

  it("reports every problem of a request at once", () => {
    const request = fullMla();
    request.requestedState = "de";
    request.dateOfRequest = "5 October 2026";
    delete request.purpose;
    const issues = issuesOf(request);
    expect(issues.map((i) => [i.path, i.code])).toEqual(
      expect.arrayContaining([
        ["$.requestedState", "invalid_format"],
        ["$.dateOfRequest", "invalid_format"],
        ["$.purpose", "required"],
      ]),
    );
    expect(issues.find((i) => i.path === "$.dateOfRequest")?.message).toBe(
      "dateOfRequest must be a date in ISO 8601 form YYYY-MM-DD",
    );
  });

  it("detects the request type from requestType, and explains a missing or unknown one", () => {
    expect(issuesOf({ schemaVersion: "0.1" })).toEqual([
      expect.objectContaining({ path: "$.requestType", code: "unknown_request_type" }),
    ]);
    const [unknown] = issuesOf({ requestType: "letter-rogatory" });
    expect(unknown?.message).toBe(
      'requestType must be one of "mla", "extradition", "provisional-arrest", "transfer-of-sentenced-person"',
    );
    expect(issuesOf([1, 2])).toEqual([expect.objectContaining({ path: "$", code: "invalid_type" })]);
  });

  it("validates against the given type even when the input claims another", () => {
    const issues = issuesOf(fullMla(), "extradition");
    expect(issues).toContainEqual(
      expect.objectContaining({
        path: "$.requestType",
        code: "invalid_value",
        message: expect.stringContaining('"extradition"'),
      }),
    );
  });

  it("refuses an unknown requestType argument with an issue instead of throwing", () => {
    const issues = issuesOf(fullMla(), "letter-rogatory" as never);
    expect(issues).toEqual([expect.objectContaining({ code: "unknown_request_type", path: "$" })]);
  });

  it("needs a summary of the facts unless every measure is service of documents (UNTOC art. 18(15)(c))", () => {
    const service = serviceOnly();
    expect(service.factsSummary).toBeUndefined();
    expect(validateRequest(service).success).toBe(true);

    const mixed = serviceOnly();
    (mixed.measures as unknown[]).push({
      type: "other",
      description: "Informal consultation of the case file.",
    });
    expect(issuesOf(mixed)).toEqual([
      expect.objectContaining({
        path: "$.factsSummary",
        code: "required",
        basis: expect.arrayContaining(["UNTOC 18(15)(c)"]),
      }),
    ]);
  });

  it("asks the sentencing State for its documents, but not the administering State (TSP art. 6(2))", () => {
    const request = tspBySentencingState();
    delete request.sentencingStateDocuments;
    const result = validateTransferOfSentencedPersonRequest(request);
    expect(result.success).toBe(false);
    request.requestingStateRole = "administering-state";
    expect(validateTransferOfSentencedPersonRequest(request).success).toBe(true);
  });

  it("names the measure types allowed when a measure type is unknown", () => {
    const request = serviceOnly();
    (request.measures as Record<string, unknown>[])[0] = { type: "wiretap", description: "x" };
    const [issue] = issuesOf(request);
    expect(issue?.code).toBe("invalid_variant");
    expect(issue?.message).toContain('"video-conference-hearing"');
  });

  it("requires the details of each measure, citing the measure's own basis", () => {
    const request = fullMla();
    const hearing = (request.measures as Record<string, unknown>[])[1] as Record<string, unknown>;
    delete hearing.personsConductingHearing;
    const [issue] = issuesOf(request);
    expect(issue).toMatchObject({
      path: "$.measures[1].personsConductingHearing",
      code: "required",
      message: "measures[1].personsConductingHearing is required (2AP-ECMA art. 9(3))",
    });
  });

  it("accepts Kosovo's user-assigned code XK and rejects codes that are not two capitals", () => {
    const request = serviceOnly();
    request.requestedState = "XK";
    expect(validateRequest(request).success).toBe(true);
    for (const code of ["xk", "FRA", "F", "1A"]) {
      request.requestedState = code;
      expect(issuesOf(request)).toEqual([
        expect.objectContaining({ path: "$.requestedState", code: "invalid_format" }),
      ]);
    }
  });

  it("checks BCP 47 language tags", () => {
    const request = serviceOnly();
    for (const tag of ["fr", "sr-Latn", "sr-Latn-RS", "es-419"]) {
      request.language = tag;
      expect(validateRequest(request).success, tag).toBe(true);
    }
    for (const tag of ["french", "fr_FR", "", "f"]) {
      request.language = tag;
      expect(validateRequest(request).success, tag).toBe(false);
    }
  });

  it("rejects text that is only white space", () => {
    const request = serviceOnly();
    request.purpose = "   \n\t ";
    expect(issuesOf(request)).toEqual([
      expect.objectContaining({ path: "$.purpose", code: "invalid_format" }),
    ]);
  });
});

describe("parseRequest", () => {
  it("returns the request when it is valid", () => {
    expect(parseRequest(fullMla(), "mla").requestType).toBe("mla");
    expect(parseMlaRequest(fullMla()).measures[0]?.type).toBe("taking-evidence");
  });

  it("throws a RequestValidationError carrying the issues", () => {
    const request = fullMla();
    delete request.purpose;
    let caught: unknown;
    try {
      parseRequest(request);
    } catch (error) {
      caught = error;
    }
    expect(caught).toBeInstanceOf(RequestValidationError);
    const error = caught as RequestValidationError;
    expect(error.name).toBe("RequestValidationError");
    expect(error.issues).toEqual(issuesOf(request));
    expect(error.message).toContain("purpose is required (UNTOC art. 18(15)(f)");
  });
});

describe("per-type entry", () => {
  it("validates its own type only", () => {
    expect(validateMlaRequest(fullMla()).success).toBe(true);
    expect(validateMlaRequest(readJsonFile("examples/valid/extradition-full-prosecution.json")).success).toBe(
      false,
    );
  });
});
