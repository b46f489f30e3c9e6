import { afterAll, describe, expect, it } from "vitest";
import { type RequestType, requestIssueCodes, requestTypes, validateRequest } from "../src/index.js";
import { compileAll, makeAjv, manifest, readJsonFile } from "./helpers.js";
import {
  astralName,
  deeplyNested,
  hostileJsonInputs,
  loneSurrogates,
  megabyteString,
  nestedLists,
  prototypeKeys,
  serviceOnly,
  withAuthorityName,
  withMeasures,
  withPrototypeKey,
  withUnknownFields,
  withWideAuthority,
  wrongTypedVariants,
} from "./hostile-inputs.js";

const validators = compileAll(makeAjv());
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
  for (const key of prototypeKeys) {
    it(`rejects a "${key}" key at the top and deep inside, and pollutes nothing`, () => {
      const input = JSON.parse(withPrototypeKey(key));
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
    const issues = rejected(JSON.parse(deeplyNested()));
    expect(issues).toEqual([expect.objectContaining({ code: "too_deep" })]);
    expect(issues[0]?.path.startsWith("$.otherInformation.nested.nested")).toBe(true);
  });

  it("rejects deep nesting of arrays parsed from JSON", () => {
    const input = JSON.parse(nestedLists());
    expect(rejected(input, "mla")).toEqual([expect.objectContaining({ code: "too_deep" })]);
  });

  it("rejects a megabyte string with a named limit", () => {
    expect(rejected(megabyteString())).toEqual([
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
    expect(rejected(withMeasures(50_000))).toEqual([
      expect.objectContaining({ path: "$.measures", code: "too_large" }),
    ]);
  });

  it("rejects too many measures with the schema's own limit", () => {
    expect(rejected(withMeasures(51))).toEqual([
      expect.objectContaining({ path: "$.measures", code: "too_big" }),
    ]);
  });

  it("rejects an object with a hundred thousand keys", () => {
    expect(rejected(withWideAuthority())).toEqual([
      expect.objectContaining({ path: "$.requestingAuthority", code: "too_large" }),
    ]);
  });

  it("lists at most ten unknown keys of one object, then a count", () => {
    const issues = rejected(withUnknownFields(25));
    expect(issues).toHaveLength(11);
    expect(issues[10]?.message).toBe("the request has 15 more unknown fields");
  });
});

describe("text that is not valid Unicode", () => {
  it("rejects lone surrogates in any text field, naming the field", () => {
    for (const bad of loneSurrogates) {
      const request = withAuthorityName(bad);
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
    const request = withAuthorityName(astralName);
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

describe("the hostile inputs JSON can carry (the release tests give them to Python's jsonschema too)", () => {
  it("each, parsed as a system receives it, gets ajv's verdict", () => {
    const inputs = hostileJsonInputs(requestTypes);
    for (const { name, type, text } of inputs) {
      const input = JSON.parse(text);
      expect(validateRequest(input, type).success, name).toBe(validators[type](input));
    }
    expect(inputs.filter(({ text }) => validators.mla(JSON.parse(text)))).not.toHaveLength(0);
  });
});

describe("wrong types in every field", () => {
  for (const example of manifest.examples.filter((e) => e.valid)) {
    it(`${example.file}: every replacement gets ajv's verdict, and a rejection names the field`, () => {
      const document = readJsonFile(`examples/${example.file}`);
      const validate = validators[example.requestType];
      for (const { path, label: where, input } of wrongTypedVariants(document)) {
        const result = validateRequest(input);
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
    });
  }
});
