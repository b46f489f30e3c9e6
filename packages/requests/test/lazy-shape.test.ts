import { describe, expect, it } from "vitest";
import * as z from "zod";
import { basisDecisionSchema, decisionStatementSchema } from "../src/blocks/decision.js";
import { lazyShape, shared } from "../src/blocks/lazy-shape.js";
import { personSchema } from "../src/blocks/person.js";
import { personSoughtSchema } from "../src/blocks/person-sought.js";

describe("lazyShape", () => {
  it("builds the fields once, when zod first reads the shape, and keeps the known fields first", () => {
    let builds = 0;
    const schema = z.strictObject(
      lazyShape(
        () => {
          builds += 1;
          return { name: z.string() };
        },
        { type: z.literal("a") },
      ),
    );
    // A discriminated union looks for its discriminator among the known fields without building the rest.
    z.discriminatedUnion("type", [schema]);
    expect(builds).toBe(0);
    expect(schema.safeParse({ type: "a", name: "x" }).success).toBe(true);
    expect(schema.safeParse({ type: "a", name: 1 }).success).toBe(false);
    expect(schema.safeParse({ type: "a", name: "x", extra: true }).success).toBe(false);
    expect(Object.keys(schema.shape)).toEqual(["type", "name"]);
    expect(builds).toBe(1);
  });

  it("shares one build between the schemas that spread the same fields", () => {
    expect(personSoughtSchema.shape.name).toBe(personSchema.shape.name);
    expect(personSoughtSchema.shape.knownLocation).not.toBe(personSchema.shape.knownLocation);
    // The options of a discriminated union built from lazy shapes still discriminate.
    expect(basisDecisionSchema.safeParse({ type: "neither" }).success).toBe(false);
    expect(decisionStatementSchema.shape.type).toBeDefined();
  });
});

describe("shared", () => {
  it("builds its value on the first call only", () => {
    let builds = 0;
    const value = shared(() => ({ built: ++builds }));
    expect(builds).toBe(0);
    expect(value()).toBe(value());
    expect(builds).toBe(1);
  });
});
