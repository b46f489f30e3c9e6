import { afterAll, describe, expect, it } from "vitest";
import { type RequestType, requestIssueCodes, validateRequest } from "../src/index.js";
import { compileAll, makeAjv, manifest, readJsonFile } from "./helpers.js";

const validators = compileAll(makeAjv());
const serviceOnly = () =>
  readJsonFile("examples/valid/mla-service-of-documents-only.json") as Record<string, unknown>;
const objectPrototypeKeys = Object.getOwnPropertyNames(Object.prototype).sort();

function rejected(input: unknown, type?: RequestType) {
  let result: ReturnType<typeof validateRequest> | undefined;
  expect(() => {
    result = validateRequest(input, type);
  }).not.toThrow();
  expect(result?.success).toBe(false);
  if (!result || result.success) return [];
  for (const issue of result.issues) {
    expect(requestIssueCodes).toContain(issue.code);
    expect(issue.message.length).toBeGreaterThan(0);
  }
  return result.issues;
}

afterAll(() => {
  // Nothing any test fed in may have reached Object.prototype.
  expect(Object.getOwnPropertyNames(Object.prototype).sort()).toEqual(objectPrototypeKeys);
  expect(({} as Record<string, unknown>).polluted).toBeUndefined();
});

describe("prototype keys", () => {
  for (const key of ["__proto__", "constructor", "prototype"]) {
    it(`rejects a "${key}" key at the top and deep inside, and pollutes nothing`, () => {
      const text = JSON.stringify(serviceOnly()).replace(
        '"requestingAuthority":{',
        `"${key}":{"polluted":true},"requestingAuthority":{"${key}":{"polluted":true},`,
      );
      const input = JSON.parse(text);
      expect(Object.hasOwn(input, key)).toBe(true);
      const issues = rejected(input);
      expect(issues.map((i) => [i.pathSegments, i.code])).toEqual(
        expect.arrayContaining([
          [[key], "unknown_key"],
          [["requestingAuthority", key], "unknown_key"],
        ]),
      );
      expect(issues).toHaveLength(2);
      expect(validators.mla(input)).toBe(false);
      expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    });
  }

  it("never returns data carrying a smuggled prototype", () => {
    const input = JSON.parse('{"__proto__":{"isAdmin":true}}');
    const result = validateRequest({ ...serviceOnly(), ...input });
    expect(result.success).toBe(false);
    expect(({} as Record<string, unknown>).isAdmin).toBeUndefined();
  });
});

describe("size and depth", () => {
  it("rejects deep nesting without overflowing the stack", () => {
    let deep: unknown = "bottom";
    for (let i = 0; i < 100_000; i += 1) deep = { nested: deep };
    const request = { ...serviceOnly(), otherInformation: deep };
    const issues = rejected(request);
    expect(issues).toEqual([expect.objectContaining({ code: "too_deep" })]);
    expect(issues[0]?.path.startsWith("$.otherInformation.nested.nested")).toBe(true);
  });

  it("rejects deep nesting of arrays parsed from JSON", () => {
    const input = JSON.parse(`${"[".repeat(5_000)}${"]".repeat(5_000)}`);
    expect(rejected(input, "mla")).toEqual([expect.objectContaining({ code: "too_deep" })]);
  });

  it("rejects a megabyte string with a named limit", () => {
    const request = serviceOnly();
    request.purpose = "x".repeat(1_048_576);
    expect(rejected(request)).toEqual([
      expect.objectContaining({
        path: "$.purpose",
        code: "too_big",
        message: expect.stringMatching(
          /^purpose must have at most 10000 characters \(UNTOC art\. 18\(15\)\(f\)/u,
        ),
      }),
    ]);
  });

  it("rejects a list far longer than any list a request may hold", () => {
    const request = serviceOnly();
    request.measures = Array.from({ length: 50_000 }, () => ({ type: "other", description: "x" }));
    expect(rejected(request)).toEqual([expect.objectContaining({ path: "$.measures", code: "too_large" })]);
  });

  it("rejects too many measures with the schema's own limit", () => {
    const request = serviceOnly();
    request.factsSummary = "Facts.";
    request.measures = Array.from({ length: 51 }, () => ({ type: "other", description: "x" }));
    expect(rejected(request)).toEqual([expect.objectContaining({ path: "$.measures", code: "too_big" })]);
  });

  it("rejects an object with a hundred thousand keys", () => {
    const request: Record<string, unknown> = serviceOnly();
    const wide: Record<string, number> = {};
    for (let i = 0; i < 100_000; i += 1) wide[`k${i}`] = i;
    request.requestingAuthority = wide;
    expect(rejected(request)).toEqual([
      expect.objectContaining({ path: "$.requestingAuthority", code: "too_large" }),
    ]);
  });

  it("lists at most ten unknown keys of one object, then a count", () => {
    const request: Record<string, unknown> = serviceOnly();
    for (let i = 0; i < 25; i += 1) request[`extra${i}`] = i;
    const issues = rejected(request);
    expect(issues).toHaveLength(11);
    expect(issues[10]?.message).toBe("the request has 15 more unknown fields");
  });
});

describe("text that is not valid Unicode", () => {
  it("rejects lone surrogates in any text field, naming the field", () => {
    for (const bad of ["\uD800", "abc\uDC00", "\uDBFF\uDBFF x"]) {
      const request = serviceOnly();
      (request.requestingAuthority as Record<string, unknown>).name = bad;
      const issues = rejected(request);
      expect(issues).toEqual([
        expect.objectContaining({
          path: "$.requestingAuthority.name",
          code: "invalid_format",
          message: expect.stringContaining("no unpaired surrogate"),
        }),
      ]);
      expect(validators.mla(request)).toBe(false);
    }
  });

  it("accepts astral characters and combining marks", () => {
    const request = serviceOnly();
    (request.requestingAuthority as Record<string, unknown>).name = "𝒜 Authority — Ǆ e\u0301 🇸🇮";
    expect(validateRequest(request).success).toBe(true);
    expect(validators.mla(request)).toBe(true);
  });
});

describe("values that are not JSON", () => {
  const cases: [string, unknown, string][] = [
    ["a BigInt", 10n, "not_json"],
    ["a symbol", Symbol("x"), "not_json"],
    ["a function", () => 1, "not_json"],
    ["NaN", Number.NaN, "not_json"],
    ["Infinity", Number.POSITIVE_INFINITY, "not_json"],
    ["a Date", new Date(0), "not_json"],
    ["a Map", new Map([["a", 1]]), "not_json"],
    ["a class instance", new (class Authority {})(), "not_json"],
  ];
  for (const [name, value, code] of cases) {
    it(`reports ${name} as ${code}, at its path`, () => {
      const request = serviceOnly();
      request.requestingAuthority = value;
      expect(rejected(request)).toEqual([expect.objectContaining({ path: "$.requestingAuthority", code })]);
    });
  }

  it("reports holes and undefined in lists", () => {
    const request = serviceOnly();
    request.measures = [undefined];
    expect(rejected(request)).toEqual([expect.objectContaining({ path: "$.measures[0]", code: "not_json" })]);
  });

  it("treats a field set to undefined as a field left out, as JSON does", () => {
    const request = serviceOnly();
    request.otherInformation = undefined;
    expect(validateRequest(request).success).toBe(true);
  });

  it("reports a cycle", () => {
    const request = serviceOnly();
    const authority = request.requestingAuthority as Record<string, unknown>;
    authority.self = authority;
    expect(rejected(request)).toEqual([
      expect.objectContaining({ path: "$.requestingAuthority.self", code: "cyclic" }),
    ]);
  });

  it("accepts the same object used twice (no cycle)", () => {
    const request = serviceOnly();
    const measures = request.measures as Record<string, unknown>[];
    measures.push(measures[0] as Record<string, unknown>);
    expect(validateRequest(request).success).toBe(true);
  });

  it("rejects top-level values of every JSON and non-JSON kind", () => {
    for (const value of [undefined, null, 0, "mla", true, [], 1n, Symbol("s"), () => 0]) {
      rejected(value);
      rejected(value, "extradition");
    }
  });
});

describe("objects that fight back", () => {
  it("reports a request type argument that is not a request type, whatever it is", () => {
    for (const type of [Object.create(null), { toString: () => "mla" }, Symbol("mla"), 1n, "MLA"]) {
      expect(rejected(serviceOnly(), type as RequestType)).toEqual([
        expect.objectContaining({ code: "unknown_request_type" }),
      ]);
    }
  });

  it("reports a getter that throws, by path", () => {
    const request = serviceOnly();
    Object.defineProperty(request, "purpose", {
      enumerable: true,
      get() {
        throw new Error("boom");
      },
    });
    expect(rejected(request)).toEqual([
      expect.objectContaining({
        path: "$.purpose",
        code: "unreadable",
        message: expect.stringContaining("boom"),
      }),
    ]);
  });

  it("reports a proxy whose traps throw", () => {
    const trap = () => {
      throw new Error("trap");
    };
    const hostile = new Proxy({}, { ownKeys: trap, get: trap, getPrototypeOf: trap, has: trap });
    const request = serviceOnly();
    request.requestingAuthority = hostile;
    expect(rejected(request)).toEqual([
      expect.objectContaining({ path: "$.requestingAuthority", code: "unreadable" }),
    ]);
    expect(rejected(hostile)).not.toHaveLength(0);
    rejected(hostile, "mla");
  });

  it("reports a revoked proxy", () => {
    const { proxy, revoke } = Proxy.revocable({}, {});
    revoke();
    rejected(proxy);
    rejected(proxy, "mla");
  });

  it("reads a getter once, so the value validated is the value returned", () => {
    let reads = 0;
    const request = serviceOnly();
    Object.defineProperty(request, "purpose", {
      enumerable: true,
      get() {
        reads += 1;
        return reads === 1 ? "To serve the summons." : 42;
      },
    });
    const result = validateRequest(request, "mla");
    expect(result.success).toBe(true);
    expect(reads).toBe(1);
    if (result.success && result.data.requestType === "mla")
      expect(result.data.purpose).toBe("To serve the summons.");
  });

  it("throws nothing when an error thrown by a getter has a throwing message", () => {
    const request = serviceOnly();
    Object.defineProperty(request, "purpose", {
      enumerable: true,
      get() {
        throw new Proxy(
          {},
          {
            get() {
              throw new Error("again");
            },
            getPrototypeOf() {
              throw new Error("again");
            },
          },
        );
      },
    });
    expect(rejected(request)[0]?.code).toBe("unreadable");
  });
});

describe("wrong types in every field", () => {
  const wrongValues: unknown[] = [null, 0, -1.5, true, "", "text", [], [null], {}];

  /** Every path in a document, objects and arrays included. */
  function paths(node: unknown, prefix: (string | number)[] = []): (string | number)[][] {
    const children =
      Array.isArray(node) && node.length > 0
        ? node.flatMap((item, i) => paths(item, [...prefix, i]))
        : node !== null && typeof node === "object"
          ? Object.entries(node).flatMap(([key, value]) => paths(value, [...prefix, key]))
          : [];
    return prefix.length === 0 ? children : [prefix, ...children];
  }

  function replaced(document: unknown, path: (string | number)[], value: unknown): unknown {
    const copy = structuredClone(document) as Record<string | number, unknown>;
    let node = copy;
    for (const segment of path.slice(0, -1)) node = node[segment] as Record<string | number, unknown>;
    node[path[path.length - 1] as string | number] = value;
    return copy;
  }

  for (const example of manifest.examples.filter((e) => e.valid)) {
    it(`${example.file}: every replacement gets ajv's verdict, and a rejection names the field`, () => {
      const document = readJsonFile(`examples/${example.file}`);
      const validate = validators[example.requestType];
      for (const path of paths(document)) {
        for (const value of wrongValues) {
          const input = replaced(document, path, value);
          const result = validateRequest(input);
          const where = `${JSON.stringify(path)} = ${JSON.stringify(value)}`;
          expect(result.success, where).toBe(validate(input));
          if (!result.success) {
            const named = result.issues.some(
              (issue) =>
                issue.pathSegments.length >= Math.min(path.length, 1) &&
                path.slice(0, issue.pathSegments.length).every((s, i) => s === issue.pathSegments[i]),
            );
            expect(named, `${where}: ${JSON.stringify(result.issues)}`).toBe(true);
          }
        }
      }
      // Thousands of validations per example: a time limit for slow CI machines, not a performance check.
    }, 300_000);
  }
});
