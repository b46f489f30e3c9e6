import { readLimits } from "./limits.js";
import type { PathSegment } from "./path.js";

export type ReadProblemCode = "not_json" | "unreadable" | "cyclic" | "too_deep" | "too_large";

export interface ReadProblem {
  segments: PathSegment[];
  code: ReadProblemCode;
  detail: string;
}

export type ReadResult = { ok: true; value: unknown } | { ok: false; problems: ReadProblem[] };

const maxProblems = 20;

function describe(value: unknown): string {
  if (typeof value === "bigint") return "a BigInt";
  if (typeof value === "function") return "a function";
  if (typeof value === "symbol") return "a symbol";
  if (value === undefined) return "undefined";
  if (typeof value === "number") return String(value);
  return "an object that is not plain JSON";
}

function isPlainPrototype(proto: unknown): boolean {
  if (proto === null || proto === Object.prototype) return true;
  // A plain object from another realm (vm, iframe) has that realm's Object.prototype.
  return Object.getPrototypeOf(proto) === null;
}

/**
 * Copies any JavaScript value into plain JSON data — objects, arrays, strings, finite
 * numbers, booleans, null — or explains why it cannot. Every property read is guarded, because the
 * input may be a proxy or carry getters that throw; the copy is what zod validates, so a getter runs
 * at most once and cannot return different values to different checks. A "__proto__" key becomes an
 * ordinary own property of the copy and can never reach a prototype.
 */
export function readJson(input: unknown): ReadResult {
  const problems: ReadProblem[] = [];
  const ancestors = new Set<object>();
  let nodes = 0;

  const fail = (segments: PathSegment[], code: ReadProblemCode, detail: string) => {
    if (problems.length < maxProblems) problems.push({ segments: [...segments], code, detail });
  };

  const visit = (value: unknown, segments: PathSegment[]): unknown => {
    if (problems.length >= maxProblems) return null;
    nodes += 1;
    if (nodes > readLimits.maxNodes) {
      if (nodes === readLimits.maxNodes + 1) {
        fail(segments, "too_large", `the request has more than ${readLimits.maxNodes} values`);
      }
      return null;
    }
    if (value === null || typeof value === "string" || typeof value === "boolean") return value;
    if (typeof value === "number") {
      if (Number.isFinite(value)) return value;
      fail(segments, "not_json", `${describe(value)} is not a JSON number`);
      return null;
    }
    if (typeof value !== "object") {
      fail(segments, "not_json", `${describe(value)} is not a JSON value`);
      return null;
    }
    if (segments.length >= readLimits.maxDepth) {
      fail(segments, "too_deep", `values are nested more than ${readLimits.maxDepth} levels deep`);
      return null;
    }
    if (ancestors.has(value)) {
      fail(segments, "cyclic", "the value contains itself (a cycle), which JSON cannot represent");
      return null;
    }
    ancestors.add(value);
    try {
      return Array.isArray(value) ? visitArray(value, segments) : visitObject(value, segments);
    } catch (error) {
      fail(segments, "unreadable", `the value could not be read: ${errorText(error)}`);
      return null;
    } finally {
      ancestors.delete(value);
    }
  };

  const visitArray = (array: unknown[], segments: PathSegment[]): unknown[] => {
    const length = array.length;
    if (length > readLimits.maxArrayLength) {
      fail(
        segments,
        "too_large",
        `the list has ${length} items; no list in a request may exceed ${readLimits.maxArrayLength}`,
      );
      return [];
    }
    const out: unknown[] = new Array(length);
    for (let i = 0; i < length; i += 1) {
      segments.push(i);
      let item: unknown;
      let readable = true;
      try {
        item = array[i];
      } catch (error) {
        readable = false;
        fail(segments, "unreadable", `the value could not be read: ${errorText(error)}`);
      }
      // visit() reports undefined itself, so a hole or undefined item gets exactly one issue.
      out[i] = readable ? visit(item, segments) : null;
      segments.pop();
    }
    return out;
  };

  const visitObject = (object: object, segments: PathSegment[]): Record<string, unknown> => {
    if (!isPlainPrototype(Object.getPrototypeOf(object))) {
      fail(
        segments,
        "not_json",
        `${describe(object)} (such as a Date, Map or class instance) is not a JSON object`,
      );
      return {};
    }
    const keys = Object.keys(object);
    if (keys.length > readLimits.maxObjectKeys) {
      fail(
        segments,
        "too_large",
        `the object has ${keys.length} fields; no object in a request may exceed ${readLimits.maxObjectKeys}`,
      );
      return {};
    }
    const out: Record<string, unknown> = {};
    for (const key of keys) {
      segments.push(key);
      let item: unknown;
      let readable = true;
      try {
        item = (object as Record<string, unknown>)[key];
      } catch (error) {
        readable = false;
        fail(segments, "unreadable", `the value could not be read: ${errorText(error)}`);
      }
      // JSON has no undefined: a field set to undefined is a field left out, as JSON.stringify treats it.
      if (readable && item !== undefined) {
        const copy = visit(item, segments);
        if (key === "__proto__") {
          // Plain assignment would set the copy's prototype; an own data property keeps it inert.
          Object.defineProperty(out, key, {
            value: copy,
            enumerable: true,
            writable: true,
            configurable: true,
          });
        } else {
          out[key] = copy;
        }
      }
      segments.pop();
    }
    return out;
  };

  let value: unknown;
  try {
    value = visit(input, []);
  } catch (error) {
    // Only reachable through exhausted stack or memory; still never throw to the caller.
    fail([], "unreadable", `the input could not be read: ${errorText(error)}`);
  }
  return problems.length === 0 ? { ok: true, value } : { ok: false, problems };
}

function errorText(error: unknown): string {
  try {
    if (error instanceof Error) return String(error.message).slice(0, 200);
    return String(error).slice(0, 200);
  } catch {
    return "unknown error";
  }
}
